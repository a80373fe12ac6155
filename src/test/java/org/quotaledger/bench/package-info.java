/**
 * Raw-loop benchmarks, run by hand ({@code bench/notices-raw.sh}), not by the test suite: how many notices one
 * core renders and signs per second, without Quarkus or a database, so that capacity planning for bulk
 * re-issuing (every employee in a role after a quota change, CA §2101, NY §781, RCW 49.84.020) has a number.
 */
package org.quotaledger.bench;
