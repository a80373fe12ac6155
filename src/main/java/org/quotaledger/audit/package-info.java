/**
 * The tamper-evident audit trail: every change to the registry, deliveries, requests, adverse actions
 * and users appends a hash-chained event in the changing transaction, and the database refuses to
 * update or delete events. Because the database's owner can still switch that off and recompute every hash,
 * the chain's head is signed with the registry's key at each checkpoint ({@link org.quotaledger.audit.AuditHeads})
 * and travels with every notice, packet and request answer; {@link org.quotaledger.audit.AuditVerifier} checks the
 * trail against those signed heads, so a rewrite or a cut-short tail shows, and the page and the API report the
 * same. {@link org.quotaledger.audit.AuditTrailSection} is the trail's extract, anchor and signed head in an
 * audit packet. Calls {@code signing} (the registry's key), {@code audit.packet.spi}, {@code time}, {@code web} and {@code metrics}; who acts it reads from the
 * signed-in identity, not from {@code security}, which writes to it. The trail's page is in {@code portal}.
 * Record-keeping duties it serves:
 * N.Y. Labor Law §783 (three years of work speed data and descriptions), RCW 49.84.040 and the proposed federal
 * act's retention section.
 */
package org.quotaledger.audit;
