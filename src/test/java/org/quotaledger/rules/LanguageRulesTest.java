package org.quotaledger.rules;

import org.junit.jupiter.api.Test;
import org.quotaledger.document.QuotaDocument.Jurisdiction;
import org.quotaledger.rules.FacilityFacts.ActiveDescription;
import org.quotaledger.rules.FacilityFacts.Employee;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotaledger.rules.RuleFixtures.employee;

/**
 * Issue 14: each state's language rule judged from the roster's languages and the translations the description holds,
 * before anything is delivered. Employees here have received nothing yet, so only the description's text is judged.
 */
class LanguageRulesTest {

    private static final String DESCRIPTION = "description PICK v2";
    private final RulesEngine engine = new RulesEngine();

    /** A facility whose only description is {@code doc}, with {@code staff} on the roster and nothing delivered. */
    private List<Finding> check(RuleFixtures.Doc doc, Employee... staff) {
        ActiveDescription pick = new ActiveDescription("PICK", 2, doc.build(), RuleFixtures.EFFECTIVE, null);
        return engine.checkFacility(new FacilityFacts(doc.facility(), false, RuleFixtures.TODAY, List.of(pick), List.of(staff)));
    }

    private static Finding on(List<Finding> findings, String ruleId, String subject) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId) && subject.equals(f.subject())).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " has no finding on " + subject + ": "
                        + findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList()));
    }

    private static Employee hired(String number, String language) {
        return employee(number, LocalDate.of(2026, 6, 10), language);
    }

    @Test
    void oregonAsksWhichLanguageTheEmployerUsesWhereNoneIsRecorded() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.OR);
        Finding unrecorded = on(check(doc, hired("O1", "es"), hired("O2", null), hired("O3", null)), "OR-556-LANGUAGE", DESCRIPTION);
        assertThat(unrecorded.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(unrecorded.message()).contains("employees O2, O3", "ORS 653.556(2)").doesNotContain("O1");

        Finding recorded = on(check(doc, hired("O1", "es"), hired("O2", "en")), "OR-556-LANGUAGE", DESCRIPTION);
        assertThat(recorded.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void oregonFailsARecordedLanguageTheDescriptionLacksAndStillNamesTheUnrecorded() {
        Finding f = on(check(RuleFixtures.good(Jurisdiction.OR), hired("O1", "vi"), hired("O2", null)), "OR-556-LANGUAGE", DESCRIPTION);
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.message()).contains("vi (employee O1)", "No language is recorded for employee O2");
    }

    /** N.Y. Lab. Law §781: the employee identifies the language; none recorded means English, which is always given. */
    @Test
    void newYorkTakesAnUnrecordedLanguageAsNoneChosenBeyondEnglish() {
        Finding f = on(check(RuleFixtures.good(Jurisdiction.NY), hired("N1", null)), "NY-781-LANGUAGE", DESCRIPTION);
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
    }

    /** The acceptance check of issue 14: a NY description passes only once the Russian speakers' text exists. */
    @Test
    void newYorkPassesOnlyWhenTheRussianTextExistsForRussianSpeakersOnTheRoster() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.NY);
        Finding without = on(check(doc, hired("N1", "ru"), hired("N2", "ru"), hired("N3", "en")), "NY-781-LANGUAGE", DESCRIPTION);
        assertThat(without.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(without.message()).contains("not available in ru (employees N1, N2)").doesNotContain("N3");

        // Declared without its text is still not Russian.
        doc.languages = List.of("en", "es", "ru");
        doc.translations = java.util.Map.of();
        Finding hollow = on(check(doc, hired("N1", "ru")), "NY-781-LANGUAGE", DESCRIPTION);
        assertThat(hollow.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(hollow.message()).contains("no translations.ru");

        doc.translations = null;   // every declared language translated in full
        Finding with = on(check(doc, hired("N1", "ru"), hired("N2", "ru"), hired("N3", "en")), "NY-781-LANGUAGE", DESCRIPTION);
        assertThat(with.outcome()).isEqualTo(Outcome.PASS);
    }

    /** WAC 296-136-030(4): a top-six language is due at once; any other within the law's days, judged per delivery. */
    @Test
    void washingtonWantsTheTopSixAtOnceAndLeavesOtherLanguagesToTheirDays() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.WA);
        Finding russian = on(check(doc, hired("W1", "ru")), "WA-020-LANGUAGE-PLAIN", DESCRIPTION);
        assertThat(russian.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(russian.message()).contains("ru (employee W1)");

        Finding amharic = on(check(doc, hired("W2", "am")), "WA-020-LANGUAGE-PLAIN", DESCRIPTION);
        assertThat(amharic.outcome()).isEqualTo(Outcome.PASS);
        assertThat(amharic.message()).contains("am (15 days");
    }

    @Test
    void aDocumentCheckedAloneIsJudgedOnTheLanguagesItDeclares() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.OR);
        doc.employeeLanguages = List.of();
        List<Finding> alone = engine.check(doc.build());
        assertThat(alone.stream().filter(f -> f.ruleId().equals("OR-556-LANGUAGE")).findFirst().orElseThrow().outcome())
                .isEqualTo(Outcome.NEEDS_REVIEW);
    }
}
