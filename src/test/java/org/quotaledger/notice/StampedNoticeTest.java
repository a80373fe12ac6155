package org.quotaledger.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openpdf.text.pdf.PdfReader;
import org.quotaledger.audit.AuditHeads;
import org.quotaledger.audit.SignedHead;
import org.quotaledger.signing.ExternalTools;
import org.quotaledger.signing.PdfSignatureVerifier;
import org.quotaledger.signing.PdfSigner;
import org.quotaledger.signing.PdfVerification;
import org.quotaledger.signing.SigningFixtures;

/**
 * Bulk jobs stamp each employee's fields into a template rendered once ({@link NoticeTemplates}): a stamped notice
 * must read exactly as the fully rendered one, word for word and place for place, whatever the name's script.
 */
class StampedNoticeTest {

    final EmployeeNoticeRenderer renderer = new EmployeeNoticeRenderer();
    final PdfSigner signer = new PdfSigner(SigningFixtures.EC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"María José Hernández, es", "Sam Lee, en", "王芳 · 佐藤 花子 · 김민준 Kim, en", "محمد علي / דוד כהן, es",
            "Nguyễn Łukasz Žofia, vi"})
    void shouldReadWordForWordAndPlaceForPlaceAsTheFullyRenderedNotice(String name, String language) throws Exception {
        EmployeeNoticeModel model = NoticeFixtures.employeeNotice(name, language);
        NoticeTemplates templates = new NoticeTemplates(renderer);

        Path whole = Files.write(dir.resolve("whole.pdf"), renderer.renderSigned(model, signer));
        Path stamped = Files.write(dir.resolve("stamped.pdf"), templates.renderSigned(model, signer, null));

        assertThat(templates.stamped()).as("stamped, not rendered whole").isEqualTo(1);
        assertThat(ExternalTools.pdftotext(stamped)).isEqualTo(ExternalTools.pdftotext(whole)).contains("E-004512");
        // Every word at the same place on the page, to a tenth of a point: the same line breaks, the same page.
        assertThat(boxes(stamped)).isEqualTo(boxes(whole));
        PdfChecks.assertEveryFontEmbedded(stamped);
    }

    @Test
    void shouldStampTheNameInItsOwnScriptRightToLeftAndShaped() throws Exception {
        NoticeTemplates templates = new NoticeTemplates(renderer);
        Path pdf = Files.write(dir.resolve("rtl.pdf"),
                templates.renderSigned(NoticeFixtures.employeeNotice("محمد علي / דוד כהן", "en"), signer, null));

        assertThat(ExternalTools.pdftotext(pdf)).contains("דוד כהן").contains("ﻣﺤﻤﺪ ﻋﻠﻲ");
        assertThat(ExternalTools.run("pdffonts", pdf.toString()).output())
                .containsPattern("DejaVuSans\\S*\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes");
    }

    @Test
    void shouldGiveTwoEmployeesNoticesFromOneTemplateThatDifferOnlyInTheirOwnFields() throws Exception {
        NoticeTemplates templates = new NoticeTemplates(renderer);
        EmployeeNoticeModel ana = employee("Ana Torres", "E-1001", "QL-AAAA-1111", "es");
        EmployeeNoticeModel wang = employee("王芳", "E-2002", "QL-WWWW-2222", "es");

        byte[] first = templates.renderSigned(ana, signer, null);
        byte[] second = templates.renderSigned(wang, signer, null);

        assertThat(templates.stamped()).isEqualTo(2);
        assertThat(templates.templates()).as("one template for both").isEqualTo(1);
        String anaText = ExternalTools.pdftotext(Files.write(dir.resolve("ana.pdf"), first));
        String wangText = ExternalTools.pdftotext(Files.write(dir.resolve("wang.pdf"), second));
        assertThat(anaText).contains("Ana Torres", "E-1001", "QL-AAAA-1111").doesNotContain("王芳", "E-2002", "QL-WWWW-2222");
        assertThat(wangText).contains("王芳", "E-2002", "QL-WWWW-2222").doesNotContain("Ana Torres", "E-1001", "QL-AAAA");
        // Word for word; the footer's lines may break elsewhere, as the codes' letters differ in width.
        assertThat(words(anaText.replace("Ana Torres", "NAME").replace("E-1001", "NUMBER").replace("AAAA-1111", "CODE")))
                .isEqualTo(words(wangText.replace("王芳", "NAME").replace("E-2002", "NUMBER").replace("WWWW-2222", "CODE")));
        for (byte[] pdf : List.of(first, second)) {
            PdfVerification verification = new PdfSignatureVerifier().verify(pdf);
            assertThat(verification.valid()).as(verification.reason()).isTrue();
        }
        PdfReader reader = new PdfReader(second);
        assertThat(reader.getInfo()).containsEntry("Title", "Aviso de cuotas para 王芳 en ONT8 Moreno Valley Fulfillment")
                .containsEntry("Author", "Acme Fulfillment LLC");
        reader.close();
    }

    @Test
    void shouldBeTrustedByPdfsigAndCarryTheAuditHeadInsideTheSignedBytes() throws Exception {
        SignedHead head = new SignedHead(7, "a".repeat(64), NoticeFixtures.ISSUED, "https://ledger.example",
                "quota-ledger-audit-head/v1\nseq: 7\n", new byte[]{1, 2, 3});
        PdfSigner rsa = new PdfSigner(SigningFixtures.RSA);
        byte[] signed = new NoticeTemplates(renderer).renderSigned(NoticeFixtures.employeeNotice("Sam Lee", "en"), rsa, head);
        Path pdf = Files.write(dir.resolve("signed.pdf"), signed);

        assertThat(ExternalTools.pdfsig(ExternalTools.nssDatabaseTrusting(dir, SigningFixtures.RSA), pdf))
                .contains("Signature is Valid.", "Certificate is Trusted.", "Total document signed");
        assertThat(ExternalTools.qpdfCheck(pdf).output()).contains("No syntax or stream encoding errors found");
        PdfReader reader = new PdfReader(signed);
        assertThat(reader.getInfo()).containsEntry(AuditHeads.PDF_STATEMENT_KEY, head.statement())
                .containsEntry(AuditHeads.PDF_SIGNATURE_KEY, "AQID");
        reader.close();
        assertThat(ExternalTools.pdftotext(pdf)).contains("Digitally signed by Acme Fulfillment LLC", "2026-03-02 08:00 PST");
    }

    /** The stamp draws with the template's own subsets: a Latin name adds no font, and the file stays small. */
    @Test
    void shouldEmbedNoFontOfItsOwnForALatinName() throws Exception {
        EmployeeNoticeModel model = NoticeFixtures.employeeNotice("Zoë Ångström-O'Neil", "en");
        byte[] stampedPdf = new NoticeTemplates(renderer).renderSigned(model, signer, null);
        Path whole = Files.write(dir.resolve("whole.pdf"), renderer.renderSigned(model, signer));
        Path stamped = Files.write(dir.resolve("stamped.pdf"), stampedPdf);

        assertThat(fontRows(stamped)).hasSize(2).isEqualTo(fontRows(whole));
        assertThat(boxes(stamped)).isEqualTo(boxes(whole));
        assertThat(stampedPdf.length).isLessThan(Files.readAllBytes(whole).length * 13 / 10);
    }

    private static List<String> fontRows(Path pdf) {
        return ExternalTools.run("pdffonts", pdf.toString()).output().lines().skip(2).filter(l -> !l.isBlank())
                .map(l -> l.replaceFirst("^[A-Z]{6}\\+", "").replaceAll("\\s+\\d+\\s+\\d+\\s*$", "")).toList();
    }

    /** New York asks for English and the employee's language: two sections, the name and number in each. */
    @Test
    void shouldStampBothSectionsOfATwoLanguageNotice() throws Exception {
        EmployeeNoticeModel m = NoticeFixtures.employeeNotice("Sam Lee", "es");
        EmployeeNoticeModel ny = new EmployeeNoticeModel(m.employerName(), m.facilityCode(), m.facilityName(),
                "1 Main St, Albany, NY 12207", "NY", m.employeeNumber(), m.employeeName(), "es", m.roleTitle(),
                m.descriptionVersion(), m.document(), m.issuedAt(), m.verificationCode(), m.verificationUrl());
        NoticeTemplates templates = new NoticeTemplates(renderer);

        Path whole = Files.write(dir.resolve("ny-whole.pdf"), renderer.renderSigned(ny, signer));
        Path stamped = Files.write(dir.resolve("ny-stamped.pdf"), templates.renderSigned(ny, signer, null));

        assertThat(templates.stamped()).isEqualTo(1);
        assertThat(new PdfReader(Files.readAllBytes(stamped)).getNumberOfPages()).isGreaterThan(1);
        assertThat(boxes(stamped)).isEqualTo(boxes(whole));
        assertThat(ExternalTools.pdftotext(stamped).split("Sam Lee", -1)).hasSize(3);
    }

    /** A name that only just fits, or not at all, is laid out whole: the template has one line for it. */
    @Test
    void shouldRenderWholeANameTooLongForTheTemplatesLine() throws Exception {
        NoticeTemplates templates = new NoticeTemplates(renderer);
        for (String name : List.of("María José Hernández Núñez", "Maximiliana Alexandra Wolfeschlegelsteinhausen-Bergerdorff")) {
            EmployeeNoticeModel model = NoticeFixtures.employeeNotice(name, "es");

            Path whole = Files.write(dir.resolve("whole.pdf"), renderer.renderSigned(model, signer));
            Path issued = Files.write(dir.resolve("issued.pdf"), templates.renderSigned(model, signer, null));

            assertThat(boxes(issued)).isEqualTo(boxes(whole));
        }
        assertThat(templates.renderedWhole()).isEqualTo(2);
        assertThat(templates.stamped()).isZero();
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static EmployeeNoticeModel employee(String name, String number, String code, String language) {
        EmployeeNoticeModel m = NoticeFixtures.employeeNotice(name, language);
        return new EmployeeNoticeModel(m.employerName(), m.facilityCode(), m.facilityName(), m.facilityAddress(),
                m.facilityState(), number, name, language, m.roleTitle(), m.descriptionVersion(), m.document(),
                m.issuedAt(), code, "https://quota.acme.example/verify/" + code);
    }

    /** pdftotext -bbox: every word with its box, rounded to a tenth of a point. */
    private static List<String> boxes(Path pdf) {
        ExternalTools.Result r = ExternalTools.run("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-");
        assertThat(r.exitCode()).as(r.output()).isZero();
        return r.output().lines().filter(l -> l.contains("<word")).map(l -> {
            var m = java.util.regex.Pattern.compile("xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*)</word>")
                    .matcher(l.strip());
            assertThat(m.find()).as(l).isTrue();
            return String.format(java.util.Locale.ROOT, "%.1f %.1f %.1f %.1f %s", Double.parseDouble(m.group(1)),
                    Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), m.group(5));
        }).toList();
    }
}
