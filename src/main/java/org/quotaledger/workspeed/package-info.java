/**
 * Work speed data: per employee, day and metric, the units done, the time on task and the time off task
 * by reason (bathroom, break, safety, other), which the quota laws oblige the employer to keep and to hand
 * over on request (Cal. Lab. Code §§2100(m), 2104; N.Y. Lab. Law §§780, 785; RCW 49.84.010, 49.84.037;
 * ORS 653.557). Loaded from CSV files or JSON batches: every line is validated, a bad file stores nothing
 * unless partial, and the valid lines go in through PostgreSQL COPY and an idempotent
 * {@code insert ... on conflict do nothing} on the natural key. {@link org.quotaledger.workspeed.WorkSpeedPages} is the
 * facility page's CSV upload: a template file, and a result naming every problem of every bad line.
 * It calls {@code employee}, {@code facility}, {@code law}, {@code security}, {@code audit}, {@code time}, {@code web}
 * and {@code audit.packet.spi}.
 */
package org.quotaledger.workspeed;
