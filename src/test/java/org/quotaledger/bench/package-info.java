/**
 * Benchmarks run by hand from {@code bench/}, never by the test suite; results go in
 * {@code docs/benchmarks.md}. They measure the rules engine's single-thread throughput, the raw
 * render-and-sign loop of notices, work-speed ingestion against {@code psql \copy}, and the audit packet
 * export of a 10,000-employee facility in 256 MB of heap: the capacity numbers operators plan with (bulk
 * re-issuing after a quota change: Cal. Lab. Code §2101, N.Y. Labor Law §781, RCW 49.84.020).
 */
package org.quotaledger.bench;
