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

    static final Translation SPANISH = new Translation("Preparador de pedidos",
            List.of(new QuotaText("Ritmo de preparación", "unidades preparadas", "unidades",
                            "Escaneos por hora productiva, promediados en el turno",
                            List.of("Conversación de orientación tras dos turnos por debajo del ritmo")),
                    new QuotaText("Tiempo en tarea", "escanear, preparar y caminar entre ubicaciones", null,
                            "Minutos entre escaneos, sin contar las actividades de tiempo fuera de tarea", List.of()),
                    new QuotaText("Rendimiento de la zona", "unidades preparadas por la zona", null,
                            "Producción de la zona comparada con el promedio del sitio en el mismo turno", null)),
            List.of("Advertencia por escrito tras cinco turnos por debajo del ritmo en 30 días",
                    "Advertencia final por escrito tras una segunda advertencia en 90 días"),
            List.of());

    @Test
    void aSpanishNoticeShowsEveryTextTheManagerWroteInSpanishAndNoneOfItsEnglish() throws Exception {
        QuotaDocument english = NoticeFixtures.pickerDocument();
        QuotaDocument filed = withTranslations(english, Map.of("es", SPANISH));
        assertThat(filed.writtenIn("es")).as("every English text has its Spanish").isTrue();

        String text = text(new EmployeeNoticeRenderer().render(model(filed, "es")));

        assertThat(manager(filed.in("es"))).isNotEmpty().allSatisfy(spanish -> assertThat(text).contains(spanish));
        assertThat(manager(english)).isNotEmpty().allSatisfy(written -> assertThat(text).doesNotContain(written));
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
        assertThat(NoticeService.noticeLanguage("es", filed)).as("never half Spanish, half English").isEqualTo("en");
        assertThat(NoticeService.noticeLanguage("es", withTranslations(filed, Map.of("es", SPANISH)))).isEqualTo("es");
        assertThat(NoticeService.noticeLanguage("ru", withTranslations(filed, Map.of("es", SPANISH)))).isEqualTo("en");
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
