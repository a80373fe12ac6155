package org.quotaledger.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.QuotaText;
import org.quotaledger.document.QuotaDocument.Translation;
import org.quotaledger.signing.ExternalTools;

/**
 * A notice in the employee's language carries the manager's own words in that language: the document's translation
 * replaces every text the manager wrote, and none of the English those words translate is left on the page.
 */
class TranslatedNoticeTest {

    @TempDir
    Path dir;

    static final Translation SPANISH = NoticeFixtures.SPANISH;

    @Test
    void aSpanishNoticeShowsEveryTextTheManagerWroteInSpanishAndNoneOfItsEnglish() throws Exception {
        QuotaDocument english = withTranslations(NoticeFixtures.pickerDocument(), null);
        QuotaDocument filed = withTranslations(english, Map.of("es", SPANISH));
        assertThat(filed.writtenIn("es")).as("every English text has its Spanish").isTrue();

        String text = text(new EmployeeNoticeRenderer().render(model(filed, "es")));

        assertThat(manager(filed.in("es"))).isNotEmpty().allSatisfy(spanish -> assertThat(text).contains(spanish));
        assertThat(manager(english)).isNotEmpty().allSatisfy(written -> assertThat(text).doesNotContain(written));
    }

    static final Translation RUSSIAN = new Translation("Сборщик заказов",
            List.of(new QuotaText("Норма отбора", "отобранные единицы", "единиц",
                            "Сканирования за продуктивный час, в среднем за смену",
                            List.of("Беседа с наставником после двух смен ниже нормы")),
                    new QuotaText("Время на задаче", "сканирование, отбор и переходы между ячейками", null,
                            "Минуты между сканированиями, без учёта перерывов, перечисленных ниже", List.of()),
                    new QuotaText("Выработка зоны", "единицы, отобранные зоной", null,
                            "Выработка зоны по сравнению со средней по складу за ту же смену", null)),
            List.of("Письменное предупреждение после пяти смен ниже нормы за 30 дней",
                    "Последнее письменное предупреждение после второго предупреждения за 90 дней"),
            List.of());

    /** N.Y. Lab. Law §781: English and the primary language, here in one signed document. */
    @Test
    void aNewYorkNoticeForARussianSpeakerCarriesTheEnglishAndTheRussianOfEveryQuotaInOneSignedPdf() throws Exception {
        QuotaDocument english = withTranslations(NoticeFixtures.pickerDocument(), null);
        QuotaDocument filed = withTranslations(english, Map.of("ru", RUSSIAN));
        EmployeeNoticeModel m = model(filed, "ru");
        EmployeeNoticeModel ny = new EmployeeNoticeModel(m.employerName(), "JFK8", "Staten Island Fulfillment",
                "546 Gulf Ave, Staten Island, NY 10314", "NY", m.employeeNumber(), "Ольга Иванова", "ru", m.roleTitle(),
                m.descriptionVersion(), filed, m.issuedAt(), m.verificationCode(), m.verificationUrl());

        byte[] signed = new EmployeeNoticeRenderer().renderSigned(ny, new org.quotaledger.signing.PdfSigner(
                org.quotaledger.signing.SigningFixtures.EC));
        String text = text(signed);

        assertThat(manager(english)).allSatisfy(written -> assertThat(text).contains(written));
        assertThat(manager(filed.in("ru"))).allSatisfy(russian -> assertThat(text).contains(russian));
        assertThat(text.indexOf("Pick rate")).as("English first").isLessThan(text.indexOf("Норма отбора"));
        Path pdf = Files.write(dir.resolve("ny-ru.pdf"), signed);
        // Kept for people reviewing the layout, like the browser suite's screenshots.
        Files.createDirectories(Path.of("target", "samples"));
        Files.write(Path.of("target", "samples", "notice-ny-en-ru.pdf"), signed);
        Path db = ExternalTools.nssDatabaseTrusting(dir, org.quotaledger.signing.SigningFixtures.EC);
        assertThat(ExternalTools.pdfsig(db, pdf)).contains("Signature is Valid.", "Total document signed");
        assertThat(NoticeLanguages.recorded("NY", "ru", filed)).isEqualTo("ru");
        assertThat(NoticeLanguages.sections("NY", "ru", english)).as("no Russian text: English only").containsExactly("en");
    }

    @Test
    void anEnglishNoticeOfTheSameDocumentKeepsTheEnglish() throws Exception {
        QuotaDocument filed = withTranslations(NoticeFixtures.pickerDocument(), Map.of("es", SPANISH));

        String text = text(new EmployeeNoticeRenderer().render(model(filed, "en")));

        assertThat(manager(filed)).allSatisfy(english -> assertThat(text).contains(english));
        assertThat(text).doesNotContain("Ritmo de preparación");
    }

    @Test
    void aTranslationLeavingATextOutIsNotTheDescriptionInThatLanguage() {
        Translation partial = new Translation(SPANISH.roleTitle(), SPANISH.quotas().subList(0, 2),
                SPANISH.adverseActions(), null);
        QuotaDocument filed = withTranslations(NoticeFixtures.pickerDocument(), Map.of("es", partial));

        assertThat(filed.writtenIn("es")).isFalse();
        assertThat(filed.writtenIn("es-MX")).as("a regional tag is served by its language").isFalse();
        assertThat(filed.untranslated(partial)).containsExactly("quotas[2].name", "quotas[2].task", "quotas[2].howMeasured");
        assertThat(NoticeLanguages.sections("CA", "es", filed)).as("never half Spanish, half English").containsExactly("en");
        QuotaDocument complete = withTranslations(filed, Map.of("es", SPANISH));
        assertThat(NoticeLanguages.sections("CA", "es", complete)).containsExactly("es");
        assertThat(NoticeLanguages.sections("CA", "ru", complete)).containsExactly("en");
        assertThat(NoticeLanguages.sections("NY", "es", complete)).as("NY: English and the primary language").containsExactly("en", "es");
    }

    /** The texts a manager writes, as the notice would print them (role title, quotas, consequences, incentives). */
    static List<String> manager(QuotaDocument d) {
        List<String> out = new ArrayList<>();
        out.add(d.role().title());
        for (QuotaDocument.Quota q : d.quotas()) {
            Stream.of(q.name(), q.task(), q.howMeasured()).filter(Objects::nonNull).forEach(out::add);
            if (q.adverseActions() != null) {
                out.addAll(q.adverseActions());
            }
        }
        out.addAll(d.adverseActions());
        return out;
    }

    static QuotaDocument withTranslations(QuotaDocument d, Map<String, Translation> translations) {
        return new QuotaDocument(d.schema(), d.jurisdiction(), d.facility(), d.role(), d.shift(), d.onCall(), d.effectiveDate(),
                d.languages(), d.employeeLanguages(), d.quotas(), d.timeOffTask(), d.breaksCountedAsProductive(),
                d.adverseActions(), d.incentiveProgram(), d.incentives(), d.rightsStatement(), translations);
    }

    private EmployeeNoticeModel model(QuotaDocument doc, String language) {
        EmployeeNoticeModel m = NoticeFixtures.employeeNotice("María José Hernández", language);
        return new EmployeeNoticeModel(m.employerName(), m.facilityCode(), m.facilityName(), m.facilityAddress(),
                m.facilityState(), m.employeeNumber(), m.employeeName(), language, m.roleTitle(), m.descriptionVersion(), doc,
                m.issuedAt(), m.verificationCode(), m.verificationUrl());
    }

    private String text(byte[] pdf) throws Exception {
        return ExternalTools.pdftotext(Files.write(Files.createTempFile(dir, "notice", ".pdf"), pdf)).replaceAll("\\s+", " ");
    }
}
