package org.quotaledger.audit.packet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks an audit packet with nothing but the packet itself: every file's SHA-256 and size against
 * {@code manifest.json}, and the manifest's detached CMS signature against the certificate in the packet
 * (optionally also against a certificate the reader already trusts). Names every file that was changed, added
 * or removed. Pure Java with no database or CDI, so the API and the jar's {@code verify-packet} mode share it.
 */
public final class PacketVerifier {

    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.json.p7s";
    public static final String CERTIFICATE = "signing-certificate.pem";

    /** Manifest files are small; anything larger is not a manifest. */
    private static final int MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

    /** One file as the manifest lists it. */
    public record FileEntry(String path, String sha256, long size) {
    }

    /** A packet that cannot even be read as one (not a ZIP, no manifest, a manifest that is not JSON). */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    /**
     * The verdict. {@code intact} only if the signature holds, every listed file is present and unchanged, no
     * file was added, and (when one was given) the signer is the expected certificate.
     */
    public record Report(boolean intact, boolean signatureValid, String signer, String certificateSha256,
                         Boolean signerIsExpectedCertificate, String facility, String period, int filesChecked,
                         List<String> changed, List<String> added, List<String> missing, List<String> problems) {

        /** A few lines for people: the command line prints this. */
        public String summary() {
            var s = new StringBuilder();
            s.append(intact ? "INTACT: " : "NOT INTACT: ")
                    .append(intact ? "every file matches the signed manifest." : "the packet does not match its signed manifest.")
                    .append('\n');
            if (facility != null) {
                s.append("Facility ").append(facility).append(", period ").append(period).append('\n');
            }
            s.append("Signature: ").append(signatureValid ? "valid" : "NOT valid");
            if (signer != null) {
                s.append(", signed by ").append(signer).append(" (certificate SHA-256 ").append(certificateSha256).append(')');
            }
            s.append('\n');
            if (signerIsExpectedCertificate != null) {
                s.append(signerIsExpectedCertificate ? "The signer is the expected certificate.\n"
                        : "The signer is NOT the expected certificate.\n");
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

    public Report verify(Path zip, X509Certificate expected) throws IOException {
        try (InputStream in = Files.newInputStream(zip)) {
            return verify(in, expected);
        }
    }

    public Report verify(byte[] zip, X509Certificate expected) {
        try {
            return verify(new ByteArrayInputStream(zip), expected);
        } catch (IOException e) {
            throw new Unreadable("The upload is not a readable ZIP file: " + e.getMessage());
        }
    }

    /** Reads the ZIP once, streaming: only the manifest, its signature and the certificate are kept in memory. */
    public Report verify(InputStream zipStream, X509Certificate expected) throws IOException {
        Map<String, FileEntry> actual = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        byte[] manifest = null;
        byte[] signature = null;
        byte[] certificatePem = null;
        try (var zip = new ZipInputStream(zipStream)) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                boolean keep = name.equals(MANIFEST) || name.equals(SIGNATURE) || name.equals(CERTIFICATE);
                MessageDigest digest = PacketZip.sha256();
                var kept = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                for (int n; (n = zip.read(buffer)) != -1; ) {
                    digest.update(buffer, 0, n);
                    size += n;
                    if (kept != null) {
                        if (size > MAX_MANIFEST_BYTES) {
                            throw new Unreadable(name + " is far too large for a packet's " + name);
                        }
                        kept.write(buffer, 0, n);
                    }
                }
                if (actual.put(name, new FileEntry(name, HexFormat.of().formatHex(digest.digest()), size)) != null) {
                    problems.add("the ZIP holds two files named " + name);
                }
                if (kept != null) {
                    switch (name) {
                        case MANIFEST -> manifest = kept.toByteArray();
                        case SIGNATURE -> signature = kept.toByteArray();
                        default -> certificatePem = kept.toByteArray();
                    }
                }
            }
        } catch (ZipException e) {
            throw new Unreadable("The upload is not a readable ZIP file: " + e.getMessage());
        }
        if (actual.isEmpty()) {
            throw new Unreadable("The upload is not a ZIP file, or an empty one.");
        }
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

        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        var listed = new java.util.HashSet<String>();
        int checked = 0;
        for (JsonNode f : root.get("files")) {
            String path = f.path("path").asText();
            listed.add(path);
            FileEntry found = actual.get(path);
            if (found == null) {
                missing.add(path);
            } else {
                checked++;
                if (!found.sha256().equalsIgnoreCase(f.path("sha256").asText()) || found.size() != f.path("size").asLong(-1)) {
                    changed.add(path);
                }
            }
        }
        List<String> added = actual.keySet().stream()
                .filter(p -> !listed.contains(p) && !p.equals(MANIFEST) && !p.equals(SIGNATURE))
                .toList();

        X509Certificate packetCertificate = null;
        if (certificatePem == null) {
            problems.add("the packet has no " + CERTIFICATE);
        } else {
            try {
                packetCertificate = certificate(certificatePem);
            } catch (CertificateException e) {
                problems.add(CERTIFICATE + " is not a certificate: " + e.getMessage());
            }
        }
        boolean signatureValid = false;
        if (signature == null) {
            problems.add("the packet has no " + SIGNATURE + ": the manifest is not signed");
        } else if (packetCertificate != null) {
            String failure = checkSignature(manifest, signature, packetCertificate);
            signatureValid = failure == null;
            if (failure != null) {
                problems.add(failure);
            }
        }
        Boolean isExpected = null;
        if (expected != null && packetCertificate != null) {
            isExpected = expected.equals(packetCertificate);
            if (!isExpected) {
                problems.add("the packet was signed with a certificate other than the expected one (SHA-256 "
                        + fingerprint(packetCertificate) + ")");
            }
        }
        boolean intact = signatureValid && changed.isEmpty() && added.isEmpty() && missing.isEmpty() && problems.isEmpty();
        JsonNode facility = root.path("facility");
        JsonNode period = root.path("period");
        return new Report(intact, signatureValid,
                packetCertificate == null ? null : packetCertificate.getSubjectX500Principal().getName(),
                packetCertificate == null ? null : fingerprint(packetCertificate), isExpected,
                facility.isMissingNode() ? null : facility.path("code").asText() + " " + facility.path("name").asText(),
                period.isMissingNode() ? null : period.path("from").asText() + " to " + period.path("to").asText(),
                checked, changed, added, missing, problems);
    }

    /** Null when the signature over the manifest holds and was made by this certificate, else why not. */
    static String checkSignature(byte[] manifest, byte[] signature, X509Certificate certificate) {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(manifest), signature);
            var signers = cms.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return SIGNATURE + " holds no signature";
            }
            var holder = new X509CertificateHolder(certificate.getEncoded());
            for (SignerInformation signer : signers) {
                if (!signer.getSID().match(holder)) {
                    return "the manifest was signed by a key other than the one in " + CERTIFICATE;
                }
                if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                    return "the manifest's signature does not match " + MANIFEST + ": the manifest was changed after signing";
                }
            }
            return null;
        } catch (CMSException e) {
            return "the manifest's signature does not hold (" + e.getMessage() + "): " + MANIFEST + " or " + SIGNATURE + " was changed";
        } catch (OperatorCreationException | GeneralSecurityException | IOException | RuntimeException e) {
            return SIGNATURE + " cannot be read as a CMS signature: " + e.getMessage();
        }
    }

    public static X509Certificate certificate(byte[] pemOrDer) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pemOrDer));
    }

    /** SHA-256 of the certificate, upper-case hex with colons, as {@code openssl x509 -fingerprint -sha256} prints it. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The jar's {@code verify-packet} mode: {@code verify-packet packet.zip [--certificate trusted.pem]}. Prints the
     * report; returns 0 when intact, 1 when not, 2 on a usage error or an unreadable packet.
     */
    public static int commandLine(String[] args) {
        return commandLine(args, System.out, System.err);
    }

    /** The command-line mode writing its report to {@code out} and usage or read errors to {@code err}. */
    public static int commandLine(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        Path packet = null;
        Path trusted = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--certificate") && i + 1 < args.length) {
                trusted = Path.of(args[++i]);
            } else if (packet == null && !args[i].startsWith("--")) {
                packet = Path.of(args[i]);
            } else {
                packet = null;
                break;
            }
        }
        if (packet == null) {
            err.println("usage: java -jar quarkus-run.jar verify-packet PACKET.zip [--certificate TRUSTED.pem]");
            return 2;
        }
        try {
            X509Certificate expected = trusted == null ? null : certificate(Files.readAllBytes(trusted));
            Report report = new PacketVerifier().verify(packet, expected);
            out.print(report.summary());
            return report.intact() ? 0 : 1;
        } catch (Unreadable e) {
            out.println("NOT INTACT: " + e.getMessage());
            return 1;
        } catch (IOException | CertificateException e) {
            err.println("Cannot read " + (e instanceof CertificateException ? trusted : packet) + ": " + e.getMessage());
            return 2;
        }
    }
}
