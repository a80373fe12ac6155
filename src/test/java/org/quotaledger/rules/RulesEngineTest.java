package org.quotaledger.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.CollectiveBargaining;
import org.quotaledger.document.QuotaDocument.Jurisdiction;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
import org.quotaledger.document.QuotaDocument.TimeOffTask;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RulesEngineTest {

    private final RulesEngine engine = new RulesEngine(RulePacks.standard(),
            Clock.fixed(RuleFixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private List<Finding> check(RuleFixtures.Doc doc) {
        return engine.check(doc.build());
    }

    private static Finding only(List<Finding> findings, String ruleId) {
        List<Finding> matching = findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(matching).as(ruleId).hasSize(1);
        return matching.getFirst();
    }

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void aDocumentGetsOneFindingPerRuleAndOnePerQuotaForPerQuotaRules(Jurisdiction j) {
        RuleFixtures.Doc doc = RuleFixtures.good(j);
        doc.quotas.add(RuleFixtures.pickRate());
        List<Finding> findings = check(doc);
        RulePack pack = RulePacks.standard().pack(j.name()).orElseThrow();
        Map<String, Long> perRule = findings.stream().collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
        assertThat(perRule.keySet()).containsExactlyInAnyOrderElementsOf(pack.ruleIds());
        findings.stream().filter(f -> f.subject() != null).forEach(f ->
                assertThat(f.subject()).isIn("quotas[0]", "quotas[1]", "timeOffTask"));
        perRule.forEach((id, n) -> assertThat(n).as(id).isIn(1L, 2L));
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).doesNotStartWith("Could not evaluate"));
    }

    @Test
    void aMissingQuantityFailsTheQuantityRuleOnThatQuota() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.CA).quota(q -> q.set(b -> { b.quantity = null; return b; }));
        Finding f = only(check(doc), "CA-2101-CONTENT-QUANTITY");
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.subject()).isEqualTo("quotas[0]");
        assertThat(f.citation()).isEqualTo("Cal. Lab. Code §2101");
        assertThat(f.remedy()).isNotBlank();
    }

    @Test
    void aPeerRankingNeedsAPersonToSayWhetherItIsAQuota() {
        Finding f = only(check(RuleFixtures.relative(Jurisdiction.CA)), "CA-2100-DEF-QUOTA");
        assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(f.message()).contains("Question:");
    }

    @Test
    void aPeriodLongerThanTheShiftNeedsReview() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.CA).quota(q -> q.set(b -> { b.period = Duration.ofHours(12); return b; }));
        assertThat(only(check(doc), "CA-2100-DEF-TIMEPERIOD").outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void trackingTimeOffTaskWithoutExcludingBathroomFailsOnlyTheBathroomRule() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.CA);
        EnumSet<ProtectedActivity> excluded = EnumSet.allOf(ProtectedActivity.class);
        excluded.remove(ProtectedActivity.BATHROOM);
        doc.timeOffTask = new TimeOffTask(true, Duration.ofMinutes(30), List.copyOf(excluded));
        List<Finding> findings = check(doc);
        assertThat(only(findings, "CA-2102-NO-PREVENT-BATHROOM").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(only(findings, "CA-2102-NO-PREVENT-MEAL-REST").outcome()).isEqualTo(Outcome.PASS);
        assertThat(only(findings, "CA-2103-TOT-SAFETY-IS-PRODUCTIVE").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void breaksCountedAsProductiveFailTheMealAndRestRules() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.CA);
        doc.breaksCountedAsProductive = true;
        List<Finding> findings = check(doc);
        assertThat(only(findings, "CA-2102-NO-PREVENT-MEAL-REST").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(only(findings, "CA-2103-BREAKS-NOT-PRODUCTIVE").outcome()).isEqualTo(Outcome.FAIL);
    }

    @ParameterizedTest
    @EnumSource(value = Jurisdiction.class, names = {"CA", "NY", "WA", "MN", "OR"})
    void farmProductWarehousingIsOutsideEveryStateLaw(Jurisdiction j) {
        RuleFixtures.Doc doc = RuleFixtures.bad(j);
        doc.naics = "493130";
        assertThat(check(doc)).isNotEmpty().allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.N_A));
    }

    @ParameterizedTest
    @EnumSource(value = Jurisdiction.class, names = {"CA", "NY", "WA", "OR"})
    void ninetyNineAtTheSiteAnd999StatewideIsBelowTheThreshold(Jurisdiction j) {
        RuleFixtures.Doc doc = RuleFixtures.bad(j);
        doc.site = 99;
        doc.statewide = 999;
        List<Finding> findings = check(doc);
        assertThat(findings).allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.N_A));
        assertThat(findings).filteredOn(f -> !f.ruleId().contains("COVER"))
                .allSatisfy(f -> assertThat(f.message()).contains("does not apply"));
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 249})
    void minnesotaNeeds250AtTheSite(int site) {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.MN);
        doc.site = site;
        doc.statewide = 999;
        assertThat(only(check(doc), "MN-COVER-THRESHOLD").outcome()).isEqualTo(Outcome.N_A);
        doc.site = 250;
        assertThat(only(check(doc), "MN-COVER-THRESHOLD").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void couriersAreCoveredInNewYorkAndMinnesotaButNotInCalifornia() {
        for (Jurisdiction j : List.of(Jurisdiction.NY, Jurisdiction.MN, Jurisdiction.CA, Jurisdiction.WA)) {
            RuleFixtures.Doc doc = RuleFixtures.good(j);
            doc.naics = "492110";
            String rule = RulePacks.standard().pack(j.name()).orElseThrow().entries().stream()
                    .filter(e -> e.coverage() && e.id().contains("NAICS")).findFirst().orElseThrow().id();
            Outcome expected = j == Jurisdiction.NY || j == Jurisdiction.MN ? Outcome.PASS : Outcome.N_A;
            assertThat(only(check(doc), rule).outcome()).as(j.name()).isEqualTo(expected);
        }
    }

    @Test
    void oregonExemptsAQualifyingCollectiveBargainingAgreementFromEveryRule() {
        RuleFixtures.Doc doc = RuleFixtures.bad(Jurisdiction.OR);
        doc.cba = new CollectiveBargaining(true, true, true);
        List<Finding> findings = check(doc);
        assertThat(findings).allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.N_A));
        assertThat(only(findings, "OR-556-CONTENT").message()).contains("does not apply").contains("CBA");
    }

    @ParameterizedTest
    @EnumSource(value = Jurisdiction.class, names = {"NY", "WA"})
    void aDescriptionMissingAnEmployeeLanguageFails(Jurisdiction j) {
        RuleFixtures.Doc doc = RuleFixtures.good(j);
        doc.employeeLanguages = List.of("en", "es", "vi");
        String rule = j == Jurisdiction.NY ? "NY-781-LANGUAGE" : "WA-020-LANGUAGE-PLAIN";
        Finding f = only(check(doc), rule);
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.message()).contains("vi");
    }

    @Test
    void newYorkCountsALanguageOnlyWhereTheDocumentHoldsItsText() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.NY);
        doc.languages = List.of("en", "ru");
        doc.employeeLanguages = List.of("en", "ru");
        assertThat(only(check(doc), "NY-781-LANGUAGE").outcome()).as("every text translated").isEqualTo(Outcome.PASS);

        // Declared, but no Russian text: the Russian speaker could read nothing of it.
        doc.translations = Map.of();
        Finding declaredOnly = only(check(doc), "NY-781-LANGUAGE");
        assertThat(declaredOnly.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(declaredOnly.message()).contains("ru", "no translations.ru");

        // A translation that leaves how the quota is measured in English is not the description in Russian.
        var q = doc.quotas.getFirst();
        doc.translations = Map.of("ru", new QuotaDocument.Translation("Сборщик",
                List.of(new QuotaDocument.QuotaText("Норма отбора", q.task() == null ? null : "отобранные единицы",
                        q.unit() == null ? null : "единиц", null,
                        q.adverseActions() == null ? null : q.adverseActions().stream().map(a -> "беседа").toList())),
                doc.adverseActions.stream().map(a -> "письменное предупреждение").toList(), List.of()));
        Finding partial = only(check(doc), "NY-781-LANGUAGE");
        assertThat(partial.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(partial.message()).contains("translations.ru lacks quotas[0].howMeasured");
    }

    @Test
    void regionalLanguageTagsCoverTheirLanguage() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.NY);
        doc.languages = List.of("en-US", "es-MX");
        assertThat(only(check(doc), "NY-781-LANGUAGE").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void washingtonFailsAnIncentiveProgramThatIsNotDescribed() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.WA);
        doc.incentiveProgram = true;
        doc.incentives = List.of();
        assertThat(only(check(doc), "WA-020-CONTENT-INCENTIVES").outcome()).isEqualTo(Outcome.FAIL);
        doc.incentives = List.of("$0.10 per unit above 120 units per hour");
        assertThat(only(check(doc), "WA-020-CONTENT-INCENTIVES").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aDocumentEffectiveBeforeTheLawTookEffectIsNotAssessedUnderIt() {
        RuleFixtures.Doc doc = RuleFixtures.bad(Jurisdiction.WA);
        doc.effectiveDate = LocalDate.of(2024, 3, 1);
        List<Finding> findings = check(doc);
        assertThat(findings).allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.N_A));
        assertThat(only(findings, "WA-020-CONTENT-ADVERSE").message()).contains("2024-07-01");
    }

    @Test
    void newYorksInjuryReductionProgramAppliesFromJune2025() {
        FacilityFacts facts = RuleFixtures.badFacility(Jurisdiction.NY);
        FacilityFacts before = new FacilityFacts(facts.facility(), false, LocalDate.of(2025, 5, 31), facts.descriptions(),
                facts.employees(), facts.requests(), facts.adverseActions(), facts.complaints(), facts.records());
        assertThat(only(engine.checkFacility(before), "NY-789-IRP-ESTABLISH").outcome()).isEqualTo(Outcome.N_A);
        assertThat(only(engine.checkFacility(facts), "NY-789-IRP-ESTABLISH").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void recordsRulesSayWhyTheyDoNotApplyToADocument() {
        assertThat(only(check(RuleFixtures.good(Jurisdiction.CA)), "CA-2104-DEADLINE-21D"))
                .returns(Outcome.N_A, Finding::outcome)
                .returns(Rules.ON_RECORDS, Finding::message);
    }

    @Test
    void aDocumentWithoutEffectiveDateIsCheckedOnTheEnginesClock() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.NY);
        doc.effectiveDate = null;
        assertThat(only(check(doc), "NY-781-CONTENT-QUANTITY").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void findingsSerialiseInTheShapeOfTheSpec() throws Exception {
        Finding finding = only(check(RuleFixtures.bad(Jurisdiction.CA)), "CA-2101-CONTENT-QUANTITY");
        JsonNode json = new ObjectMapper().valueToTree(finding);
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("ruleId", "outcome", "severity", "citation", "message", "remedy", "subject");
        assertThat(json.get("outcome").asText()).isEqualTo("FAIL");
        assertThat(json.get("subject").asText()).isEqualTo("quotas[0]");
        JsonNode na = new ObjectMapper().valueToTree(only(check(RuleFixtures.good(Jurisdiction.CA)), "CA-2104-FEE"));
        assertThat(na.get("outcome").asText()).isEqualTo("N_A");
        assertThat(na.get("subject").isNull()).isTrue();
    }

    @Test
    void aDocumentFromTheSpecExampleParsesAndPassesItsContentRules() throws Exception {
        String json = """
                {"schema":"quota-description/v1","jurisdiction":"CA",
                 "facility":{"code":"ONT8","state":"CA","naicsCode":"493110","siteNonexemptHeadcount":1450,
                             "statewideNonexemptHeadcount":9800},
                 "role":{"code":"PICK"},"shift":"PT10H","effectiveDate":"2026-03-02",
                 "quotas":[{"name":"Pick rate","kind":"COUNT","quantity":120,"unit":"units","period":"PT1H",
                            "adverseActions":["Coaching"]}],
                 "breaksCountedAsProductive":false}
                """;
        QuotaDocument doc = new ObjectMapper().findAndRegisterModules().readValue(json, QuotaDocument.class);
        List<Finding> findings = engine.check(doc);
        assertThat(only(findings, "CA-2101-CONTENT-QUANTITY").outcome()).isEqualTo(Outcome.PASS);
        assertThat(only(findings, "CA-2101-CONTENT-TIMEPERIOD").outcome()).isEqualTo(Outcome.PASS);
        assertThat(only(findings, "CA-2102-NO-PREVENT-BATHROOM").outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void aDocumentWithoutQuotasOrOptionalBlocksIsCheckedWithoutErrors() {
        for (Jurisdiction j : Jurisdiction.values()) {
            RuleFixtures.Doc doc = RuleFixtures.good(j);
            QuotaDocument sparse = new QuotaDocument(QuotaDocument.SCHEMA, j, doc.facility(),
                    new QuotaDocument.RoleRef("PICK", null), null, null, null, null, null, null, null, null, null,
                    null, null, null);
            assertThat(engine.check(sparse)).as(j.name()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.message()).doesNotStartWith("Could not evaluate"));
        }
    }

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void facilityChecksEvaluateEveryRuleWithoutErrors(Jurisdiction j) {
        for (FacilityFacts facts : List.of(RuleFixtures.goodFacility(j), RuleFixtures.badFacility(j))) {
            List<Finding> findings = engine.checkFacility(facts);
            assertThat(findings).allSatisfy(f -> assertThat(f.message()).doesNotStartWith("Could not evaluate"));
            assertThat(findings.stream().map(Finding::ruleId).distinct())
                    .containsAll(RulePacks.standard().pack(j.name()).orElseThrow().ruleIds());
        }
    }

    @Test
    void illinoisGetsOnlyItsStatusNote() {
        var il = new QuotaDocument.FacilityBlock("CHI1", null, "IL", "493110", 500, 500, null);
        List<Finding> findings = engine.checkFacility(new FacilityFacts(il, false, RuleFixtures.TODAY, List.of(), List.of()));
        assertThat(findings).extracting(Finding::ruleId).containsExactly("IL-STATUS-NOT-LAW");
    }

    @Test
    void theFederalPackRunsOnlyForFacilitiesThatOptIn() {
        FacilityFacts optedIn = RuleFixtures.goodFacility(Jurisdiction.US);
        FacilityFacts notOptedIn = RuleFixtures.goodFacility(Jurisdiction.CA);
        assertThat(engine.checkFacility(optedIn)).anyMatch(f -> f.ruleId().startsWith("FED-"));
        assertThat(engine.checkFacility(notOptedIn)).noneMatch(f -> f.ruleId().startsWith("FED-"));
        assertThat(Arrays.stream(Outcome.values()).map(Enum::name)).contains("N_A");
    }
}
