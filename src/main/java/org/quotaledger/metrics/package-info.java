/**
 * What the features share to put their figures on {@code /q/metrics} (Micrometer, Prometheus format; the names and
 * their meaning are listed in {@code docs/operations.md}). Two kinds of figure, kept apart on purpose because several
 * instances serve one database:
 * <ul>
 *   <li><b>the database's figures</b> (open and overdue requests, failed findings, bulk job progress, the audit
 *   chain's status): read from PostgreSQL by every instance, so every instance reports the same numbers; dashboards
 *   take {@code max()} across instances, never {@code sum()}. Each is read at most once per
 *   {@code quotaledger.metrics.cache} however many gauges and scrapers ask ({@link CachedReading});</li>
 *   <li><b>this instance's own work</b> (notices it issued, how long its evaluations took): counters and timers in
 *   memory, which dashboards {@code sum()} across instances (a restart starts them at zero, which Prometheus'
 *   {@code rate()} expects).</li>
 * </ul>
 * Figures are labelled by facility code, never by a person. It calls {@code time} only; every feature may call it.
 */
package org.quotaledger.metrics;
