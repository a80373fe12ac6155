package org.quotaledger.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

class PdfSignerTest {

    static final Instant SIGNED_AT = Instant.parse("2026-03-02T14:30:00Z");

    @TempDir
    Path dir;

    @Test
    void shouldProduceASignatureThatPdfsigTrustsAndFindsCoveringTheWholeDocument() throws Exception {
        for (SigningIdentity identity : new SigningIdentity[]{SigningFixtures.RSA, SigningFixtures.EC}) {
            byte[] signed = new PdfSigner(identity).sign(SigningFixtures.plainPdf("Hello"), SIGNED_AT);
            Path pdf = Files.write(dir.resolve("signed-" + identity.privateKey().getAlgorithm() + ".pdf"), signed);
            Path db = ExternalTools.nssDatabaseTrusting(Files.createDirectories(dir.resolve(identity.privateKey().getAlgorithm())), identity);

            String report = ExternalTools.pdfsig(db, pdf);

            assertThat(report).as(identity.signatureAlgorithm())
                    .contains("Signature is Valid.", "Certificate is Trusted.", "Total document signed")
                    .contains("ETSI.CAdES.detached")
                    .contains("Acme Fulfillment LLC");
            assertThat(ExternalTools.qpdfCheck(pdf).output()).contains("No syntax or stream encoding errors found");
        }
    }

    @Test
    void shouldReportADigestMismatchWhenOneByteChangesAfterSigning() throws Exception {
        byte[] signed = new PdfSigner(SigningFixtures.EC).sign(SigningFixtures.plainPdf("Pick rate: 120 units per hour"), SIGNED_AT);
        byte[] tampered = flipOneSignedByte(signed);
        Path pdf = Files.write(dir.resolve("tampered.pdf"), tampered);
        Path db = ExternalTools.nssDatabaseTrusting(dir, SigningFixtures.EC);

        assertThat(ExternalTools.pdfsig(db, pdf)).contains("Digest Mismatch.");
        PdfVerification result = new PdfSignatureVerifier().verify(tampered);
        assertThat(result.valid()).isFalse();
        assertThat(result.digestMatches()).isFalse();
        assertThat(result.reason()).contains("changed after it was signed");
    }

    @Test
    void shouldFollowPadesBaselineBWithoutSigningTimeInTheCms() throws Exception {
        byte[] signed = new PdfSigner(SigningFixtures.RSA).sign(SigningFixtures.plainPdf("x"), SIGNED_AT);

        PdfReader reader = new PdfReader(signed);
        var fields = reader.getAcroFields();
        PdfDictionary dictionary = fields.getSignatureDictionary(fields.getSignedFieldNames().getFirst());
        assertThat(dictionary.getAsName(PdfName.SUBFILTER).toString()).isEqualTo("/ETSI.CAdES.detached");
        assertThat(dictionary.getAsString(PdfName.M)).isNotNull();
        CMSSignedData cms = new CMSSignedData(dictionary.getAsString(PdfName.CONTENTS).getOriginalBytes());
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
        assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(cms.isDetachedSignature()).isTrue();
        reader.close();
    }

    @Test
    void shouldShowTheSignerAndTimeInAVisibleSignatureField() throws Exception {
        byte[] signed = new PdfSigner(SigningFixtures.EC).sign(SigningFixtures.plainPdf("x"), SIGNED_AT);
        Path pdf = Files.write(dir.resolve("visible.pdf"), signed);

        assertThat(ExternalTools.pdftotext(pdf)).contains("Digitally signed by Acme Fulfillment LLC", "2026-03-02 14:30:00 UTC");
        PdfReader reader = new PdfReader(signed);
        var fields = reader.getAcroFields();
        var widget = fields.getFieldItem(fields.getSignedFieldNames().getFirst()).getWidget(0);
        var rect = widget.getAsArray(PdfName.RECT);
        assertThat(rect.getAsNumber(2).floatValue() - rect.getAsNumber(0).floatValue()).isGreaterThan(100f);
        reader.close();
    }

    /**
     * The room left in /Contents beyond the chain is sized for real signers, not a guess: an RSA-4096 key whose
     * certificate a CA with long distinguished names issued, the chain embedded with it.
     */
    @Test
    void shouldFitTheSignatureOfAnRsa4096KeyIssuedByACaWithLongNames() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair ca = rsa.generateKeyPair();
        rsa.initialize(4096);
        KeyPair signer = rsa.generateKeyPair();
        X500Name caName = longName("Acme Fulfillment Issuing Certification Authority G2");
        X500Name signerName = longName("Acme Fulfillment LLC notice signing, Ontario California distribution center");
        X509Certificate caCertificate = certificate(caName, caName, BigInteger.ONE, ca.getPublic(), ca.getPrivate());
        // A 20-byte serial, the most RFC 5280 allows.
        X509Certificate signerCertificate = certificate(signerName, caName, BigInteger.TWO.pow(159).add(BigInteger.ONE),
                signer.getPublic(), ca.getPrivate());
        SigningIdentity identity = new SigningIdentity(signer.getPrivate(), List.of(signerCertificate, caCertificate));

        byte[] signed = new PdfSigner(identity).sign(SigningFixtures.plainPdf("x"), SIGNED_AT, PdfSigner.Placement.invisible(), null);

        PdfVerification result = new PdfSignatureVerifier().verify(signed);
        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.digestMatches()).isTrue();
    }

    private static X500Name longName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName)
                .addRDN(BCStyle.OU, "Workplace Compliance and Labor Standards Records Department")
                .addRDN(BCStyle.O, "Acme Fulfillment Holdings Incorporated of North America")
                .addRDN(BCStyle.L, "Ontario").addRDN(BCStyle.ST, "California").addRDN(BCStyle.C, "US")
                .addRDN(BCStyle.EmailAddress, "warehouse-compliance-records@acme-fulfillment.example").build();
    }

    private static X509Certificate certificate(X500Name subject, X500Name issuer, BigInteger serial, PublicKey key,
                                               PrivateKey issuerKey)
            throws Exception {
        Date from = Date.from(SIGNED_AT.minus(1, ChronoUnit.DAYS));
        Date to = Date.from(SIGNED_AT.plus(3650, ChronoUnit.DAYS));
        var builder = new JcaX509v3CertificateBuilder(issuer, serial, from, to, subject, key);
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                | KeyUsage.keyCertSign));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    /** Changes a byte of signed page content, not of /Contents, so the digest (not the CMS parse) must catch it. */
    static byte[] flipOneSignedByte(byte[] signed) {
        byte[] copy = signed.clone();
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        if (at < 0) {
            at = text.indexOf("/Type");
        }
        copy[at + 2] ^= 0x01;
        return copy;
    }
}
