/**
 * Verifiable audit packets: everything an inspector asks for about one facility and period (description
 * versions, issued notices byte for byte, the delivery ledger, the findings report, the audit-trail extract)
 * streamed as one ZIP whose {@code manifest.json} lists every file's SHA-256 and is signed with the
 * organisation's key as detached CMS. {@link org.quotaledger.audit.packet.PacketVerifier} checks a packet with
 * no database, for the API and for {@code java -jar quarkus-run.jar verify-packet}. Serves the records duties
 * of N.Y. Labor Law §784, RCW 49.84.035 and the federal draft's records section: the records must be given to
 * the agency on request.
 */
package org.quotaledger.audit.packet;
