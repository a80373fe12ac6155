/**
 * The delivery ledger: proof that each employee received the written description of the quotas they
 * are held to, when, how and in which language, and their acknowledgement (Cal. Lab. Code §2101 "upon
 * hire"; N.Y. Labor Law §781 and ORS 653.556 within two business days of a change; RCW 49.84.020 before
 * a change applies). {@code Delivery.filingCounts} is the one definition of the filing summary's delivery
 * figures, used by every path that issues one; {@code DeliveryLedgerSection} is the ledger's file in an audit
 * packet ({@code audit.packet.spi}).
 * It calls {@code quota}, {@code employee}, {@code facility}, {@code security}, {@code audit}, {@code document},
 * {@code time}, {@code web} and {@code audit.packet.spi}.
 */
package org.quotaledger.delivery;
