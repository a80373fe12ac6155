package org.quotaledger.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PdfSignatureVerifierTest {

    final PdfSignatureVerifier verifier = new PdfSignatureVerifier();

    @Test
    void shouldAcceptAnIntactSignedPdfAndNameItsSigner() {
        Instant at = Instant.parse("2026-03-02T14:30:00Z");
        byte[] signed = new PdfSigner(SigningFixtures.EC).sign(SigningFixtures.plainPdf("notice"), at);

        PdfVerification result = verifier.verify(signed);

        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.isPdf()).isTrue();
        assertThat(result.signed()).isTrue();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.coversWholeDocument()).isTrue();
        assertThat(result.digestMatches()).isTrue();
        assertThat(result.signingTime()).isEqualTo(at);
        assertThat(result.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(result.signerCertificate()).isEqualTo(SigningFixtures.EC.certificate());
        assertThat(result.signerName()).isEqualTo("Acme Fulfillment LLC");
        assertThat(result.reason()).contains("Signed by Acme Fulfillment LLC");
    }

    @Test
    void shouldReportAPdfWithBytesAppendedAfterSigningAsNotCoveringTheWholeDocument() {
        byte[] signed = new PdfSigner(SigningFixtures.RSA).sign(SigningFixtures.plainPdf("notice"), Instant.now());
        byte[] appended = Arrays.copyOf(signed, signed.length + 12);
        System.arraycopy("%extra page\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 12);

        PdfVerification result = verifier.verify(appended);

        assertThat(result.signatureValid()).isTrue();
        assertThat(result.coversWholeDocument()).isFalse();
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).contains("does not cover the whole file");
    }

    @Test
    void shouldReportAnUnsignedPdfClearly() {
        PdfVerification result = verifier.verify(SigningFixtures.plainPdf("not signed"));

        assertThat(result.isPdf()).isTrue();
        assertThat(result.signed()).isFalse();
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo("The PDF is not signed.");
    }

    @Test
    void shouldReportGarbageAsNotAPdfWithoutThrowing() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        assertThat(verifier.verify(garbage).isPdf()).isFalse();
        assertThat(verifier.verify(garbage).reason()).contains("not a PDF");
        assertThat(verifier.verify(new byte[0]).reason()).contains("empty");
        assertThat(verifier.verify(null).isPdf()).isFalse();
        byte[] truncated = Arrays.copyOf(SigningFixtures.plainPdf("x"), 300);
        assertThat(verifier.verify(truncated).valid()).isFalse();
        byte[] header = "%PDF-1.7\n garbage follows".getBytes(StandardCharsets.US_ASCII);
        PdfVerification broken = verifier.verify(header);
        assertThat(broken.valid()).isFalse();
        assertThat(broken.reason()).isNotBlank();
    }

    @Test
    void shouldNotThrowOnARandomlyCorruptedSignedPdf() {
        byte[] signed = new PdfSigner(SigningFixtures.EC).sign(SigningFixtures.plainPdf("x"), Instant.now());
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] corrupt = signed.clone();
            for (int j = 0; j < 20; j++) {
                corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt();
            }
            PdfVerification result = verifier.verify(corrupt);
            assertThat(result.reason()).isNotBlank();
        }
    }
}
