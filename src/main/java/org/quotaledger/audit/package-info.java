/**
 * The tamper-evident audit trail: every change to the registry, deliveries, requests, adverse actions
 * and users appends a hash-chained event in the changing transaction, and the database refuses to
 * update or delete events. Record-keeping duties it serves: N.Y. Labor Law §783 (three years of work
 * speed data and descriptions), RCW 49.84.040 and the proposed federal act's retention section.
 */
package org.quotaledger.audit;
