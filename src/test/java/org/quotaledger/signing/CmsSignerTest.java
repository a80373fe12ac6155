package org.quotaledger.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmsSignerTest {

    @TempDir
    Path dir;

    @Test
    void shouldProduceADetachedSignatureThatOpensslVerifies() throws Exception {
        for (SigningIdentity identity : new SigningIdentity[]{SigningFixtures.RSA, SigningFixtures.EC}) {
            byte[] manifest = "{\"files\":[{\"name\":\"notice.pdf\",\"sha256\":\"ab12\"}]}\n".getBytes(StandardCharsets.UTF_8);
            byte[] signature = new CmsSigner(identity).signDetached(manifest);
            Path data = Files.write(dir.resolve("manifest.json"), manifest);
            Path sig = Files.write(dir.resolve("manifest.json.p7s"), signature);
            Path ca = Files.writeString(dir.resolve("cert.pem"), Pem.certificate(identity.certificate()));

            ExternalTools.Result result = ExternalTools.run("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                    "-in", sig.toString(), "-content", data.toString(), "-CAfile", ca.toString(), "-purpose", "any",
                    "-out", "/dev/null");

            assertThat(result.output()).as(identity.signatureAlgorithm()).contains("Verification successful");
            assertThat(result.exitCode()).isZero();
        }
    }

    @Test
    void shouldCarrySigningTimeAndSigningCertificateV2() throws Exception {
        byte[] data = "manifest".getBytes(StandardCharsets.UTF_8);
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(data), new CmsSigner(SigningFixtures.EC).signDetached(data));
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();

        assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNotNull();
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(SigningFixtures.EC.certificate()))).isTrue();
    }

    @Test
    void shouldFailVerificationWhenTheDataChanges() throws Exception {
        byte[] signature = new CmsSigner(SigningFixtures.RSA).signDetached("original".getBytes(StandardCharsets.UTF_8));
        Path data = Files.writeString(dir.resolve("data"), "0riginal");
        Path sig = Files.write(dir.resolve("sig"), signature);
        Path ca = Files.writeString(dir.resolve("cert.pem"), Pem.certificate(SigningFixtures.RSA.certificate()));

        ExternalTools.Result result = ExternalTools.run("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", sig.toString(), "-content", data.toString(), "-CAfile", ca.toString(), "-purpose", "any",
                "-out", "/dev/null");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).doesNotContain("Verification successful");
    }
}
