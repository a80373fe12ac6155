package org.quotaledger.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.signing.ExternalTools;
import org.quotaledger.signing.PdfSignatureVerifier;
import org.quotaledger.signing.PdfSigner;
import org.quotaledger.signing.PdfVerification;
import org.quotaledger.signing.SigningFixtures;

class NoticeRendererTest {

    final EmployeeNoticeRenderer employee = new EmployeeNoticeRenderer();
    final RegulatorNoticeRenderer regulator = new RegulatorNoticeRenderer();

    @TempDir
    Path dir;

    @Test
    void shouldIssueASignedNoticeThatPdfsigTrustsAndQpdfAccepts() throws Exception {
        PdfSigner signer = new PdfSigner(SigningFixtures.EC);
        byte[] signed = employee.renderSigned(NoticeFixtures.employeeNotice("Maria Hernández", "en"), signer);
        Path pdf = Files.write(dir.resolve("notice.pdf"), signed);
        Path db = ExternalTools.nssDatabaseTrusting(dir, SigningFixtures.EC);

        assertThat(ExternalTools.pdfsig(db, pdf))
                .contains("Signature is Valid.", "Certificate is Trusted.", "Total document signed", "ETSI.CAdES.detached");
        assertThat(ExternalTools.qpdfCheck(pdf).output()).contains("No syntax or stream encoding errors found");
        PdfVerification result = new PdfSignatureVerifier().verify(signed);
        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.signingTime()).isEqualTo(NoticeFixtures.ISSUED);
        assertThat(text(signed)).as("the signer and time are printed on the page")
                .contains("Digitally signed by Acme Fulfillment LLC", "2026-03-02 08:00 PST");
    }

    /** Hole 8: scanning the code cannot see the paper, and the notice must not say it can. */
    @Test
    void shouldSayThatTheCodeShowsWhatTheNoticeMustSayAndOnlyTheFileProvesItUnchanged() throws Exception {
        String english = text(employee.render(NoticeFixtures.employeeNotice("Maria Hernández", "en")));
        String spanish = text(employee.render(NoticeFixtures.employeeNotice("María José Hernández", "es")));

        assertThat(english.replaceAll("\\s+", " ")).contains("to see what it must say")
                .contains("Only the PDF file, uploaded there, proves a copy unchanged")
                .doesNotContain("To check that it is genuine and unchanged, scan");
        assertThat(spanish.replaceAll("\\s+", " ")).contains("Solo el archivo PDF")
                .doesNotContain("Para comprobar que es auténtico y no ha sido modificado, escanee");
    }

    /** The notice carries the audit chain's signed head in its (signed) document information. */
    @Test
    void shouldCarryTheAuditHeadItIsGivenInsideTheSignedBytes() throws Exception {
        var head = new org.quotaledger.audit.SignedHead(7, "a".repeat(64), NoticeFixtures.ISSUED, "https://ledger.example",
                "quota-ledger-audit-head/v1\nregistry: https://ledger.example\nseq: 7\nhash: " + "a".repeat(64)
                        + "\nsigned-at: " + NoticeFixtures.ISSUED + "\n", new byte[]{1, 2, 3});
        byte[] signed = employee.renderSigned(NoticeFixtures.employeeNotice("Maria Hernández", "en"),
                new PdfSigner(SigningFixtures.EC), head);

        PdfReader reader = new PdfReader(signed);
        assertThat(reader.getInfo()).containsEntry(org.quotaledger.audit.AuditHeads.PDF_STATEMENT_KEY, head.statement())
                .containsEntry(org.quotaledger.audit.AuditHeads.PDF_SIGNATURE_KEY, "AQID");
        reader.close();
        assertThat(new PdfSignatureVerifier().verify(signed).valid()).isTrue();
    }

    @Test
    void shouldReportADigestMismatchWhenASignedNoticeIsAltered() throws Exception {
        byte[] signed = employee.renderSigned(NoticeFixtures.employeeNotice("Maria Hernández", "en"),
                new PdfSigner(SigningFixtures.RSA));
        byte[] altered = SigningFixtures.flipOneSignedByte(signed);
        Path pdf = Files.write(dir.resolve("altered.pdf"), altered);
        Path db = ExternalTools.nssDatabaseTrusting(dir, SigningFixtures.RSA);

        assertThat(ExternalTools.pdfsig(db, pdf)).contains("Digest Mismatch.");
        assertThat(new PdfSignatureVerifier().verify(altered).valid()).isFalse();
    }

    @Test
    void shouldStateEachQuotaInPlainLanguage() throws Exception {
        String text = text(employee.render(NoticeFixtures.employeeNotice("Maria Hernández", "en")));

        assertThat(text).contains("Employee Quota Notice")
                .contains("120 units per hour")
                .contains("On task 85% of the time, per shift")
                .contains("Compared with other employees")
                .contains("Scanner events per productive hour")
                .contains("The limit is 30 minutes of time off task per shift.")
                .contains("Using the bathroom", "Walking to and from the bathroom", "Health and safety rules")
                .contains("Written warning after five shifts below rate in 30 days")
                .contains("No bonus or incentive is tied to these quotas.")
                .contains("21 calendar days", "§2104", "§2105")
                .contains("QL-7K3M-9XQ2");
    }

    @Test
    void shouldWriteTheSpanishNoticeInSpanish() throws Exception {
        String text = text(employee.render(NoticeFixtures.employeeNotice("María José Hernández Núñez", "es-MX")));

        assertThat(text).contains("Aviso de cuotas de trabajo", "Sus cuotas", "120 unidades por hora", "Ritmo de preparación", "Sus derechos",
                        "21 días naturales", "Usar el baño", "María José Hernández Núñez", "2 de marzo de 2026")
                .doesNotContain("Your quotas", "Pick rate", "units");
    }

    @Test
    void shouldFallBackToEnglishForALanguageWithoutATranslation() throws Exception {
        // Punjabi: no bundle (docs/languages.md lists those there are).
        String text = text(employee.render(NoticeFixtures.employeeNotice("Gurpreet Kaur", "pa")));

        assertThat(text).contains("Your quotas", "120 units per hour", "March 2, 2026");
    }

    @Test
    void shouldRenderChineseJapaneseAndKoreanNamesInTheEmbeddedFallbackFont() throws Exception {
        assertThat(NoticeFonts.DEFAULT_FALLBACKS).as("install fonts-droid-fallback and fonts-nanum (.ci/run does)")
                .allSatisfy(font -> assertThat(Path.of(font)).isReadable());
        var model = NoticeFixtures.employeeNotice("王芳 · 佐藤 花子 · 김민준 Kim", "en");

        Path pdf = Files.write(dir.resolve("cjk.pdf"), employee.render(model));

        assertThat(ExternalTools.pdftotext(pdf)).contains("王芳 · 佐藤 花子 · 김민준 Kim");
        String fonts = ExternalTools.run("pdffonts", pdf.toString()).output();
        assertThat(fonts).containsPattern("DroidSansFallback\\S*\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes")
                .containsPattern("NanumGothic\\S*\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes")
                .contains("LiberationSans");
    }

    @Test
    void shouldRenderArabicAndHebrewNamesRightToLeftInTheFallbackFont() throws Exception {
        Path pdf = Files.write(dir.resolve("rtl.pdf"),
                employee.render(NoticeFixtures.employeeNotice("محمد علي / דוד כהן", "en")));

        String fonts = ExternalTools.run("pdffonts", pdf.toString()).output();
        assertThat(fonts).containsPattern("DejaVuSans\\S*\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes");
        // pdftotext gives back the logical order only if the PDF shows the names right to left, and the Arabic in
        // its joined (presentation) forms only if it was shaped.
        String text = ExternalTools.pdftotext(pdf);
        assertThat(text).contains("דוד כהן").contains("ﻣﺤﻤﺪ ﻋﻠﻲ");
    }

    @Test
    void shouldRenderNamesInAnyLatinCyrillicOrVietnameseSpelling() throws Exception {
        String text = text(employee.render(NoticeFixtures.employeeNotice("Nguyễn Łukasz Žofia", "en")));
        String cyrillic = text(employee.render(NoticeFixtures.employeeNotice("Александра Іванова-Müller", "en")));

        assertThat(text).contains("Nguyễn Łukasz Žofia");
        assertThat(cyrillic).contains("Александра Іванова-Müller");
        Path pdf = Files.write(dir.resolve("fonts.pdf"), employee.render(NoticeFixtures.employeeNotice("Žofia", "en")));
        String fonts = ExternalTools.run("pdffonts", pdf.toString()).output();
        assertThat(fonts.lines().skip(2).toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("LiberationSans").containsPattern("Identity-H\\s+yes\\s+yes"));
    }

    @Test
    void shouldFitTheSpecExampleOnOnePage() throws Exception {
        for (String language : List.of("en", "es")) {
            EmployeeNoticeModel m = NoticeFixtures.specExampleNotice("María José Hernández Núñez", language);
            PdfReader reader = new PdfReader(employee.renderSigned(m, new PdfSigner(SigningFixtures.EC)));
            assertThat(reader.getNumberOfPages()).as(language).isEqualTo(1);
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(612f);
            assertThat(reader.getPageSize(1).getHeight()).isEqualTo(792f);
            reader.close();
        }
    }

    @Test
    void shouldStateTheRightsAndDeadlineOfTheFacilityState() throws Exception {
        QuotaDocument doc = NoticeFixtures.pickerDocument();
        EmployeeNoticeModel base = NoticeFixtures.employeeNotice("Sam Lee", "en");

        assertThat(text(employee.render(withDocument(base, doc, "NY")))).contains("14 calendar days", "§785", "§786");
        assertThat(text(employee.render(withDocument(base, doc, "WA"))))
                .contains("2 business days", "7 business days", "RCW 49.84.037");
        assertThat(text(employee.render(withDocument(base, doc, "OR")))).contains("21 calendar days", "ORS 653.557");
        assertThat(text(employee.render(withDocument(base, doc, "MN")))).contains("§182.6526");
        assertThat(text(employee.render(withDocument(base, doc, "TX"))))
                .contains("You may ask your employer at any time").doesNotContain("§2104");
    }

    @Test
    void shouldPrintAQrCodeThatScansToTheVerificationUrl() throws Exception {
        Path pdf = Files.write(dir.resolve("qr.pdf"), employee.render(NoticeFixtures.employeeNotice("Sam Lee", "en")));
        ExternalTools.Result r = ExternalTools.run("pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile",
                pdf.toString(), dir.resolve("page").toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
        // The QR code sits in the header card: crop to it so that the reader finds it at once.
        BufferedImage card = page.getSubimage(page.getWidth() * 3 / 4, 0, page.getWidth() / 4, page.getHeight() / 6);
        int[] pixels = card.getRGB(0, 0, card.getWidth(), card.getHeight(), null, 0, card.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(card.getWidth(), card.getHeight(), pixels)));

        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("https://quota.acme.example/verify/QL-7K3M-9XQ2");
    }

    @Test
    void shouldRenderTheRegulatorSummaryWithCoverageDeliveriesAndOpenFindings() throws Exception {
        byte[] signed = regulator.renderSigned(NoticeFixtures.regulatorNotice(), new PdfSigner(SigningFixtures.EC));
        Path pdf = Files.write(dir.resolve("regulator.pdf"), signed);

        String text = ExternalTools.pdftotext(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Quota Description Filing Summary", "493110", "1,450", "9,800", "1,432", "98% delivered")
                .contains("Picker (PICK), version 3", "Stower (STOW), version 1", "240 items per hour")
                .contains("CA-2103-TOT-BATHROOM-TRAVEL", "FAIL", "Cal. Lab. Code §2103", "PENDING");
        assertThat(ExternalTools.qpdfCheck(pdf).output()).contains("No syntax or stream encoding errors found");
        assertThat(new PdfSignatureVerifier().verify(signed).valid()).isTrue();
    }

    @Test
    void shouldRenderTheSameBytesFromManyThreadsAtOnce() throws Exception {
        EmployeeNoticeModel model = NoticeFixtures.employeeNotice("Nguyễn Łukasz Žofia", "es");
        String reference = text(employee.render(model));
        int referenceLength = employee.render(model).length;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> employee.render(model)));
            }
            for (int i = 0; i < futures.size(); i++) {
                byte[] pdf = futures.get(i).get();
                // Shared fonts must not mix glyphs between documents: a corrupted subset changes size or text.
                // (The creation date may add or lose a byte in compression, hence the tolerance.)
                assertThat(pdf.length).isBetween(referenceLength - 16, referenceLength + 16);
                if (i % 20 == 0) {
                    assertThat(text(pdf)).isEqualTo(reference);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldRenderASparseDocumentWithoutFailing() throws Exception {
        QuotaDocument sparse = new QuotaDocument(QuotaDocument.SCHEMA, QuotaDocument.Jurisdiction.WA, null,
                new QuotaDocument.RoleRef("PACK", null), null, null, null, null, null, List.of(), null, null, null,
                true, List.of("$0.25 per unit above 130 units per hour"), null);
        EmployeeNoticeModel m = new EmployeeNoticeModel("Acme", "SEA4", null, null, null, null,
                "A very long name ".repeat(8).strip(), null, null, 1, sparse, NoticeFixtures.ISSUED, "QL-0000-0000",
                "https://example.test/v/QL-0000-0000");

        String text = text(employee.render(m));

        assertThat(text).contains("No quota applies to your role", "Your employer does not measure time off task",
                "$0.25 per unit above 130 units per hour", "PACK", "2 business days");
    }

    @Test
    void shouldRenderAnEmptyRegulatorSummary() throws Exception {
        RegulatorNoticeModel empty = new RegulatorNoticeModel("Acme", "SEA4", null, null, "WA", null, null, null, null,
                NoticeFixtures.ISSUED, "QL-0000-0000", "https://example.test/v/QL-0000-0000");

        assertThat(text(regulator.render(empty)))
                .contains("No active quota description is filed", "No open findings.", "Not stated");
    }

    /** The text in reading order with line breaks as spaces: table cells wrap wherever their width says. */
    private String text(byte[] pdf) throws Exception {
        return ExternalTools.pdftotext(Files.write(Files.createTempFile(dir, "notice", ".pdf"), pdf)).replaceAll("\\s+", " ");
    }

    private static EmployeeNoticeModel withDocument(EmployeeNoticeModel m, QuotaDocument doc, String state) {
        return new EmployeeNoticeModel(m.employerName(), m.facilityCode(), m.facilityName(), m.facilityAddress(), state,
                m.employeeNumber(), m.employeeName(), m.primaryLanguage(), m.roleTitle(), m.descriptionVersion(), doc,
                m.issuedAt(), m.verificationCode(), m.verificationUrl());
    }
}
