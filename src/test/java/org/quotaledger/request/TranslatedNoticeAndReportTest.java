package org.quotaledger.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotaledger.notice.EmployeeNoticeRenderer;
import org.quotaledger.notice.NoticeFixtures;
import org.quotaledger.notice.NoticeText;
import org.quotaledger.notice.PdfChecks;
import org.quotaledger.signing.ExternalTools;
import org.quotaledger.workspeed.WorkSpeedViews.AggregateRow;
import org.quotaledger.workspeed.WorkSpeedViews.WorkSpeedRow;

/**
 * The two documents an employee is handed, in each language there is a bundle for: every font embedded, and the
 * translated words read back by pdftotext. Liberation Sans has no Chinese or Korean; a sentence that fell through the
 * fallback fonts would come back with holes, so the text round trip is the check that no glyph is missing.
 * The PDFs stay in target/translated/ to be looked at (pdftoppm -png -r 60).
 */
class TranslatedNoticeAndReportTest {

    private static final Path OUT = Path.of("target", "translated");
    private static final String NOTE = PdfChecks.compact(NoticeText.UNREVIEWED_NOTE);

    private final EmployeeNoticeRenderer renderer = new EmployeeNoticeRenderer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            zh-Hans; 员工工作定额通知|您的权利|离岗时间和休息|往返厕所|每小时120units|第1页，共; 工作速度数据报告|同一岗位员工的合并工作速度数据
            zh-Hant; 員工工作定額通知|您的權利|離崗時間和休息|往返廁所|每小時120units|第1頁，共; 工作速度資料報告|同一職位員工的合併工作速度資料
            vi; Thông báo định mức công việc|Quyền của quý vị|Đi đến và về từ nhà vệ sinh|120 units mỗi giờ; Báo cáo dữ liệu tốc độ làm việc|Dữ liệu tổng hợp về tốc độ làm việc của nhân viên cùng vị trí|1 bản ghi.
            ko; 직원 작업 할당량 안내문|귀하의 권리|화장실 오가기|시간당 120 units|1쪽 / 전체; 작업 속도 데이터 보고서|같은 직무 직원들의 합산 작업 속도 데이터
            ru; Уведомление о нормах выработки|Ваши права|Дорога в туалет и обратно|120 units за час|21 календ. дн.; Отчёт о данных скорости работы|Ср. вне работы
            uk; Повідомлення про норми виробітку|Ваші права|Дорога до туалету і назад|Інші обов’язкові дії; Звіт про дані швидкості роботи|Сер. поза роботою
            tl; Abiso sa Kota ng Empleyado|Ang iyong mga karapatan|Paggamit ng banyo|120 units bawat oras; Ulat ng work speed data|Pinagsamang work speed data ng mga empleyadong may parehong posisyon
            ht; Avi sou Kota pou Anplwaye|Dwa ou yo|Ale nan twalèt|120 units pa èdtan; Rapò done vitès travay|Mwayèn andeyò travay
            so; Ogeysiiska Kootada Shaqaalaha|Xuquuqdaada|Isticmaalka musqusha|120 units saacad kasta|Su’aalo ama cabashooyin; Warbixinta xogta xawaaraha shaqada|Celcelis ka baxsan
            es; Aviso de cuotas de trabajo|Sus derechos|Usar el baño; Informe de datos de ritmo de trabajo
            """)
    void shouldRenderTheNoticeAndReportWithEveryTranslatedCharacterAndEveryFontEmbedded(String language, String noticeWords,
                                                                                        String reportWords) throws IOException {
        Path notice = write("notice-" + language + ".pdf",
                renderer.render(NoticeFixtures.fixedTextNotice("Maria Hernández · 王芳 · 김민준", language)));
        Path report = write("report-" + language + ".pdf", report(language, NoticeText.Unreviewed.ALLOW));

        PdfChecks.assertEveryFontEmbedded(notice);
        PdfChecks.assertEveryFontEmbedded(report);
        String noticeText = PdfChecks.compactText(notice);
        String reportText = PdfChecks.compactText(report);
        assertThat(noticeText).contains(words(noticeWords))
                .as("the statute cited as written, and the footer's code not cut off").contains("§2104", "QL-7K3M-9XQ2")
                .as("no English left in the body").doesNotContain("Yourrights", "Timeofftaskandbreaks");
        assertThat(noticeText).as("the footer's verification text to its last word: a column cuts off what does not fit")
                .contains(tail(NoticeText.of("messages.notice", Locale.forLanguageTag(language), NoticeText.Unreviewed.ALLOW)
                        .get("verify.text", "https://quota.acme.example/verify/QL-7K3M-9XQ2", "QL-7K3M-9XQ2")));
        assertThat(ExternalTools.lines(ExternalTools.pdftotext(notice))).as("a line starting with closing punctuation")
                .noneMatch(line -> !line.isEmpty() && "。，、；：）".indexOf(line.charAt(0)) >= 0);
        assertThat(reportText).contains(words(reportWords)).doesNotContain("Workspeeddatareport");
    }

    @Test
    void shouldFootnoteAnUnreviewedTranslationInEnglishButNotTheEnglishText() throws IOException {
        assertThat(PdfChecks.compactText(write("footnote-notice-vi.pdf",
                renderer.render(NoticeFixtures.fixedTextNotice("Nguyễn Văn An", "vi"))))).contains(NOTE);
        assertThat(PdfChecks.compactText(write("footnote-report-vi.pdf", report("vi", NoticeText.Unreviewed.ALLOW))))
                .contains(NOTE);
        assertThat(PdfChecks.compactText(write("footnote-notice-en.pdf",
                renderer.render(NoticeFixtures.employeeNotice("Sam Lee", "en"))))).doesNotContain(NOTE);
        assertThat(PdfChecks.compactText(write("footnote-report-en.pdf", report("en", NoticeText.Unreviewed.ALLOW))))
                .doesNotContain(NOTE);
    }

    @Test
    void shouldWriteTheReportInEnglishWhenUnreviewedTranslationsAreNotToBeUsed() throws IOException {
        String text = PdfChecks.compactText(write("english-only-report-ko.pdf", report("ko", NoticeText.Unreviewed.ENGLISH)));

        assertThat(text).contains("Workspeeddatareport", "Aggregatedworkspeeddata").doesNotContain("작업", NOTE);
    }

    private static byte[] report(String language, NoticeText.Unreviewed unreviewed) {
        var subject = new WorkSpeedReport.Subject("Acme Fulfillment LLC", "ONT8", "Moreno Valley Fulfillment", "E-004512",
                "Maria Hernández", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 2),
                "RCW 49.84.037");
        var rows = List.of(new WorkSpeedRow("E-004512", LocalDate.of(2026, 2, 2), "units picked", new BigDecimal("1180"),
                540, 12, 30, 4, 6));
        var aggregate = List.of(new AggregateRow(LocalDate.of(2026, 2, 2), "units picked", 14, new BigDecimal("1102.5"),
                new BigDecimal("528.2"), new BigDecimal("47.9")));
        return WorkSpeedReport.pdf(subject, rows, aggregate, language, unreviewed);
    }

    private static String tail(String sentence) {
        String compact = PdfChecks.compact(sentence);
        return compact.substring(compact.length() - 12);
    }

    private static String[] words(String pipeSeparated) {
        return Arrays.stream(pipeSeparated.split("\\|")).map(PdfChecks::compact).toArray(String[]::new);
    }

    private static Path write(String name, byte[] pdf) throws IOException {
        return Files.write(Files.createDirectories(OUT).resolve(name), pdf);
    }
}
