package org.quotaledger.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotaledger.document.QuotaDocument.CollectiveBargaining;
import org.quotaledger.document.QuotaDocument.FacilityBlock;
import org.quotaledger.document.QuotaDocument.Jurisdiction;
import org.quotaledger.document.QuotaDocument.TimeOffTask;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's "Check" column as a table: for every rule id, a scenario where it passes and one where
 * it fails, needs review, is pending or does not apply. The last test makes sure no rule is left with a
 * single case.
 */
class CatalogueCasesTest {

    private static final RulesEngine ENGINE = new RulesEngine();

    /** Rules that only inform and therefore always say N/A. */
    private static final Set<String> INFORMATIONAL = Set.of("CA-2100-DEF-WSD", "CA-2107-LC-ENFORCEMENT", "OR-GAPS",
            "FED-DATA-MINIMIZATION", "FED-POSTING-AND-BREAKS", "IL-STATUS-NOT-LAW");

    /** Scenarios that only show coverage gating; they do not count as a rule's own second case. */
    private static final Set<String> GATING = Set.of("out", "small");

    private static final String[] CASES = {
            // California, Lab. Code §§2100–2108
            "CA|good|CA-2100-COVER-NAICS|PASS", "CA|out|CA-2100-COVER-NAICS|N_A",
            "CA|good|CA-2100-COVER-THRESHOLD|PASS", "CA|small|CA-2100-COVER-THRESHOLD|N_A",
            "CA|good|CA-2100-COVER-EMPLOYEE|PASS", "CA|emptyFacility|CA-2100-COVER-EMPLOYEE|N_A",
            "CA|good|CA-2100-DEF-QUOTA|PASS", "CA|relative|CA-2100-DEF-QUOTA|NEEDS_REVIEW",
            "CA|good|CA-2100-DEF-TIMEPERIOD|PASS", "CA|weekly|CA-2100-DEF-TIMEPERIOD|NEEDS_REVIEW",
            "CA|good|CA-2100-DEF-WSD|N_A",
            "CA|goodFacility|CA-2101-TIMING-HIRE|PASS", "CA|badFacility|CA-2101-TIMING-HIRE|FAIL",
            "CA|good|CA-2101-TIMING-HIRE|N_A",
            "CA|goodFacility|CA-2101-CONTENT-EACH-QUOTA|PASS", "CA|badFacility|CA-2101-CONTENT-EACH-QUOTA|FAIL",
            "CA|good|CA-2101-CONTENT-QUANTITY|PASS", "CA|bad|CA-2101-CONTENT-QUANTITY|FAIL",
            "CA|relative|CA-2101-CONTENT-QUANTITY|NEEDS_REVIEW",
            "CA|good|CA-2101-CONTENT-TIMEPERIOD|PASS", "CA|bad|CA-2101-CONTENT-TIMEPERIOD|FAIL",
            "CA|good|CA-2101-CONTENT-ADVERSE|PASS", "CA|bad|CA-2101-CONTENT-ADVERSE|FAIL",
            "CA|vague|CA-2101-CONTENT-ADVERSE|NEEDS_REVIEW",
            "CA|good|CA-2101-FORM-WRITTEN|PASS", "CA|badFacility|CA-2101-FORM-WRITTEN|FAIL",
            "CA|goodFacility|CA-2101-CHANGE-REISSUE|PASS", "CA|badFacility|CA-2101-CHANGE-REISSUE|NEEDS_REVIEW",
            "CA|good|CA-2102-NO-PREVENT-MEAL-REST|PASS", "CA|bad|CA-2102-NO-PREVENT-MEAL-REST|FAIL",
            "CA|good|CA-2102-NO-PREVENT-BATHROOM|PASS", "CA|bad|CA-2102-NO-PREVENT-BATHROOM|FAIL",
            "CA|good|CA-2102-NO-PREVENT-HS|NEEDS_REVIEW", "CA|bad|CA-2102-NO-PREVENT-HS|FAIL",
            "CA|goodFacility|CA-2102-ADVERSE-UNDISCLOSED|PASS", "CA|badFacility|CA-2102-ADVERSE-UNDISCLOSED|FAIL",
            "CA|goodFacility|CA-2102-ADVERSE-NONCOMPLIANT-QUOTA|PASS",
            "CA|badFacility|CA-2102-ADVERSE-NONCOMPLIANT-QUOTA|FAIL",
            "CA|good|CA-2103-TOT-SAFETY-IS-PRODUCTIVE|PASS", "CA|bad|CA-2103-TOT-SAFETY-IS-PRODUCTIVE|FAIL",
            "CA|noTimeOffTask|CA-2103-TOT-SAFETY-IS-PRODUCTIVE|NEEDS_REVIEW",
            "CA|good|CA-2103-BREAKS-NOT-PRODUCTIVE|PASS", "CA|bad|CA-2103-BREAKS-NOT-PRODUCTIVE|FAIL",
            "CA|onCall|CA-2103-BREAKS-NOT-PRODUCTIVE|PASS",
            "CA|goodFacility|CA-2104-REQUEST-INTAKE|PASS", "CA|emptyFacility|CA-2104-REQUEST-INTAKE|N_A",
            "CA|goodFacility|CA-2104-SCOPE-CURRENT|PASS", "CA|badFacility|CA-2104-SCOPE-CURRENT|FAIL",
            "CA|goodFacility|CA-2104-SCOPE-FORMER|PASS", "CA|badFacility|CA-2104-SCOPE-FORMER|FAIL",
            "CA|badFacility|CA-2104-FORMER-ONE-REQUEST|PASS", "CA|emptyFacility|CA-2104-FORMER-ONE-REQUEST|N_A",
            "CA|goodFacility|CA-2104-DEADLINE-21D|PASS", "CA|badFacility|CA-2104-DEADLINE-21D|FAIL",
            "CA|noQuotas|CA-2104-NO-MONITORING-EXEMPTION|PASS", "CA|good|CA-2104-NO-MONITORING-EXEMPTION|N_A",
            "CA|goodFacility|CA-2104-FEE|PASS", "CA|badFacility|CA-2104-FEE|NEEDS_REVIEW",
            "CA|goodFacility|CA-2105-RETALIATION-PRESUMPTION-90D|PASS",
            "CA|badFacility|CA-2105-RETALIATION-PRESUMPTION-90D|NEEDS_REVIEW",
            "CA|good|CA-2107-LC-ENFORCEMENT|N_A",
            "CA|goodFacility|CA-2107-INJURY-RATE-TRIGGER|PASS", "CA|badFacility|CA-2107-INJURY-RATE-TRIGGER|NEEDS_REVIEW",
            "CA|good|CA-2108-INJUNCTION-EXPOSURE|PASS", "CA|bad|CA-2108-INJUNCTION-EXPOSURE|NEEDS_REVIEW",
            "CA|goodFacility|CA-PENALTY-2699F|PASS", "CA|badFacility|CA-PENALTY-2699F|NEEDS_REVIEW",
            // New York, Labor Law §§780–789
            "NY|good|NY-780-COVER-THRESHOLD|PASS", "NY|small|NY-780-COVER-THRESHOLD|N_A",
            "NY|good|NY-780-COVER-NAICS|PASS", "NY|out|NY-780-COVER-NAICS|N_A",
            "NY|good|NY-780-COVER-EMPLOYEE|PASS", "NY|noQuotas|NY-780-COVER-EMPLOYEE|N_A",
            "NY|good|NY-780-DEF-QUOTA|PASS", "NY|bad|NY-780-DEF-QUOTA|FAIL", "NY|relative|NY-780-DEF-QUOTA|NEEDS_REVIEW",
            "NY|goodFacility|NY-781-TIMING-HIRE|PASS", "NY|badFacility|NY-781-TIMING-HIRE|FAIL",
            "NY|good|NY-781-CONTENT-QUANTITY|PASS", "NY|bad|NY-781-CONTENT-QUANTITY|FAIL",
            "NY|good|NY-781-CONTENT-TIMEPERIOD|PASS", "NY|bad|NY-781-CONTENT-TIMEPERIOD|FAIL",
            "NY|good|NY-781-CONTENT-ADVERSE|PASS", "NY|bad|NY-781-CONTENT-ADVERSE|FAIL",
            "NY|goodFacility|NY-781-CHANGE-2BD|PASS", "NY|badFacility|NY-781-CHANGE-2BD|FAIL",
            "NY|goodFacility|NY-781-ADVERSE-GIVE-QUOTA|PASS", "NY|badFacility|NY-781-ADVERSE-GIVE-QUOTA|FAIL",
            "NY|good|NY-781-LANGUAGE|PASS", "NY|bad|NY-781-LANGUAGE|FAIL", "NY|noEnglish|NY-781-LANGUAGE|FAIL",
            "NY|badFacility|NY-781-LANGUAGE|FAIL",
            "NY|good|NY-782-NO-PREVENT-BREAKS-BATHROOM|PASS", "NY|bad|NY-782-NO-PREVENT-BREAKS-BATHROOM|FAIL",
            "NY|goodFacility|NY-782-ADVERSE-BARS|PASS", "NY|badFacility|NY-782-ADVERSE-BARS|FAIL",
            "NY|good|NY-783-BREAKS-NOT-PRODUCTIVE|PASS", "NY|bad|NY-783-BREAKS-NOT-PRODUCTIVE|FAIL",
            "NY|goodFacility|NY-784-RECORDS-3Y|PASS", "NY|badFacility|NY-784-RECORDS-3Y|FAIL",
            "NY|goodFacility|NY-785-REQUEST-DESCRIPTION-ANYTIME|PASS",
            "NY|badFacility|NY-785-REQUEST-DESCRIPTION-ANYTIME|FAIL",
            "NY|goodFacility|NY-785-REQUEST-DATA|PASS", "NY|badFacility|NY-785-REQUEST-DATA|FAIL",
            "NY|goodFacility|NY-785-FREE-AND-FORMER-ONE|PASS", "NY|badFacility|NY-785-FREE-AND-FORMER-ONE|FAIL",
            "NY|goodFacility|NY-785-DEADLINE-14D|PASS", "NY|badFacility|NY-785-DEADLINE-14D|FAIL",
            "NY|goodFacility|NY-785-LANGUAGE|PASS", "NY|badFacility|NY-785-LANGUAGE|FAIL",
            "NY|goodFacility|NY-786-RETALIATION-PRESUMPTION-90D|PASS",
            "NY|badFacility|NY-786-RETALIATION-PRESUMPTION-90D|NEEDS_REVIEW",
            "NY|goodFacility|NY-787-PENALTIES|PASS", "NY|badFacility|NY-787-PENALTIES|NEEDS_REVIEW",
            "NY|goodFacility|NY-789-IRP-ESTABLISH|PASS", "NY|badFacility|NY-789-IRP-ESTABLISH|FAIL",
            "NY|goodFacility|NY-789-EVALUATION|PASS", "NY|badFacility|NY-789-EVALUATION|FAIL",
            "NY|goodFacility|NY-789-EVAL-ACCESS-1BD|PASS", "NY|badFacility|NY-789-EVAL-ACCESS-1BD|FAIL",
            // Washington, ch. 49.84 RCW
            "WA|good|WA-010-COVER-THRESHOLD|PASS", "WA|small|WA-010-COVER-THRESHOLD|N_A",
            "WA|good|WA-010-COVER-NAICS|PASS", "WA|out|WA-010-COVER-NAICS|N_A",
            "WA|good|WA-010-COVER-EMPLOYEE|PASS", "WA|emptyFacility|WA-010-COVER-EMPLOYEE|N_A",
            "WA|good|WA-010-DEF-QUOTA|PASS", "WA|bad|WA-010-DEF-QUOTA|FAIL",
            "WA|goodFacility|WA-020-TIMING-HIRE|PASS", "WA|badFacility|WA-020-TIMING-HIRE|FAIL",
            "WA|good|WA-020-CONTENT-QUANTITY-TIME|PASS", "WA|bad|WA-020-CONTENT-QUANTITY-TIME|FAIL",
            "WA|good|WA-020-CONTENT-ADVERSE|PASS", "WA|bad|WA-020-CONTENT-ADVERSE|FAIL",
            "WA|good|WA-020-CONTENT-INCENTIVES|PASS", "WA|bad|WA-020-CONTENT-INCENTIVES|FAIL",
            "WA|good|WA-020-CONTENT-RIGHTS-NOTICE|PASS", "WA|bad|WA-020-CONTENT-RIGHTS-NOTICE|FAIL",
            "WA|goodFacility|WA-020-CHANGE-NOTICE-BEFORE|PASS", "WA|badFacility|WA-020-CHANGE-NOTICE-BEFORE|FAIL",
            "WA|goodFacility|WA-020-CHANGE-WRITTEN-2BD|PASS", "WA|badFacility|WA-020-CHANGE-WRITTEN-2BD|FAIL",
            "WA|goodFacility|WA-020-ADVERSE-PROVIDE-DATA|PASS", "WA|badFacility|WA-020-ADVERSE-PROVIDE-DATA|FAIL",
            "WA|good|WA-020-LANGUAGE-PLAIN|PASS", "WA|bad|WA-020-LANGUAGE-PLAIN|FAIL",
            "WA|good|WA-025-TIME-ALLOWANCES|PASS", "WA|bad|WA-025-TIME-ALLOWANCES|FAIL",
            "WA|goodFacility|WA-030-LABOR-VIOLATION-AND-ADVERSE-BAR|PASS",
            "WA|bad|WA-030-LABOR-VIOLATION-AND-ADVERSE-BAR|FAIL",
            "WA|badFacility|WA-030-LABOR-VIOLATION-AND-ADVERSE-BAR|FAIL",
            "WA|good|WA-032-WISHA-VIOLATION|PASS", "WA|bad|WA-032-WISHA-VIOLATION|FAIL",
            "WA|goodFacility|WA-035-RECORDS|PASS", "WA|badFacility|WA-035-RECORDS|FAIL",
            "WA|goodFacility|WA-037-REQUEST-CURRENT|PASS", "WA|badFacility|WA-037-REQUEST-CURRENT|FAIL",
            "WA|goodFacility|WA-037-REQUEST-FORMER|PASS", "WA|badFacility|WA-037-REQUEST-FORMER|FAIL",
            "WA|goodFacility|WA-037-DEADLINES-AND-COST|PASS", "WA|badFacility|WA-037-DEADLINES-AND-COST|FAIL",
            "WA|goodFacility|WA-RETALIATION-90D|PASS", "WA|badFacility|WA-RETALIATION-90D|NEEDS_REVIEW",
            "WA|goodFacility|WA-ENFORCEMENT-PENALTIES|PASS", "WA|badFacility|WA-ENFORCEMENT-PENALTIES|NEEDS_REVIEW",
            // Minnesota, Stat. §182.6526
            "MN|good|MN-COVER-THRESHOLD|PASS", "MN|small|MN-COVER-THRESHOLD|N_A",
            "MN|good|MN-COVER-NAICS|PASS", "MN|out|MN-COVER-NAICS|N_A",
            "MN|good|MN-COVER-EMPLOYEE|PASS", "MN|emptyFacility|MN-COVER-EMPLOYEE|N_A",
            "MN|good|MN-DEF-QUOTA|PASS", "MN|relative|MN-DEF-QUOTA|NEEDS_REVIEW",
            "MN|good|MN-DESCRIPTION-CONTENT|PASS", "MN|bad|MN-DESCRIPTION-CONTENT|FAIL",
            "MN|goodFacility|MN-DESCRIPTION-TIMING|PASS", "MN|badFacility|MN-DESCRIPTION-TIMING|FAIL",
            "MN|goodFacility|MN-REQUEST-RIGHTS|PASS", "MN|badFacility|MN-REQUEST-RIGHTS|NEEDS_REVIEW",
            "MN|goodFacility|MN-RETALIATION|PASS", "MN|badFacility|MN-RETALIATION|NEEDS_REVIEW",
            "MN|goodFacility|MN-SAFETY-COMMITTEE-MONTHLY|PASS", "MN|badFacility|MN-SAFETY-COMMITTEE-MONTHLY|FAIL",
            // Oregon, ORS 653.556–653.557
            "OR|good|OR-COVER-THRESHOLD|PASS", "OR|small|OR-COVER-THRESHOLD|N_A",
            "OR|good|OR-COVER-NAICS-EXCLUSIONS|PASS", "OR|out|OR-COVER-NAICS-EXCLUSIONS|N_A",
            "OR|courier|OR-COVER-NAICS-EXCLUSIONS|N_A",
            "OR|good|OR-COVER-EMPLOYEE|PASS", "OR|emptyFacility|OR-COVER-EMPLOYEE|N_A",
            "OR|good|OR-CBA-EXEMPTION|PASS", "OR|cbaExempt|OR-CBA-EXEMPTION|N_A",
            "OR|cbaPartial|OR-CBA-EXEMPTION|NEEDS_REVIEW",
            "OR|good|OR-556-CONTENT|PASS", "OR|bad|OR-556-CONTENT|FAIL",
            "OR|goodFacility|OR-556-TIMING|PASS", "OR|badFacility|OR-556-TIMING|FAIL",
            "OR|good|OR-556-LANGUAGE|PASS", "OR|bad|OR-556-LANGUAGE|FAIL",
            "OR|goodFacility|OR-556-ADVERSE-UNDOCUMENTED|PASS", "OR|badFacility|OR-556-ADVERSE-UNDOCUMENTED|FAIL",
            "OR|goodFacility|OR-557-REQUESTS|PASS", "OR|badFacility|OR-557-REQUESTS|FAIL",
            "OR|badFacility|OR-557-REQUESTS|N_A",
            "OR|goodFacility|OR-PENALTY|PASS", "OR|badFacility|OR-PENALTY|NEEDS_REVIEW",
            "OR|good|OR-GAPS|N_A",
            // Proposed federal act (opt-in)
            "US|good|FED-COVER|PASS", "US|out|FED-COVER|N_A",
            "US|good|FED-DEF-QUOTA|PASS", "US|bad|FED-DEF-QUOTA|FAIL", "US|relative|FED-DEF-QUOTA|PASS",
            "US|good|FED-DESCRIPTION-CONTENT|PASS", "US|bad|FED-DESCRIPTION-CONTENT|FAIL",
            "US|goodFacility|FED-DESCRIPTION-TIMING-AND-CHANGE|PASS",
            "US|badFacility|FED-DESCRIPTION-TIMING-AND-CHANGE|FAIL",
            "US|good|FED-DELIVERY-FORMAT|PASS", "US|bad|FED-DELIVERY-FORMAT|FAIL",
            "US|badFacility|FED-DELIVERY-FORMAT|FAIL",
            "US|goodFacility|FED-ADVERSE-ACTION-DOCS|PASS", "US|badFacility|FED-ADVERSE-ACTION-DOCS|FAIL",
            "US|good|FED-PROHIBITED-QUOTAS|PASS", "US|bad|FED-PROHIBITED-QUOTAS|FAIL",
            "US|hourly|FED-PROHIBITED-QUOTAS|FAIL",
            "US|good|FED-ADVERSE-BANS|PASS", "US|relative|FED-ADVERSE-BANS|FAIL",
            "US|good|FED-DATA-MINIMIZATION|N_A",
            "US|goodFacility|FED-RECORDS-AND-DISPUTES|PASS", "US|badFacility|FED-RECORDS-AND-DISPUTES|FAIL",
            "US|goodFacility|FED-REQUESTS|PASS", "US|badFacility|FED-REQUESTS|FAIL",
            "US|good|FED-POSTING-AND-BREAKS|N_A",
            "US|goodFacility|FED-RETALIATION-90D|PASS", "US|badFacility|FED-RETALIATION-90D|NEEDS_REVIEW",
            "US|goodFacility|FED-ENFORCEMENT-PENALTIES|PASS", "US|badFacility|FED-ENFORCEMENT-PENALTIES|NEEDS_REVIEW",
            "US|goodFacility|FED-INSPECTION-TRIGGER|PASS", "US|badFacility|FED-INSPECTION-TRIGGER|NEEDS_REVIEW",
            // Illinois, status only
            "IL|illinoisFacility|IL-STATUS-NOT-LAW|N_A",
    };

    private static final Map<String, List<Finding>> SCENARIOS = new HashMap<>();

    static Stream<Arguments> cases() {
        return Stream.of(CASES).map(c -> c.split("\\|")).map(c -> Arguments.of(c[0], c[1], c[2], Outcome.valueOf(c[3])));
    }

    @ParameterizedTest(name = "{2} is {3} in {0} {1}")
    @MethodSource("cases")
    void ruleGivesTheCatalogueOutcome(String jurisdiction, String scenario, String ruleId, Outcome expected) {
        List<Finding> findings = findings(jurisdiction, scenario);
        assertThat(findings).filteredOn(f -> f.ruleId().equals(ruleId))
                .as("findings of %s", ruleId).isNotEmpty()
                .extracting(Finding::outcome).contains(expected);
    }

    @Test
    void everyRuleHasAPassingAndANonPassingCaseOfItsOwn() {
        Set<String> coverageRules = new java.util.HashSet<>();
        RulePacks.standard().all().forEach(p -> p.entries().stream().filter(RuleEntry::coverage)
                .forEach(e -> coverageRules.add(e.id())));
        Map<String, Set<Outcome>> outcomes = new HashMap<>();
        for (String c : CASES) {
            String[] parts = c.split("\\|");
            // A gated scenario proves a coverage rule's own N/A, but only the gate's effect on the others.
            if (coverageRules.contains(parts[2]) || !GATING.contains(parts[1])) {
                outcomes.computeIfAbsent(parts[2], k -> EnumSet.noneOf(Outcome.class)).add(Outcome.valueOf(parts[3]));
            }
        }
        List<String> thin = new ArrayList<>();
        for (String id : RulePacks.standard().ruleIds()) {
            Set<Outcome> seen = outcomes.getOrDefault(id, Set.of());
            boolean enough = INFORMATIONAL.contains(id) ? !seen.isEmpty() : seen.size() >= 2;
            if (!enough) {
                thin.add(id + " " + seen);
            }
        }
        assertThat(thin).as("rules without a pass and a non-pass case").isEmpty();
    }

    private static synchronized List<Finding> findings(String jurisdiction, String scenario) {
        return SCENARIOS.computeIfAbsent(jurisdiction + " " + scenario, k -> run(jurisdiction, scenario));
    }

    private static List<Finding> run(String code, String scenario) {
        if (scenario.equals("illinoisFacility")) {
            FacilityBlock il = new FacilityBlock("CHI1", "Joliet", "IL", "493110", 900, 3000, null);
            return ENGINE.checkFacility(new FacilityFacts(il, false, RuleFixtures.TODAY, List.of(), List.of()));
        }
        Jurisdiction j = Jurisdiction.valueOf(code);
        RuleFixtures.Doc doc = RuleFixtures.good(j);
        switch (scenario) {
            case "good" -> { }
            case "bad" -> doc = RuleFixtures.bad(j);
            case "relative" -> doc = RuleFixtures.relative(j);
            case "weekly" -> doc.quota(q -> q.set(b -> { b.period = Duration.ofDays(7); return b; }));
            case "hourly" -> doc.quota(q -> q.set(b -> { b.period = Duration.ofHours(1); return b; }));
            case "vague" -> {
                doc.quota(q -> q.set(b -> { b.adverseActions = List.of("May affect your performance review"); return b; }));
                doc.adverseActions = null;
            }
            case "noTimeOffTask" -> doc.timeOffTask = null;
            case "onCall" -> { doc.onCall = true; doc.breaksCountedAsProductive = true; }
            case "noQuotas" -> {
                doc.quotas.clear();
                doc.timeOffTask = new TimeOffTask(false, null, List.of());
            }
            case "noEnglish" -> { doc.languages = List.of("es"); doc.employeeLanguages = List.of("es"); }
            case "out" -> doc.naics = j == Jurisdiction.US ? "311811" : "493130";
            case "courier" -> doc.naics = "492110";
            case "small" -> { doc.site = 99; doc.statewide = 999; }
            case "cbaExempt" -> doc.cba = new CollectiveBargaining(true, true, true);
            case "cbaPartial" -> doc.cba = new CollectiveBargaining(true, true, false);
            case "goodFacility" -> { return ENGINE.checkFacility(RuleFixtures.goodFacility(j)); }
            case "badFacility" -> { return ENGINE.checkFacility(RuleFixtures.badFacility(j)); }
            case "emptyFacility" -> {
                return ENGINE.checkFacility(new FacilityFacts(doc.facility(), j == Jurisdiction.US, RuleFixtures.TODAY,
                        List.of(), List.of()));
            }
            default -> throw new IllegalArgumentException(scenario);
        }
        return ENGINE.check(doc.build());
    }
}
