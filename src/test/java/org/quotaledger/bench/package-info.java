/**
 * Benchmarks run by hand ({@code bench/rules.sh}), not by the test suite: the rules engine's
 * single-thread throughput on generated quota descriptions (Cal. Lab. Code §§2100–2108 and sister
 * statutes), and ({@code bench/packet.sh}) the audit packet export of a 10,000-employee facility in 256 MB of
 * heap; results are recorded in {@code docs/benchmarks.md}.
 */
package org.quotaledger.bench;
