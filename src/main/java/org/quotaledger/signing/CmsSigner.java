package org.quotaledger.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Objects;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS SignedData with SHA-256 and the signing-certificate-v2 attribute (RFC 5035), which binds
 * the signature to the exact certificate so that a look-alike certificate with the same key name cannot
 * be substituted. Thread-safe: every call builds its own JCA signature object.
 */
public final class CmsSigner {

    private final SigningIdentity identity;
    private final JcaCertStore certificates;
    /** Thread-safe, built once: each signature's own objects are only its JCA signature and the generator around it. */
    private final DigestCalculatorProvider digests;
    private final CMSAttributeTableGenerator withSigningTime;
    private final CMSAttributeTableGenerator withoutSigningTime;

    public CmsSigner(SigningIdentity identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
        try {
            this.certificates = new JcaCertStore(identity.chain());
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
            DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(
                    new AttributeTable(signingCertificateV2(identity.certificate())));
            this.withSigningTime = standard;
            this.withoutSigningTime = parameters ->
                    standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalArgumentException("Unusable signing certificate", e);
        }
    }

    /**
     * Signs {@code data} (not embedded in the result) with a signingTime attribute: for a manifest there is no
     * other place to state when it was signed. Verify with
     * {@code openssl cms -verify -binary -inform DER -in sig -content data -CAfile cert.pem -purpose any}.
     *
     * @return the DER encoding of the CMS ContentInfo
     */
    public byte[] signDetached(byte[] data) {
        return sign(new CMSProcessableByteArray(data), true);
    }

    public SigningIdentity identity() {
        return identity;
    }

    /**
     * PAdES (ETSI EN 319 142-1 §5.1) forbids signingTime in the CMS: the claimed time belongs in the signature
     * dictionary's /M, so the PDF signer calls this with {@code includeSigningTime = false}.
     */
    byte[] sign(CMSTypedData content, boolean includeSigningTime) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(includeSigningTime ? withSigningTime : withoutSigningTime)
                    .build(new JcaContentSignerBuilder(identity.signatureAlgorithm()).build(identity.privateKey()),
                            identity.certificate()));
            generator.addCertificates(certificates);
            return generator.generate(content, false).getEncoded("DER");
        } catch (OperatorCreationException | GeneralSecurityException | CMSException | IOException e) {
            throw new IllegalStateException("CMS signing failed: " + e.getMessage(), e);
        }
    }

    private static Attribute signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{id})));
    }
}
