/**
 * Benchmarks run by hand from {@code bench/}, never by the test suite; results go in
 * {@code docs/benchmarks.md}. They measure the rules engine's single-thread throughput, the raw
 * render-and-sign loop of notices, and the other capacity numbers operators plan with (bulk re-issuing
 * after a quota change: Cal. Lab. Code §2101, N.Y. Labor Law §781, RCW 49.84.020).
 */
package org.quotaledger.bench;
