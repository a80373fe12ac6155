package org.quotaledger.rules;

import org.junit.jupiter.api.Test;
import org.quotaledger.document.QuotaDocument.Jurisdiction;
import org.quotaledger.rules.FacilityFacts.ActiveDescription;
import org.quotaledger.rules.FacilityFacts.Channel;
import org.quotaledger.rules.FacilityFacts.Employee;
import org.quotaledger.rules.FacilityFacts.Request;
import org.quotaledger.rules.FacilityFacts.RequestChannel;
import org.quotaledger.law.RequestKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotaledger.rules.RuleFixtures.delivery;
import static org.quotaledger.rules.RuleFixtures.employee;

class FacilityChecksTest {

    private final RulesEngine engine = new RulesEngine();

    private static List<Finding> of(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void twelveOfThreeHundredEmployeesWithoutTheCurrentVersionCost1200Dollars() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.CA);
        ActiveDescription pick = new ActiveDescription("PICK", 3, doc.build(), RuleFixtures.EFFECTIVE, null);
        List<Employee> employees = new ArrayList<>();
        Set<String> missing = new java.util.TreeSet<>();
        for (int i = 1; i <= 300; i++) {
            String number = String.format("E%04d", i);
            LocalDate hired = LocalDate.of(2025, 1, 1).plusDays(i);
            if (i % 25 == 0) {
                missing.add(number);
                // an old version only: they lack the current one
                employees.add(employee(number, hired, "en", delivery(2, hired, Channel.PAPER, "en")));
            } else {
                employees.add(employee(number, hired, "en", delivery(3, RuleFixtures.EFFECTIVE, Channel.PORTAL, "en")));
            }
        }
        FacilityFacts facts = new FacilityFacts(doc.facility(), false, RuleFixtures.TODAY, List.of(pick), employees);

        List<Finding> findings = engine.checkFacility(facts);

        List<Finding> timing = of(findings, "CA-2101-TIMING-HIRE");
        List<Finding> fails = timing.stream().filter(f -> f.outcome() == Outcome.FAIL).toList();
        assertThat(missing).hasSize(12);
        assertThat(fails).extracting(Finding::subject)
                .containsExactlyInAnyOrderElementsOf(missing.stream().map(n -> "employee " + n).toList());
        assertThat(timing).filteredOn(f -> f.outcome() == Outcome.PASS).singleElement()
                .extracting(Finding::message).asString().startsWith("288 employee(s)");

        PenaltyEstimate exposure = engine.exposure("CA", findings, facts).orElseThrow();
        assertThat(exposure.violations()).isEqualTo(12);
        assertThat(exposure.total()).isEqualByComparingTo(new BigDecimal("1200"));
        assertThat(exposure.formula()).isEqualTo("12 × $100 = $1,200");
        assertThat(of(findings, "CA-PENALTY-2699F")).singleElement()
                .extracting(Finding::message).asString().contains("12 × $100 = $1,200").contains("§2699(f)");
    }

    @Test
    void anEmployeeIsDueTheDescriptionOnTheLaterOfHireAndTheVersionsEffectiveDate() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.CA);
        ActiveDescription pick = new ActiveDescription("PICK", 1, doc.build(), RuleFixtures.EFFECTIVE, null);
        LocalDate hired = LocalDate.of(2026, 4, 6);
        List<Employee> employees = List.of(
                employee("ON_TIME", hired, "en", delivery(1, hired, Channel.PAPER, "en")),
                employee("A_DAY_LATE", hired, "en", delivery(1, hired.plusDays(1), Channel.PAPER, "en")),
                employee("VERBAL_ONLY", hired, "en", delivery(1, hired, Channel.VERBAL, "en")),
                new Employee("EXEMPT", "Lead", "PICK", true, hired, null, "en", List.of()),
                employee("OLD_HAND", LocalDate.of(2019, 5, 1), "en", delivery(1, RuleFixtures.EFFECTIVE, Channel.EMAIL, "en")));
        List<Finding> findings = engine.checkFacility(
                new FacilityFacts(doc.facility(), false, RuleFixtures.TODAY, List.of(pick), employees));
        assertThat(of(findings, "CA-2101-TIMING-HIRE"))
                .filteredOn(f -> f.outcome() == Outcome.FAIL).extracting(Finding::subject)
                .containsExactlyInAnyOrder("employee A_DAY_LATE", "employee VERBAL_ONLY");
        assertThat(of(findings, "CA-2101-FORM-WRITTEN"))
                .filteredOn(f -> f.outcome() == Outcome.FAIL).extracting(Finding::subject)
                .containsExactly("employee VERBAL_ONLY");
    }

    @Test
    void aNewHireWhoseDayHasNotComeIsPending() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.CA);
        ActiveDescription pick = new ActiveDescription("PICK", 1, doc.build(), RuleFixtures.EFFECTIVE, null);
        Employee starter = employee("NEXT_WEEK", RuleFixtures.TODAY.plusDays(7), "en");
        List<Finding> findings = engine.checkFacility(
                new FacilityFacts(doc.facility(), false, RuleFixtures.TODAY, List.of(pick), List.of(starter)));
        assertThat(of(findings, "CA-2101-TIMING-HIRE")).extracting(Finding::outcome).containsExactly(Outcome.PENDING);
    }

    @Test
    void newYorkWantsTheChangedDescriptionWithinTwoBusinessDaysAndIsPendingMeanwhile() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.NY);
        LocalDate change = LocalDate.of(2026, 6, 12); // Friday
        ActiveDescription pick = new ActiveDescription("PICK", 4, doc.build(), change, LocalDate.of(2025, 1, 6));
        LocalDate hired = LocalDate.of(2024, 2, 1);
        List<Employee> employees = List.of(
                employee("TUESDAY", hired, "en", delivery(4, LocalDate.of(2026, 6, 16), Channel.EMAIL, "en")),
                employee("WEDNESDAY", hired, "en", delivery(4, LocalDate.of(2026, 6, 17), Channel.EMAIL, "en")),
                employee("NOTHING_YET", hired, "en"));
        FacilityFacts monday = new FacilityFacts(doc.facility(), false, LocalDate.of(2026, 6, 15), List.of(pick), employees);
        FacilityFacts thursday = new FacilityFacts(doc.facility(), false, LocalDate.of(2026, 6, 18), List.of(pick), employees);
        assertThat(outcomesBySubject(of(engine.checkFacility(monday), "NY-781-CHANGE-2BD")))
                .containsEntry("employee WEDNESDAY", Outcome.FAIL)
                .containsEntry("employee NOTHING_YET", Outcome.PENDING);
        assertThat(outcomesBySubject(of(engine.checkFacility(thursday), "NY-781-CHANGE-2BD")))
                .containsEntry("employee NOTHING_YET", Outcome.FAIL)
                .doesNotContainKey("employee TUESDAY");
    }

    @Test
    void washingtonWantsNoticeBeforeTheChangedQuotaApplies() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.WA);
        LocalDate change = LocalDate.of(2026, 6, 1);
        ActiveDescription pick = new ActiveDescription("PICK", 2, doc.build(), change, LocalDate.of(2025, 1, 6));
        LocalDate hired = LocalDate.of(2024, 8, 1);
        List<Employee> employees = List.of(
                employee("TOLD_BEFORE", hired, "en", delivery(2, change.minusDays(3), Channel.VERBAL, "en"),
                        delivery(2, change.plusDays(1), Channel.PAPER, "en")),
                employee("TOLD_ON_THE_DAY", hired, "en", delivery(2, change, Channel.PAPER, "en")));
        List<Finding> findings = engine.checkFacility(
                new FacilityFacts(doc.facility(), false, RuleFixtures.TODAY, List.of(pick), employees));
        assertThat(outcomesBySubject(of(findings, "WA-020-CHANGE-NOTICE-BEFORE")))
                .containsEntry("employee TOLD_ON_THE_DAY", Outcome.FAIL)
                .doesNotContainKey("employee TOLD_BEFORE");
        assertThat(of(findings, "WA-020-CHANGE-WRITTEN-2BD")).extracting(Finding::outcome).containsOnly(Outcome.PASS);
    }

    @Test
    void requestDeadlinesArePendingFailedOrPassedPerRequest() {
        FacilityFacts good = RuleFixtures.goodFacility(Jurisdiction.CA);
        List<Request> requests = List.of(
                Request.of("E1", LocalDate.of(2026, 6, 1), RequestKind.WORK_SPEED_DATA, RequestChannel.ORAL, null),
                Request.of("E2", LocalDate.of(2026, 5, 1), RequestKind.DESCRIPTION, RequestChannel.WRITTEN, null),
                Request.of("E2", LocalDate.of(2026, 3, 2), RequestKind.DESCRIPTION, RequestChannel.WRITTEN,
                        LocalDate.of(2026, 3, 23)));
        FacilityFacts facts = new FacilityFacts(good.facility(), false, RuleFixtures.TODAY, good.descriptions(),
                good.employees(), requests, List.of(), List.of(), null);
        assertThat(of(engine.checkFacility(facts), "CA-2104-DEADLINE-21D")).extracting(Finding::outcome)
                .containsExactly(Outcome.PENDING, Outcome.FAIL, Outcome.PASS);
    }

    @Test
    void onlyTheFirstRequestOfTheYearStartsCaliforniasRetaliationWindowButAnyRequestStartsWashingtons() {
        for (Jurisdiction j : List.of(Jurisdiction.CA, Jurisdiction.WA)) {
            FacilityFacts good = RuleFixtures.goodFacility(j);
            List<Request> requests = List.of(
                    Request.of("E2", LocalDate.of(2026, 1, 5), RequestKind.DESCRIPTION, RequestChannel.WRITTEN, LocalDate.of(2026, 1, 6)),
                    Request.of("E2", LocalDate.of(2026, 5, 20), RequestKind.DESCRIPTION, RequestChannel.WRITTEN, LocalDate.of(2026, 5, 21)));
            FacilityFacts facts = new FacilityFacts(good.facility(), false, RuleFixtures.TODAY, good.descriptions(),
                    good.employees(), requests, good.adverseActions(), List.of(), null);
            String rule = j == Jurisdiction.CA ? "CA-2105-RETALIATION-PRESUMPTION-90D" : "WA-RETALIATION-90D";
            Outcome expected = j == Jurisdiction.CA ? Outcome.PASS : Outcome.NEEDS_REVIEW;
            assertThat(of(engine.checkFacility(facts), rule)).extracting(Finding::outcome).as(j.name())
                    .containsExactly(expected);
        }
    }

    @Test
    void aComplaintStartsTheRetaliationWindowToo() {
        FacilityFacts good = RuleFixtures.goodFacility(Jurisdiction.NY);
        FacilityFacts facts = new FacilityFacts(good.facility(), false, RuleFixtures.TODAY, good.descriptions(),
                good.employees(), List.of(), good.adverseActions(),
                List.of(new FacilityFacts.Complaint("E2", LocalDate.of(2026, 4, 1), "NY DOL")), null);
        assertThat(of(engine.checkFacility(facts), "NY-786-RETALIATION-PRESUMPTION-90D"))
                .extracting(Finding::outcome).containsExactly(Outcome.NEEDS_REVIEW);
    }

    @Test
    void oregonDoesNotOweAnswersToFormerEmployeesAfterThreeYears() {
        FacilityFacts good = RuleFixtures.goodFacility(Jurisdiction.OR);
        List<Request> requests = List.of(new Request("E4", LocalDate.of(2029, 3, 1), RequestKind.WORK_SPEED_DATA,
                RequestChannel.WRITTEN, true, null, false, null, null, false, List.of(), null));
        FacilityFacts facts = new FacilityFacts(good.facility(), false, LocalDate.of(2029, 6, 1), good.descriptions(),
                good.employees(), requests, List.of(), List.of(), null);
        assertThat(of(engine.checkFacility(facts), "OR-557-REQUESTS")).extracting(Finding::outcome)
                .containsExactly(Outcome.N_A);
    }

    @Test
    void aFacilityOutsideTheLawGetsOnlyNotApplicableFindings() {
        FacilityFacts bad = RuleFixtures.badFacility(Jurisdiction.CA);
        var small = new org.quotaledger.document.QuotaDocument.FacilityBlock("SMALL", null, "CA", "493110", 99, 999, null);
        FacilityFacts facts = new FacilityFacts(small, false, RuleFixtures.TODAY, bad.descriptions(), bad.employees(),
                bad.requests(), bad.adverseActions(), bad.complaints(), bad.records());
        assertThat(engine.checkFacility(facts)).allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.N_A));
    }

    @Test
    void penaltySchedulesSpellOutTheirFormula() {
        assertThat(PenaltyEstimate.of("CA", 59_017).orElseThrow().formula()).isEqualTo("59,017 × $100 = $5,901,700");
        assertThat(PenaltyEstimate.of("NY", 3).orElseThrow().formula()).isEqualTo("3 × $1,000 = $3,000");
        assertThat(PenaltyEstimate.repeat("NY", 2).orElseThrow().total()).isEqualByComparingTo("6000");
        assertThat(PenaltyEstimate.repeat("WA", 2).orElseThrow().formula()).isEqualTo("2 × $10,000 = $20,000");
        assertThat(PenaltyEstimate.of("OR", 4).orElseThrow().total()).isEqualByComparingTo("4000");
        assertThat(PenaltyEstimate.of("MN", 4)).isEmpty();
    }

    private static java.util.Map<String, Outcome> outcomesBySubject(List<Finding> findings) {
        return findings.stream().filter(f -> f.subject() != null)
                .collect(Collectors.toMap(Finding::subject, Finding::outcome));
    }
}
