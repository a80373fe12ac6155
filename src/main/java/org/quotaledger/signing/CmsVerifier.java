package org.quotaledger.signing;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks a detached CMS signature such as {@link CmsSigner#signDetached} makes: one signer, its certificate, and a
 * signature over exactly these bytes. It answers <em>who</em> signed; whether that signer is to be believed is the
 * caller's question, answered only by comparing the certificate with one obtained elsewhere ({@link #isTrusted}):
 * a forger's packet carries the forger's certificate, and it verifies with it perfectly. Thread-safe, never throws
 * on bad input.
 */
public final class CmsVerifier {

    /**
     * @param valid   the signature holds over the content with {@code signer}'s key
     * @param signer  the certificate that made it (null when none could be found or the signature is unreadable)
     * @param problem why not, in words for people (null when valid)
     */
    public record Result(boolean valid, X509Certificate signer, String problem) {
        static Result invalid(X509Certificate signer, String problem) {
            return new Result(false, signer, problem);
        }
    }

    /**
     * Verifies {@code signature} (DER ContentInfo) over {@code content}. The signer's certificate is looked up among
     * the certificates the signature carries, then among {@code candidates} (e.g. a certificate file next to it).
     */
    public Result verifyDetached(byte[] content, byte[] signature, Collection<X509Certificate> candidates) {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Result.invalid(null, "the signature should have exactly one signer, it has " + signers.size());
            }
            SignerInformation signer = signers.iterator().next();
            X509Certificate certificate = certificateOf(signer, cms, candidates);
            if (certificate == null) {
                return Result.invalid(null, "the signature does not carry its signer's certificate");
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return Result.invalid(certificate, "the signature does not match the signed content: it was changed after signing");
            }
            String binding = signingCertificateMismatch(signer, certificate);
            if (binding != null) {
                return Result.invalid(certificate, binding);
            }
            return new Result(true, certificate, null);
        } catch (CMSException e) {
            return Result.invalid(null, "the signature does not hold (" + e.getMessage() + "): the content or the signature was changed");
        } catch (Exception e) {
            return Result.invalid(null, "the signature cannot be read as CMS: " + e.getMessage());
        }
    }

    /** Whether {@code signer} is one of the certificates the reader trusts (obtained outside what was signed). */
    public static boolean isTrusted(X509Certificate signer, Collection<X509Certificate> anchors) {
        return signer != null && anchors.stream().anyMatch(signer::equals);
    }

    private static X509Certificate certificateOf(SignerInformation signer, CMSSignedData cms,
                                                 Collection<X509Certificate> candidates) throws Exception {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> embedded = cms.getCertificates().getMatches(signer.getSID());
        if (!embedded.isEmpty()) {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(embedded.iterator().next().getEncoded()));
        }
        List<X509Certificate> all = new ArrayList<>(candidates);
        for (X509Certificate c : all) {
            if (signer.getSID().match(new X509CertificateHolder(c.getEncoded()))) {
                return c;
            }
        }
        return null;
    }

    /** RFC 5035: when the signer named its certificate by hash, it must be this one. */
    private static String signingCertificateMismatch(SignerInformation signer, X509Certificate certificate) throws Exception {
        if (signer.getSignedAttributes() == null) {
            return null;
        }
        var attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return null;
        }
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        if (ids.length == 0) {
            return "the signature's signing-certificate attribute names no certificate";
        }
        String algorithm = ids[0].getHashAlgorithm().getAlgorithm().getId().equals("2.16.840.1.101.3.4.2.1") ? "SHA-256" : null;
        if (algorithm == null) {
            return null;
        }
        byte[] hash = MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
        return MessageDigest.isEqual(hash, ids[0].getCertHash()) ? null
                : "the signature names a different certificate than the one it carries";
    }
}
