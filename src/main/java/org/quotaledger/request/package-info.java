/**
 * Employee requests and what follows from them. An employee asks, free of charge, for the written
 * description of each quota they are held to and for their own work speed data: the most recent 90 days
 * in California (Cal. Lab. Code §2104(a); a former employee the 90 days before separation, and one request
 * only, §2104(a)(2)–(3)), with aggregated data of similar employees in New York (N.Y. Lab. Law §785), six
 * months in Washington (RCW 49.84.037), 90 days in Oregon (ORS 653.557). Each request carries its due date
 * from {@link org.quotaledger.rules.Deadlines} (21 days in CA, §2104(b); 14 in NY; 2 or 7 business days in
 * WA), a dashboard lists open requests overdue first, {@link org.quotaledger.request.ReminderJob} e-mails
 * the managers before the due day, and one fulfilment builds the signed answer packet and closes the
 * request. Staff answer from a preview that shows what the packet will hold, computed by the same plan the packet is
 * built from; answered and declined requests stay listed with how late they were and their packet. Adverse actions are recorded here too, so the rules can check them against requests (presumed
 * retaliation within 90 days, §2105, N.Y. Lab. Law §786) and against the quotas delivered (§2102, §782,
 * RCW 49.84.020(3)).
 *
 * <p>It calls {@code employee}, {@code facility}, {@code quota}, {@code notice}, {@code workspeed}, {@code rules},
 * {@code law}, {@code signing}, {@code security}, {@code audit}, {@code time}, {@code web}, {@code metrics} and
 * {@code audit.packet.spi}.
 */
package org.quotaledger.request;
