package org.quotaledger.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificate revocation list a self-signed installation publishes for its own certificate. It lists
 * nothing: the key never certifies another one, and a compromised key is replaced, not revoked by itself.
 * It exists so that readers who check revocation from local information (NSS with OCSP off) find an
 * answer where the certificate says to look. Built fresh on each request, so every instance serves an
 * equivalent list without shared state; the CRL number is the issue second, which only ever grows.
 */
public final class RevocationList {

    /** How long a downloaded list counts as current; readers that cache it re-fetch after that. */
    static final Duration VALIDITY = Duration.ofDays(30);

    private RevocationList() {
    }

    /**
     * Whether this installation answers for its certificate's revocation: a self-issued certificate allowed to sign
     * CRLs. A CA-issued key's CA publishes the list; certificates generated before lists were published may not sign one.
     */
    public static boolean issuable(SigningIdentity identity) {
        X509Certificate certificate = identity.certificate();
        boolean[] usage = certificate.getKeyUsage();
        boolean selfIssued = certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
        return selfIssued && usage != null && usage.length > 6 && usage[6];
    }

    /** DER bytes of an empty CRL signed by {@code identity}, or empty when it does not answer for revocation. */
    public static Optional<byte[]> issue(SigningIdentity identity, Instant now) {
        if (!issuable(identity)) {
            return Optional.empty();
        }
        X509Certificate certificate = identity.certificate();
        Instant thisUpdate = now.truncatedTo(ChronoUnit.SECONDS);
        try {
            X509v2CRLBuilder crl = new X509v2CRLBuilder(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                    Date.from(thisUpdate));
            crl.setNextUpdate(Date.from(thisUpdate.plus(VALIDITY)));
            crl.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate.getPublicKey()));
            crl.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(thisUpdate.getEpochSecond())));
            return Optional.of(crl.build(new JcaContentSignerBuilder(identity.signatureAlgorithm()).build(identity.privateKey()))
                    .getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OperatorCreationException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the revocation list", e);
        }
    }
}
