package org.quotaledger.audit.packet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.quotaledger.signing.CmsVerifier;
import org.quotaledger.signing.Fingerprint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an audit packet with nothing but the packet and a trust anchor the reader brings: the archive as archive
 * tools read it ({@link PacketArchive}), every file against the signed manifest ({@link ManifestDiff}), the manifest's
 * signature ({@link CmsVerifier}), and its signer against the anchor. A packet is INTACT only when all of that holds:
 * the certificate inside a packet proves nothing (a forger puts theirs there), so without an anchor the verdict is
 * "signature valid, signer NOT verified". Pure Java with no database or CDI: the API and {@link VerifyPacketCommand}
 * share it.
 */
public final class PacketVerifier {

    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.json.p7s";
    public static final String CERTIFICATE = "signing-certificate.pem";

    /** The manifest, its signature and the certificate are read into memory; none of them is ever this large. */
    private static final int MAX_KEPT_BYTES = 64 * 1024 * 1024;

    /** One file as the manifest lists it. */
    public record FileEntry(String path, String sha256, long size) {
    }

    /** A packet that cannot be read as one, unambiguously (not a ZIP, a forged directory, no manifest...). */
    public static class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    /** A packet beyond the limits of what verification may cost; the message names the limit. */
    public static final class TooLarge extends Unreadable {
        public TooLarge(String message) {
            super(message);
        }
    }

    /** What the verifier concluded. */
    public enum Verdict {
        /** Every file matches the signed manifest and the signer is the one the reader trusts. */
        INTACT,
        /** Something was changed, added or removed, the signature fails, or the signer is not the trusted one. */
        NOT_INTACT,
        /** The files match a valid signature, but nobody said whose signature to expect: nothing is proven. */
        SIGNER_NOT_VERIFIED
    }

    /**
     * Whom the reader trusts as the signer, from outside the packet: the registry's published certificate, its
     * fingerprint, or (for the registry's own API) the installation's certificates.
     */
    public record TrustAnchor(String description, List<X509Certificate> certificates, String fingerprint) {

        public static TrustAnchor certificates(String description, List<X509Certificate> certificates) {
            return new TrustAnchor(description, List.copyOf(certificates), null);
        }

        /** @throws IllegalArgumentException when the text is not a SHA-256 fingerprint */
        public static TrustAnchor fingerprint(String typed) {
            String normalized = Fingerprint.normalize(typed);
            if (normalized == null) {
                throw new IllegalArgumentException("\"" + typed + "\" is not a SHA-256 fingerprint (64 hexadecimal digits,"
                        + " colons optional)");
            }
            return new TrustAnchor("the certificate with SHA-256 fingerprint " + normalized, List.of(), normalized);
        }

        boolean trusts(X509Certificate signer) {
            return signer != null && (fingerprint != null ? Fingerprint.matches(signer, fingerprint)
                    : CmsVerifier.isTrusted(signer, certificates));
        }
    }

    /**
     * The verdict and what it rests on. {@code signerIsExpectedCertificate} is null when no trust anchor was given.
     */
    public record Report(Verdict verdict, boolean intact, boolean signatureValid, String signer, String certificateSha256,
                         Boolean signerIsExpectedCertificate, String trustAnchor, String facility, String period,
                         int filesChecked, List<String> changed, List<String> added, List<String> missing,
                         List<String> problems) {

        /** A few lines for people: the command line prints this. */
        public String summary() {
            var s = new StringBuilder();
            s.append(switch (verdict) {
                case INTACT -> "INTACT: every file matches the manifest, signed by the certificate you trust.";
                case NOT_INTACT -> "NOT INTACT: the packet does not match a manifest signed by the certificate you trust.";
                case SIGNER_NOT_VERIFIED -> "SIGNATURE VALID, SIGNER NOT VERIFIED: the files match the signed manifest, but"
                        + " anyone can sign a packet with a certificate of their own. Give the registry's certificate"
                        + " (--certificate FILE) or its SHA-256 fingerprint (--fingerprint), taken from the registry's /verify"
                        + " page or your own records, never from the packet.";
            }).append('\n');
            if (facility != null) {
                s.append("Facility ").append(facility).append(", period ").append(period).append('\n');
            }
            s.append("Signature: ").append(signatureValid ? "valid" : "NOT valid");
            if (signer != null) {
                s.append(", signed by ").append(signer).append(" (certificate SHA-256 ").append(certificateSha256).append(')');
            }
            s.append('\n');
            if (signerIsExpectedCertificate == null) {
                s.append("Signer: NOT verified (no trust anchor given)\n");
            } else {
                s.append(signerIsExpectedCertificate ? "Signer: verified, it is " : "Signer: NOT the expected one, which is ")
                        .append(trustAnchor).append('\n');
            }
            s.append("Files checked: ").append(filesChecked).append('\n');
            changed.forEach(f -> s.append("CHANGED: ").append(f).append('\n'));
            added.forEach(f -> s.append("ADDED (not in the manifest): ").append(f).append('\n'));
            missing.forEach(f -> s.append("MISSING: ").append(f).append('\n'));
            problems.forEach(p -> s.append("PROBLEM: ").append(p).append('\n'));
            return s.toString();
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final CmsVerifier cms = new CmsVerifier();

    /** Verifies a packet file; {@code anchor} null means the reader gave none. */
    public Report verify(Path zip, TrustAnchor anchor) throws IOException {
        return verify(zip, anchor, PacketArchive.Limits.DEFAULT);
    }

    Report verify(Path zip, TrustAnchor anchor, PacketArchive.Limits limits) throws IOException {
        try (PacketArchive archive = PacketArchive.open(zip, limits)) {
            return verify(archive, anchor);
        } catch (PacketArchive.TooLarge e) {
            throw new TooLarge(e.getMessage());
        } catch (PacketArchive.Refused e) {
            throw new Unreadable("The packet cannot be read unambiguously as one ZIP: " + e.getMessage() + ".");
        }
    }

    /** Verifies a packet held in memory (tests, small uploads). */
    public Report verify(byte[] zip, TrustAnchor anchor) {
        try (PacketArchive archive = PacketArchive.of(zip, PacketArchive.Limits.DEFAULT)) {
            return verify(archive, anchor);
        } catch (PacketArchive.TooLarge e) {
            throw new TooLarge(e.getMessage());
        } catch (PacketArchive.Refused e) {
            throw new Unreadable("The packet cannot be read unambiguously as one ZIP: " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new Unreadable("The upload is not a readable ZIP file: " + e.getMessage());
        }
    }

    private Report verify(PacketArchive archive, TrustAnchor anchor) throws IOException {
        Map<String, FileEntry> actual = new LinkedHashMap<>();
        Map<String, byte[]> kept = new LinkedHashMap<>();
        byte[] buffer = new byte[64 * 1024];
        for (PacketArchive.Entry entry : archive.entries()) {
            if (entry.isDirectory()) {
                if (entry.size() != 0) {
                    throw new Unreadable("The packet cannot be read unambiguously as one ZIP: the folder entry " + entry.name()
                            + " has content.");
                }
                continue;
            }
            boolean keep = entry.name().equals(MANIFEST) || entry.name().equals(SIGNATURE) || entry.name().equals(CERTIFICATE);
            if (keep && entry.size() > MAX_KEPT_BYTES) {
                throw new Unreadable(entry.name() + " is far too large for a packet's " + entry.name());
            }
            MessageDigest digest = PacketZip.sha256();
            var copy = keep ? new ByteArrayOutputStream() : null;
            long size = 0;
            try (InputStream in = archive.content(entry)) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    digest.update(buffer, 0, n);
                    size += n;
                    if (copy != null) {
                        copy.write(buffer, 0, n);
                    }
                }
            }
            actual.put(entry.name(), new FileEntry(entry.name(), HexFormat.of().formatHex(digest.digest()), size));
            if (copy != null) {
                kept.put(entry.name(), copy.toByteArray());
            }
        }
        if (actual.isEmpty()) {
            throw new Unreadable("The ZIP is empty: it is not a Quota Ledger audit packet.");
        }
        byte[] manifest = kept.get(MANIFEST);
        if (manifest == null) {
            throw new Unreadable("The ZIP has no " + MANIFEST + ": it is not a Quota Ledger audit packet.");
        }
        JsonNode root;
        try {
            root = mapper.readTree(manifest);
        } catch (IOException e) {
            throw new Unreadable(MANIFEST + " is not JSON: " + e.getMessage());
        }
        if (root == null || !root.path("files").isArray()) {
            throw new Unreadable(MANIFEST + " lists no files: it is not a Quota Ledger audit packet manifest.");
        }
        ManifestDiff diff = ManifestDiff.of(root.get("files"), actual);
        List<String> problems = new ArrayList<>(diff.problems());

        List<X509Certificate> candidates = new ArrayList<>();
        X509Certificate packetCertificate = null;
        if (kept.containsKey(CERTIFICATE)) {
            try {
                packetCertificate = certificate(kept.get(CERTIFICATE));
                candidates.add(packetCertificate);
            } catch (CertificateException e) {
                problems.add(CERTIFICATE + " is not a certificate: " + e.getMessage());
            }
        }
        byte[] signature = kept.get(SIGNATURE);
        CmsVerifier.Result signed = signature == null ? null : cms.verifyDetached(manifest, signature, candidates);
        if (signed == null) {
            problems.add("the packet has no " + SIGNATURE + ": the manifest is not signed");
        } else if (!signed.valid()) {
            problems.add("the manifest's signature: " + signed.problem());
        }
        X509Certificate signer = signed == null ? null : signed.signer();
        if (signer != null && packetCertificate != null && !signer.equals(packetCertificate)) {
            problems.add(CERTIFICATE + " is not the certificate that signed the manifest");
        }
        boolean signatureValid = signed != null && signed.valid();
        Boolean trusted = anchor == null ? null : anchor.trusts(signer);
        if (Boolean.FALSE.equals(trusted) && signer != null) {
            problems.add("the manifest was signed with a certificate other than the one you trust (SHA-256 "
                    + Fingerprint.of(signer) + "): anyone can sign a packet with a certificate of their own");
        }
        Verdict verdict = !signatureValid || !diff.clean() || !problems.isEmpty() || Boolean.FALSE.equals(trusted)
                ? Verdict.NOT_INTACT : trusted == null ? Verdict.SIGNER_NOT_VERIFIED : Verdict.INTACT;
        JsonNode facility = root.path("facility");
        JsonNode period = root.path("period");
        return new Report(verdict, verdict == Verdict.INTACT, signatureValid,
                signer == null ? null : signer.getSubjectX500Principal().getName(),
                signer == null ? null : Fingerprint.of(signer), trusted, anchor == null ? null : anchor.description(),
                facility.isMissingNode() ? null : facility.path("code").asText() + " " + facility.path("name").asText(),
                period.isMissingNode() ? null : period.path("from").asText() + " to " + period.path("to").asText(),
                diff.checked(), diff.changed(), diff.added(), diff.missing(), problems);
    }

    public static X509Certificate certificate(byte[] pemOrDer) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new java.io.ByteArrayInputStream(pemOrDer));
    }
}
