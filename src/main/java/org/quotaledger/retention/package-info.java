/**
 * Record retention: how long each state's quota laws make the employer keep records, and a purge that removes
 * only what every applicable period no longer covers. N.Y. Labor Law §784 (three years), RCW 49.84.035 (the
 * whole employment, then three years after separation; the basis of an adverse action three years from the
 * action), the federal draft's records section (three years after separation); California's Part 8.6 states
 * no period, so a conservative four years applies there and wherever no period is configured. Issued notices
 * Work speed data goes a month at a time, as one dropped partition, when every row in it is past every period.
 * Issued notices and audit events are never purged: they are the evidence, and the database refuses to delete them.
 * It calls {@code facility}, {@code law}, {@code security}, {@code audit} and {@code time}.
 */
package org.quotaledger.retention;
