package org.quotaledger.audit.packet;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.List;

/**
 * The jar's {@code verify-packet} mode ({@code org.quotaledger.cli.Main} dispatches it), which needs no database:
 * {@code java -jar quarkus-run.jar verify-packet PACKET.zip (--certificate TRUSTED.pem | --fingerprint SHA256)}.
 * The trust anchor is what the reader obtained from the registry's public {@code /verify} page or their own records;
 * the certificate inside the packet is never one.
 *
 * <p>Exit codes, for scripts:
 * <ul>
 *   <li>{@value #INTACT}: intact, signed by the certificate given;</li>
 *   <li>{@value #NOT_INTACT}: not intact: a file changed, added or missing, a signature that fails, an archive that
 *       reads differently in different tools, a file that is no packet (not a ZIP, no manifest), or a signer other
 *       than the one given;</li>
 *   <li>{@value #NOT_VERIFIED}: nothing proven either way: no trust anchor given (the files may match a valid
 *       signature, but anyone can make one), a usage error, an unreadable certificate, a packet file that cannot be
 *       opened, or a packet beyond the verifier's limits.</li>
 * </ul>
 */
public final class VerifyPacketCommand {

    public static final int INTACT = 0;
    public static final int NOT_INTACT = 1;
    public static final int NOT_VERIFIED = 2;

    static final String USAGE = "usage: java -jar quarkus-run.jar verify-packet PACKET.zip (--certificate TRUSTED.pem"
            + " | --fingerprint SHA256)\n  take the certificate or its fingerprint from the registry's /verify page or your"
            + " own records, never from the packet";

    private VerifyPacketCommand() {
    }

    /** {@code args[0]} is {@code verify-packet}. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** The same, writing the report to {@code out} and usage or read errors to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path packet = null;
        Path certificate = null;
        String fingerprint = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--certificate") && i + 1 < args.length && certificate == null && fingerprint == null) {
                certificate = Path.of(args[++i]);
            } else if (arg.equals("--fingerprint") && i + 1 < args.length && certificate == null && fingerprint == null) {
                fingerprint = args[++i];
            } else if (packet == null && !arg.startsWith("--")) {
                packet = Path.of(arg);
            } else {
                err.println(USAGE);
                return NOT_VERIFIED;
            }
        }
        if (packet == null) {
            err.println(USAGE);
            return NOT_VERIFIED;
        }
        PacketVerifier.TrustAnchor anchor;
        try {
            anchor = certificate != null
                    ? PacketVerifier.TrustAnchor.certificates("the certificate in " + certificate,
                    List.of(PacketVerifier.certificate(Files.readAllBytes(certificate))))
                    : fingerprint != null ? PacketVerifier.TrustAnchor.fingerprint(fingerprint) : null;
        } catch (IOException | CertificateException | IllegalArgumentException e) {
            err.println("Cannot use the trust anchor: " + (e instanceof NoSuchFileException ? "no file " + certificate : e.getMessage()));
            return NOT_VERIFIED;
        }
        try {
            PacketVerifier.Report report = new PacketVerifier().verify(packet, anchor);
            out.print(report.summary());
            return switch (report.verdict()) {
                case INTACT -> INTACT;
                case NOT_INTACT -> NOT_INTACT;
                case SIGNER_NOT_VERIFIED -> NOT_VERIFIED;
            };
        } catch (PacketVerifier.TooLarge e) {
            out.println("NOT VERIFIED: " + e.getMessage());
            return NOT_VERIFIED;
        } catch (PacketVerifier.Unreadable e) {
            out.println("NOT INTACT: " + e.getMessage());
            return NOT_INTACT;
        } catch (IOException e) {
            err.println("Cannot read " + packet + ": " + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
            return NOT_VERIFIED;
        }
    }
}
