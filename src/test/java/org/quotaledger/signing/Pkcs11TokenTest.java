package org.quotaledger.signing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's HSM recipe, run against SoftHSM: a key on a PKCS#11 token signs CMS that verifies, and never leaves the
 * token. The token library reads its configuration from the environment, so the token is used by a child JVM.
 */
class Pkcs11TokenTest {

    static final String PIN = "123456";
    static final String LABEL = "quotaledger";
    static final byte[] CONTENT = "quota-ledger-audit-head/v1\nseq: 1\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aKeyOnAPkcs11TokenSignsWhatVerifiesWithItsCertificate() throws Exception {
        ExternalTools.requireTool("softhsm2-util");
        Path library = List.of(Path.of("/usr/lib/softhsm/libsofthsm2.so"), Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"))
                .stream().filter(Files::isReadable).findFirst().orElseThrow(() -> new AssertionError("libsofthsm2.so not found"));
        Files.createDirectories(dir.resolve("tokens"));
        Path softhsmConf = Files.writeString(dir.resolve("softhsm2.conf"),
                "directories.tokendir = " + dir.resolve("tokens") + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        run(softhsmConf, "softhsm2-util", "--init-token", "--free", "--label", "quota-ledger-test", "--pin", PIN, "--so-pin", "654321");
        Path pkcs11 = Files.writeString(dir.resolve("pkcs11.cfg"), "name = quotaledger\nlibrary = " + library + "\nslotListIndex = 0\n");

        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String out = run(softhsmConf, javaBin, "-cp", System.getProperty("java.class.path"), Probe.class.getName(),
                pkcs11.toString(), dir.toString());

        assertThat(out).contains("key class sun.security.pkcs11.P11Key");
        byte[] signature = Files.readAllBytes(dir.resolve("signature.p7s"));
        var certificate = Pem.readCertificate(Files.readString(dir.resolve("certificate.pem")));
        CmsVerifier.Result result = new CmsVerifier().verifyDetached(CONTENT, signature, List.of());
        assertThat(result.valid()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.signer()).isEqualTo(certificate);
        assertThat(certificate.getSubjectX500Principal().getName()).contains("O=Token Org");
        assertThatThrownBy(() -> SigningIdentity.fromPkcs11(dir.resolve("missing.cfg"), PIN.toCharArray(), LABEL))
                .hasMessageContaining("Cannot read the PKCS#11 configuration file");
    }

    private static String run(Path softhsmConf, String... command) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", softhsmConf.toString());
        Process p = builder.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    /** In the child JVM: puts a key and its certificate on the token, then signs through the application's own path. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            Path config = Path.of(args[0]);
            Path out = Path.of(args[1]);
            SigningIdentity generated = SelfSignedIdentity.generate("Token Org", "EC", null, java.time.Instant.now());
            Provider provider = Security.getProvider("SunPKCS11").configure(config.toString());
            KeyStore token = KeyStore.getInstance("PKCS11", provider);
            token.load(null, PIN.toCharArray());
            token.setKeyEntry(LABEL, generated.privateKey(), null, generated.chain().toArray(new Certificate[0]));

            SigningIdentity onToken = SigningIdentity.fromPkcs11(config, PIN.toCharArray(), LABEL);
            System.out.println("key class " + onToken.privateKey().getClass().getName());
            Files.write(out.resolve("signature.p7s"), new CmsSigner(onToken).signDetached(CONTENT));
            Files.writeString(out.resolve("certificate.pem"), Pem.certificate(onToken.certificate()));
        }
    }
}
