package org.quotaledger.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
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
