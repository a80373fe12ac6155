/**
 * Verifiable audit packets: everything an inspector asks for about one facility and period (description
 * versions, issued notices byte for byte, the delivery ledger, the findings report, the audit-trail extract and
 * the chain's newest signed head) streamed as one ZIP whose {@code manifest.json} lists every file's SHA-256 and is
 * signed with the employer's key as detached CMS. Verification is split by job: {@link
 * org.quotaledger.audit.packet.PacketArchive} reads the ZIP as archive tools do and refuses ambiguous or oversized
 * archives, {@link org.quotaledger.audit.packet.ManifestDiff} compares files with the manifest, {@code
 * signing.CmsVerifier} checks the signature, {@link org.quotaledger.audit.packet.PacketVerifier} decides against a
 * trust anchor the reader brings, and {@link org.quotaledger.audit.packet.VerifyPacketCommand} is {@code java -jar
 * quarkus-run.jar verify-packet}. Serves the records duties of N.Y. Labor Law §784, RCW 49.84.035 and the federal
 * draft's records section: the records must be given to the agency on request.
 *
 * <p>{@link org.quotaledger.audit.packet.AuditPacketService} writes no feature's records itself: it orders the
 * features' {@code spi.PacketSection}s and {@code spi.PacketPart}s, and owns the README, the findings report, the
 * checksums, the manifest and its signature. It calls {@code compliance} (the evaluation), {@code notice} (issuing
 * the filing summary), {@code delivery} (its figures), {@code facility}, {@code signing} and {@code security}, and
 * the shared {@code audit}, {@code document}, {@code law}, {@code rules}, {@code time} and {@code web}; the features
 * call it only through {@code spi}.
 */
package org.quotaledger.audit.packet;
