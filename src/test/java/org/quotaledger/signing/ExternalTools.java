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
            case "pdfsig", "pdftotext", "pdftoppm" -> "poppler-utils";
            case "certutil" -> "libnss3-tools";
            default -> tool;
        };
        fail("'" + tool + "' is not on the PATH; these tests need it as an independent judge. Install it with: apt-get install -y " + pkg);
    }

    /** A fresh NSS database that trusts exactly {@code certificatePem}, for pdfsig's "Certificate is Trusted.". */
    public static Path nssDatabaseTrusting(Path dir, String certificatePem) throws IOException {
        Path db = Files.createDirectories(dir.resolve("nss"));
        Path cert = Files.writeString(dir.resolve("signer.pem"), certificatePem);
        Result init = run("certutil", "-N", "-d", "sql:" + db, "--empty-password");
        if (init.exitCode() != 0) {
            fail("certutil -N failed: " + init.output());
        }
        Result add = run("certutil", "-A", "-d", "sql:" + db, "-n", "ql", "-t", "CT,C,C", "-i", cert.toString());
        if (add.exitCode() != 0) {
            fail("certutil -A failed: " + add.output());
        }
        return db;
    }

    /**
     * Without {@code -no-ocsp}: poppler 22.12 (Debian 12) reads NSS's last error code even when the certificate
     * verified, and with OCSP disabled a stale CRL-lookup error turns a trusted certificate into "Unknown issue
     * with Certificate". Our certificates name no OCSP responder, so leaving OCSP on fetches nothing.
     */
    public static String pdfsig(Path nssDb, Path pdf) {
        return run("pdfsig", "-nssdir", "sql:" + nssDb, pdf.toString()).output();
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
