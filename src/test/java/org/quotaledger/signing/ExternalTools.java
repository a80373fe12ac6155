package org.quotaledger.signing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent verifiers (poppler's pdfsig, qpdf, NSS certutil, openssl) that the tests use as judges:
 * a signature our own verifier accepts but pdfsig rejects would be worthless. A missing tool fails the test
 * with the command to install it, never a silent skip.
 */
public final class ExternalTools {

    public record Result(int exitCode, String output) {
    }

    private ExternalTools() {
    }

    public static Result run(String... command) {
        requireTool(command[0]);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("Timed out: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static void requireTool(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        String pkg = switch (tool) {
            case "pdfsig", "pdftotext", "pdftoppm", "pdffonts" -> "poppler-utils";
            case "certutil", "crlutil" -> "libnss3-tools";
            case "softhsm2-util" -> "softhsm2";
            default -> tool;
        };
        fail("'" + tool + "' is not on the PATH; these tests need it as an independent judge. Install it with: apt-get install -y " + pkg);
    }

    /** A fresh NSS database that trusts exactly {@code identity}'s certificate and holds its current revocation list. */
    public static Path nssDatabaseTrusting(Path dir, SigningIdentity identity) throws IOException {
        return nssDatabaseTrusting(dir, Pem.certificate(identity.certificate()),
                RevocationList.issue(identity, java.time.Instant.now()).orElseThrow());
    }

    /**
     * A fresh NSS database that trusts exactly {@code certificatePem}, for pdfsig's "Certificate is Trusted.", with
     * the issuer's revocation list: with OCSP off, NSS checks revocation from what the database holds.
     */
    public static Path nssDatabaseTrusting(Path dir, String certificatePem, byte[] crl) throws IOException {
        Path db = Files.createDirectories(dir.resolve("nss"));
        Path cert = Files.writeString(dir.resolve("signer.pem"), certificatePem);
        Path crlFile = Files.write(dir.resolve("signer.crl"), crl);
        Result init = run("certutil", "-N", "-d", "sql:" + db, "--empty-password");
        if (init.exitCode() != 0) {
            fail("certutil -N failed: " + init.output());
        }
        Result add = run("certutil", "-A", "-d", "sql:" + db, "-n", "ql", "-t", "CT,C,C", "-i", cert.toString());
        if (add.exitCode() != 0) {
            fail("certutil -A failed: " + add.output());
        }
        Result importCrl = run("crlutil", "-I", "-d", "sql:" + db, "-i", crlFile.toString());
        if (importCrl.exitCode() != 0) {
            fail("crlutil -I failed: " + importCrl.output());
        }
        return db;
    }

    /** Offline, as the acceptance asks: OCSP off, trust and revocation from the NSS database only. */
    public static String pdfsig(Path nssDb, Path pdf) {
        return run("pdfsig", "-no-ocsp", "-nssdir", "sql:" + nssDb, pdf.toString()).output();
    }

    public static Result qpdfCheck(Path pdf) {
        return run("qpdf", "--check", pdf.toString());
    }

    public static String pdftotext(Path pdf) {
        Result r = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        if (r.exitCode() != 0) {
            fail("pdftotext failed: " + r.output());
        }
        return r.output();
    }

    public static List<String> lines(String output) {
        return new ArrayList<>(output.lines().map(String::strip).toList());
    }
}
