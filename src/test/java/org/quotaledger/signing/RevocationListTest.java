package org.quotaledger.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevocationListTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:15:30.250Z");

    @Test
    void shouldIssueAnEmptyListSignedByTheSelfSignedKeyThatOpensslAccepts(@TempDir Path dir) throws Exception {
        for (SigningIdentity identity : List.of(SigningFixtures.RSA, SigningFixtures.EC)) {
            byte[] der = RevocationList.issue(identity, NOW).orElseThrow();

            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
            crl.verify(identity.certificate().getPublicKey());
            assertThat(crl.getRevokedCertificates()).isNull();
            assertThat(crl.getIssuerX500Principal()).isEqualTo(identity.certificate().getSubjectX500Principal());
            assertThat(crl.getThisUpdate().toInstant()).isEqualTo(Instant.parse("2026-11-30T10:15:30Z"));
            assertThat(Duration.between(crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant())).isEqualTo(Duration.ofDays(30));

            Path crlFile = Files.write(dir.resolve("list.crl"), der);
            Path cert = Files.writeString(dir.resolve("cert.pem"), Pem.certificate(identity.certificate()));
            assertThat(ExternalTools.run("openssl", "crl", "-inform", "DER", "-in", crlFile.toString(), "-CAfile", cert.toString(),
                    "-noout").output()).contains("verify OK");
        }
    }

    @Test
    void shouldNameTheListInTheGeneratedCertificateSoOfflineReadersKnowWhereItIs() throws Exception {
        var holder = new JcaX509CertificateHolder(SigningFixtures.EC.certificate());
        CRLDistPoint points = CRLDistPoint.fromExtensions(holder.getExtensions());

        GeneralName name = GeneralNames.getInstance(points.getDistributionPoints()[0].getDistributionPoint().getName()).getNames()[0];
        assertThat(name.getTagNo()).isEqualTo(GeneralName.uniformResourceIdentifier);
        assertThat(name.getName().toString()).isEqualTo(SigningFixtures.CRL_URL);
        assertThat(SigningFixtures.EC.certificate().getKeyUsage()[6]).as("cRLSign").isTrue();
        assertThat(holder.getExtension(Extension.authorityKeyIdentifier)).isNotNull();
    }

    @Test
    void shouldIssueNoListForACaIssuedCertificateOrOneThatMayNotSignLists() throws Exception {
        SigningIdentity caIssued = new SigningIdentity(SigningFixtures.RSA.privateKey(), List.of(
                certificate(SigningFixtures.EC, "CN=Acme notice signing", KeyUsage.digitalSignature), SigningFixtures.EC.certificate()));
        // What installations generated before lists were published hold: self-issued, without cRLSign.
        SigningIdentity withoutCrlSign = new SigningIdentity(SigningFixtures.RSA.privateKey(), List.of(
                certificate(SigningFixtures.RSA, null, KeyUsage.digitalSignature | KeyUsage.keyCertSign)));

        assertThat(RevocationList.issue(caIssued, NOW)).isEmpty();
        assertThat(RevocationList.issue(withoutCrlSign, NOW)).isEmpty();
        assertThat(RevocationList.issuable(SigningFixtures.RSA)).isTrue();
    }

    /** A certificate for the RSA fixture's key, issued by {@code issuer} under {@code subject} (null: self-issued). */
    private static X509Certificate certificate(SigningIdentity issuer, String subject, int keyUsage) throws Exception {
        X500Name issuerName = X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        Instant from = NOW.minus(Duration.ofDays(1));
        var builder = new JcaX509v3CertificateBuilder(issuerName, BigInteger.TEN, Date.from(from), Date.from(from.plus(Duration.ofDays(365))),
                subject == null ? issuerName : new X500Name(subject), SigningFixtures.RSA.certificate().getPublicKey());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(issuer.signatureAlgorithm()).build(issuer.privateKey())));
    }
}
