package org.quotaledger.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class SigningIdentityTest {

    @Test
    void shouldRoundTripThroughPkcs12SoEveryInstanceSignsWithTheSameKey() {
        char[] password = "s3cret".toCharArray();
        byte[] p12 = SigningFixtures.EC.toPkcs12(password, "notice-signing");

        SigningIdentity loaded = SigningIdentity.fromPkcs12(p12, password, "notice-signing");

        assertThat(loaded.certificate()).isEqualTo(SigningFixtures.EC.certificate());
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(SigningFixtures.EC.privateKey().getEncoded());
        assertThat(loaded.signatureAlgorithm()).isEqualTo("SHA256withECDSA");
    }

    @Test
    void shouldCreateATenYearOrganisationCertificateForSigning() throws Exception {
        X509Certificate cert = SigningFixtures.RSA.certificate();

        assertThat(cert.getSubjectX500Principal().getName()).contains("O=Acme Fulfillment LLC");
        assertThat(cert.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(cert.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        assertThat(Duration.between(cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant()).toDays()).isGreaterThanOrEqualTo(3652);
        assertThat(SigningFixtures.RSA.signatureAlgorithm()).isEqualTo("SHA256withRSA");
        assertThat(Pem.readCertificate(Pem.certificate(cert))).isEqualTo(cert);
        cert.verify(cert.getPublicKey());
    }

    @Test
    void shouldRejectAWrongPasswordOrAliasWithAClearMessage() {
        byte[] p12 = SigningFixtures.EC.toPkcs12("right".toCharArray(), "a");

        assertThatThrownBy(() -> SigningIdentity.fromPkcs12(p12, "wrong".toCharArray(), "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> SigningIdentity.fromPkcs12(p12, "right".toCharArray(), "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no key entry named 'b'");
        assertThatThrownBy(() -> SelfSignedIdentity.generate("Acme", "DSA", null, java.time.Instant.now())).hasMessageContaining("RSA or EC");
    }
}
