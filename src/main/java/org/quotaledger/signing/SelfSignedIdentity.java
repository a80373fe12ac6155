package org.quotaledger.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates the organisation's own signing certificate when it has none from a CA. Verifiers then trust
 * it explicitly (the verification page publishes the PEM), which is what a self-hosted registry can
 * offer without buying a document-signing certificate.
 */
public final class SelfSignedIdentity {

    public static final String RSA = "RSA";
    public static final String EC = "EC";

    /** Notices are kept for years (CA §2108 record-keeping runs three years); the key outlives them. */
    static final Duration VALIDITY = Duration.ofDays(3653);

    private SelfSignedIdentity() {
    }

    /**
     * @param keyAlgorithm {@code "RSA"} (2048 bits) or {@code "EC"}/{@code "ECDSA"} (P-256: signing is an order
     *                     of magnitude cheaper, which matters when a facility re-issues thousands of notices)
     * @param crlUrl       where this installation publishes its revocation list ({@link RevocationList}), named in
     *                     the certificate; {@code null} names none
     * @param now          the moment of generation (the application's clock), from which the validity runs
     */
    public static SigningIdentity generate(String organisationName, String keyAlgorithm, String crlUrl, Instant now) {
        if (organisationName == null || organisationName.isBlank()) {
            throw new IllegalArgumentException("The organisation name is required: it is what verifiers see as the signer");
        }
        String algorithm = keyAlgorithm == null ? RSA : keyAlgorithm.toUpperCase(Locale.ROOT);
        try {
            KeyPair keys = switch (algorithm) {
                case RSA -> {
                    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                    g.initialize(2048);
                    yield g.generateKeyPair();
                }
                case EC, "ECDSA", "P-256" -> {
                    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
                    g.initialize(new ECGenParameterSpec("secp256r1"));
                    yield g.generateKeyPair();
                }
                default -> throw new IllegalArgumentException("Unsupported key algorithm '" + keyAlgorithm + "': use RSA or EC");
            };
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, organisationName.strip() + " notice signing")
                    .addRDN(BCStyle.O, organisationName.strip())
                    .build();
            // Backdated a little so that a verifier whose clock lags does not reject a fresh key.
            Instant notBefore = now.minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            BigInteger serial = new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
                    Date.from(notBefore), Date.from(notBefore.plus(VALIDITY)), subject, keys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            // A verifier trusts this certificate as its own anchor. NSS (pdfsig, Firefox, LibreOffice) accepts a
            // self-signed anchor only when it is a CA that may sign certificates (itself): without cA=true and
            // keyCertSign it answers "Certificate issuer is unknown" even after the user trusts it explicitly.
            // pathLen 0 keeps it from vouching for any other certificate.
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                    | KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(keys.getPublic()));
            if (crlUrl != null && !crlUrl.isBlank()) {
                // NSS checks revocation from local information when OCSP is off (pdfsig -no-ocsp, offline readers): a
                // certificate that names a distribution point whose CRL the reader holds verifies as trusted, one that
                // names none leaves NSS's "extension not found" lookup behind, which poppler reports as an unknown issue.
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[]{
                        new DistributionPoint(new DistributionPointName(new GeneralNames(
                                new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl.strip()))), null, null)}));
            }
            String sigAlg = algorithm.equals(RSA) ? "SHA256withRSA" : "SHA256withECDSA";
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(sigAlg).build(keys.getPrivate())));
            return new SigningIdentity(keys.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("Cannot create a self-signed signing identity", e);
        }
    }
}
