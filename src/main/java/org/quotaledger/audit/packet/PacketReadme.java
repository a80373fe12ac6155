package org.quotaledger.audit.packet;

import org.quotaledger.audit.packet.spi.PacketScope;
import org.quotaledger.audit.packet.spi.PacketSection;

import java.time.Instant;
import java.util.List;

/** The packet's README.txt: what is inside and how to check it with openssl and sha256sum alone. */
final class PacketReadme {

    /** The signing certificate's own (empty) revocation list, when the installation generated its key. */
    static final String REVOCATION_LIST = "signing-certificate.crl";

    private PacketReadme() {
    }

    /**
     * @param verifyPage   the registry's public page that publishes the packet signer's certificate and its fingerprint
     * @param registryPage the registry's public verification page, which publishes its own (audit-head) certificate
     */
    static String text(PacketScope scope, Instant generatedAt, List<PacketSection> sections, boolean revocationList,
                       String verifyPage, String registryPage) {
        var records = new StringBuilder();
        for (PacketSection s : sections) {
            records.append("  ").append(s.path()).append("\n      ").append(s.description()).append('\n');
        }
        return """
                QUOTA LEDGER AUDIT PACKET
                =========================

                Facility:   %s %s (%s)
                Period:     %s to %s (whole days at the facility, %s)
                Generated:  %s

                CONTENTS
                --------
                  README.txt                 this file
                  signing-certificate.pem    a copy of the certificate of the key that signed the manifest and the PDFs:
                                             a convenience, not proof of who signed (see step 2)
                %s  descriptions/<ROLE>-v<N>.json
                      every version of every quota description ever filed for the facility (drafts included), as the
                      quota-description/v1 JSON document; the registry's facility record fills the facility block
                  descriptions/index.csv     each version's status, lifecycle dates (filed, submitted, activated,
                                             superseded), who filed, last revised and activated it, and its file
                  descriptions/filing-summary.pdf
                      the facility's signed filing summary (the descriptions in force, coverage facts, deliveries,
                      open findings), issued when this packet was made and kept by the registry like any notice
                  notices/index.csv, notices/<CODE>.pdf
                      every notice issued in the period, byte for byte as issued and signed
                %s  findings/findings-report.pdf
                      the findings of the facility's latest rules evaluation, signed
                  audit/audit-trail.csv      the facility's audit-trail events in the period, with seq, prev_hash, hash
                  audit/chain-anchor.json    the chain's head (seq and hash) when the packet was made and the seq
                                             range of the extract
                  audit/audit-head.txt, audit/audit-head.p7s
                                             the newest head of the whole audit chain the registry signed (event and
                                             hash) and its detached signature: keep it; a later rewrite contradicts it
                  SHA256SUMS                 the SHA-256 of every file above, for sha256sum -c
                  manifest.json              every file with its SHA-256 and size, the facility and the period
                  manifest.json.p7s          detached CMS signature (DER) of manifest.json

                HOW TO VERIFY (openssl and coreutils only)
                ------------------------------------------
                1. Unzip the packet into an empty directory and go there.

                2. Get the certificate to trust from OUTSIDE this packet: download it from the registry's public page
                       %s
                   (save it as trusted.pem), or take it or its SHA-256 fingerprint from your own records. Never trust
                   the copy in this packet, nor any fingerprint written in it: whoever forged a packet would have put
                   their own certificate there. Compare the fingerprint the page shows with:
                       openssl x509 -in trusted.pem -noout -subject -fingerprint -sha256

                3. Check the signature over the manifest with that certificate ("Verification successful" and exit
                   code 0; a packet signed with any other key fails here):
                       openssl cms -verify -binary -inform DER -in manifest.json.p7s -content manifest.json \\
                           -CAfile trusted.pem -purpose any -out /dev/null

                4. Check every file against the signed list ("OK" on every line and exit code 0):
                       sha256sum -c SHA256SUMS
                   SHA256SUMS is itself listed in the signed manifest. To check it against manifest.json without
                   trusting it, compare its hash with the manifest's entry:
                       sha256sum SHA256SUMS; grep -A1 '"path" : "SHA256SUMS"' manifest.json
                   Also check that no file exists that the manifest does not list:
                       find . -type f | sed 's|^\\./||' | sort
                       grep '"path"' manifest.json | sed 's/.*"path" : "\\(.*\\)".*/\\1/' | sort

                5. The signed PDFs (filing summary, notices, findings report) carry their own signatures:
                       pdfsig findings/findings-report.pdf
                %s
                6. The audit-trail extract: each row's hash is the lowercase hex SHA-256 of the UTF-8 text made of
                   prev_hash, seq, occurred_at, actor, action, entity_type, entity_id, facility_id, before_json and
                   after_json joined by line feeds (an empty line for an empty field). Consecutive events of the whole
                   chain link by prev_hash; this extract holds only this facility's events, so its rows link to
                   events of other facilities in between. The registry's GET /api/v1/audit/verify re-walks the whole
                   chain, whose head at export time is in audit/chain-anchor.json.
                   In every CSV file of the packet a cell that begins with an apostrophe had one added, so that no
                   spreadsheet takes a value beginning with = + - @ for a formula: drop one leading apostrophe from
                   such a cell to get the value as recorded (and hashed).

                7. The registry signs the head of its whole audit chain at each checkpoint; audit/audit-head.txt is
                   the newest such head when this packet was made. Check its signature with the registry's own
                   certificate (%s/certificate.pem):
                       openssl cms -verify -binary -inform DER -in audit/audit-head.p7s -content audit/audit-head.txt \\
                           -CAfile registry.pem -purpose any -out /dev/null
                   Keep this packet: if anyone later rewrites or cuts short the registry's trail, the trail no longer
                   has that event with that hash, which POST /api/v1/audit/heads/verify (statement and signature) or
                   the registry's full verification shows.

                The application verifies a packet in one step too, with the certificate or fingerprint of step 2:
                    java -jar quarkus-run.jar verify-packet packet.zip --certificate trusted.pem
                    java -jar quarkus-run.jar verify-packet packet.zip --fingerprint SHA256-FROM-THE-REGISTRY-PAGE
                (exit code 0 intact, 1 not intact, 2 not verified: without a trust anchor it says "signature valid,
                signer NOT verified"), or POST the ZIP to the registry's /api/v1/audit-packets/verify.

                Records not in this packet: issued notices and audit events are never purged (the database refuses
                it); deliveries of former employees are purged only after every retention period that applies to
                them has ended, and each purge is itself an event in the audit trail.
                """.formatted(scope.facilityCode(), scope.facilityName(), scope.state(), scope.from(), scope.to(),
                scope.zone().getId(), generatedAt, revocationList ? "  " + REVOCATION_LIST + "    its revocation list (empty), for readers that check revocation offline\n" : "",
                records, verifyPage, revocationList ? """
                           To see "Certificate is Trusted." as well, trust the certificate and hold its revocation list in
                           an NSS database (libnss3-tools), then check offline:
                               mkdir nss && certutil -N -d sql:nss --empty-password
                               certutil -A -d sql:nss -n signer -t CT,C,C -i trusted.pem
                               crlutil -I -d sql:nss -i signing-certificate.crl
                               pdfsig -no-ocsp -nssdir sql:nss findings/findings-report.pdf
                        """ : "", registryPage);
    }
}
