package org.quotaledger.rules;

import org.junit.jupiter.api.Test;
import org.quotaledger.law.JobFunction;
import org.quotaledger.law.RequestKind;
import org.quotaledger.law.RequestTerms;
import org.quotaledger.law.StateLaws;
import org.quotaledger.document.QuotaDocument.Jurisdiction;
import org.quotaledger.document.QuotaDocument.Kind;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.document.QuotaDocument.TimeOffTask;
import org.quotaledger.rules.FacilityFacts.ActiveDescription;
import org.quotaledger.rules.FacilityFacts.Channel;
import org.quotaledger.rules.FacilityFacts.Employee;
import org.quotaledger.rules.FacilityFacts.Request;
import org.quotaledger.rules.FacilityFacts.RequestChannel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotaledger.rules.RuleFixtures.delivery;
import static org.quotaledger.rules.RuleFixtures.employee;

/**
 * The rules read every deadline, window, language and exclusion from the state's law, judge what the app produces
 * by the same facts, count every employee, and treat a description that contradicts itself, or states zero, as
 * missing information.
 */
class LawFromStateLawTest {

    private final RulesEngine engine = new RulesEngine();

    private static List<Finding> of(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static Finding on(List<Finding> findings, String ruleId, String subject) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId) && java.util.Objects.equals(subject, f.subject())).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " has no finding on " + subject + ": " + of(findings, ruleId)));
    }

    private static Quota timeOnTask(String percent, Duration over, List<String> consequences) {
        return new Quota("Time on task", Kind.TIME_ON_TASK, "scanned work time", new BigDecimal(percent), "percent",
                over, org.quotaledger.document.QuotaDocument.Basis.INDIVIDUAL,
                "Minutes between scans", consequences);
    }

    // ---- descriptions that contradict themselves, and zeros --------------------------------------------------

    @Test
    void aTimeOnTaskShareThatAllowsMoreOffTaskMinutesThanTheLimitFails() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.CA);
        doc.quotas.add(timeOnTask("90", Duration.ofHours(10), List.of("Coaching")));
        Finding contradiction = on(engine.check(doc.build()), "CA-2101-CONTENT-QUANTITY", "quotas[1]");
        assertThat(contradiction.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(contradiction.message()).contains("leaves 60 minutes off task", "limit is 30 minutes");

        doc.timeOffTask = new TimeOffTask(true, Duration.ofMinutes(60), List.of(ProtectedActivity.values()));
        assertThat(on(engine.check(doc.build()), "CA-2101-CONTENT-QUANTITY", "quotas[1]").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aQuotaSaidToHaveNoConsequenceWhileConsequencesApplyToEveryQuotaFails() {
        RuleFixtures.Doc doc = RuleFixtures.good(Jurisdiction.NY).quota(q -> q.set(b -> {
            b.adverseActions = List.of("None");
            return b;
        }));
        Finding adverse = on(engine.check(doc.build()), "NY-781-CONTENT-ADVERSE", "quotas[0]");
        assertThat(adverse.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(adverse.message()).contains("said to have no consequence", "Written warning");

        doc.adverseActions = List.of();
        Finding none = on(engine.check(doc.build()), "NY-781-CONTENT-ADVERSE", "quotas[0]");
        assertThat(none.outcome()).as("\"None\" is no consequence").isEqualTo(Outcome.FAIL);
        assertThat(none.message()).contains("states no adverse action");
    }

    @Test
    void zeroQuantitiesAndZeroLengthPeriodsAreJudgedAsMissing() {
        RuleFixtures.Doc zeroQuantity = RuleFixtures.good(Jurisdiction.CA).quota(q -> q.set(b -> {
            b.quantity = BigDecimal.ZERO;
            return b;
        }));
        List<Finding> findings = engine.check(zeroQuantity.build());
        assertThat(on(findings, "CA-2101-CONTENT-QUANTITY", "quotas[0]").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(on(findings, "CA-2100-DEF-QUOTA", "quotas[0]").outcome()).isEqualTo(Outcome.NEEDS_REVIEW);

        RuleFixtures.Doc zeroPeriod = RuleFixtures.good(Jurisdiction.CA).quota(q -> q.set(b -> {
            b.period = Duration.ZERO;
            return b;
        }));
        findings = engine.check(zeroPeriod.build());
        assertThat(on(findings, "CA-2101-CONTENT-TIMEPERIOD", "quotas[0]").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(on(findings, "CA-2101-CONTENT-TIMEPERIOD", "quotas[0]").message()).contains("zero length");
        assertThat(on(findings, "CA-2100-DEF-TIMEPERIOD", "quotas[0]").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(on(engine.check(RuleFixtures.good(Jurisdiction.WA).quota(q -> q.set(b -> {
            b.period = Duration.ZERO;
            return b;
        })).build()), "WA-020-CONTENT-QUANTITY-TIME", "quotas[0]").outcome()).isEqualTo(Outcome.FAIL);

        RuleFixtures.Doc zeroLimit = RuleFixtures.good(Jurisdiction.NY);
        zeroLimit.timeOffTask = new TimeOffTask(true, Duration.ZERO, List.of(ProtectedActivity.values()));
        assertThat(on(engine.check(zeroLimit.build()), "NY-780-DEF-QUOTA", "timeOffTask").outcome()).isEqualTo(Outcome.FAIL);
    }

    // ---- requests judged by the law's own terms -------------------------------------------------------------------

    private static FacilityFacts withRequests(Jurisdiction state, LocalDate on, List<Employee> employees, List<Request> requests) {
        FacilityFacts good = RuleFixtures.goodFacility(state);
        return new FacilityFacts(good.facility(), false, on, good.descriptions(), employees, requests, List.of(), List.of(), null);
    }

    @Test
    void aWashingtonAnswerCoveringTheLawsSixMonthsWithAggregatedDataPasses() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        RequestTerms terms = StateLaws.of("WA").terms(RequestKind.WORK_SPEED_DATA, received, null, 0);
        Employee worker = employee("W1", LocalDate.of(2024, 1, 8), "en");
        Request answered = new Request("W1", received, RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, false,
                LocalDate.of(2026, 3, 3), false, terms.windowFrom(), terms.windowTo(), terms.aggregate(), List.of("en"), null);
        List<Finding> findings = engine.checkFacility(withRequests(Jurisdiction.WA, LocalDate.of(2026, 6, 1), List.of(worker), List.of(answered)));
        assertThat(on(findings, "WA-037-REQUEST-CURRENT", answered.subject()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(on(findings, "WA-037-DEADLINES-AND-COST", answered.subject()).outcome()).isEqualTo(Outcome.PASS);

        Request noAggregate = new Request("W1", received, RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, false,
                LocalDate.of(2026, 3, 3), false, terms.windowFrom(), terms.windowTo(), false, List.of("en"), null);
        assertThat(on(engine.checkFacility(withRequests(Jurisdiction.WA, LocalDate.of(2026, 6, 1), List.of(worker), List.of(noAggregate))),
                "WA-037-REQUEST-CURRENT", noAggregate.subject()).message()).contains("aggregated data");
    }

    @Test
    void requestsTheLawDoesNotObligeTheEmployerToAnswerAreJudgedWithoutAFailure() {
        Employee caFormer = new Employee("F1", "Former", "PICK", false, LocalDate.of(2023, 1, 9), LocalDate.of(2026, 1, 30),
                "en", List.of());
        Request first = new Request("F1", LocalDate.of(2026, 2, 2), RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, true,
                LocalDate.of(2026, 2, 3), false, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 29), false, List.of("en"), null);
        Request second = Request.of("F1", LocalDate.of(2026, 3, 2), RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, null);
        Request repeat = new Request("F1", second.receivedOn(), second.kind(), second.channel(), true, null, false, null, null,
                false, List.of(), null);
        List<Finding> ca = engine.checkFacility(withRequests(Jurisdiction.CA, LocalDate.of(2026, 9, 1), List.of(caFormer),
                List.of(first, repeat)));
        assertThat(on(ca, "CA-2104-DEADLINE-21D", repeat.subject()).outcome()).isEqualTo(Outcome.N_A);
        assertThat(on(ca, "CA-2104-DEADLINE-21D", repeat.subject()).message()).contains("Not required", "§2104(a)(3)");
        assertThat(on(ca, "CA-2104-FORMER-ONE-REQUEST", repeat.subject()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(on(ca, "CA-2104-SCOPE-FORMER", repeat.subject()).outcome()).isEqualTo(Outcome.N_A);

        Employee waFormer = new Employee("F2", "Former", "PICK", false, LocalDate.of(2019, 1, 7), LocalDate.of(2022, 6, 30),
                "en", List.of());
        Request late = new Request("F2", LocalDate.of(2026, 3, 2), RequestKind.WORK_SPEED_DATA, RequestChannel.WRITTEN, true,
                null, false, null, null, false, List.of(), null);
        List<Finding> wa = engine.checkFacility(withRequests(Jurisdiction.WA, LocalDate.of(2026, 9, 1), List.of(waFormer), List.of(late)));
        assertThat(of(wa, "WA-037-REQUEST-FORMER")).extracting(Finding::outcome).containsOnly(Outcome.N_A);
        assertThat(of(wa, "WA-037-DEADLINES-AND-COST")).extracting(Finding::outcome).containsOnly(Outcome.N_A);
        assertThat(of(wa, "WA-037-DEADLINES-AND-COST").getFirst().message()).contains("RCW 49.84.037(2)");
    }

    @Test
    void aNewYorkAnswerToASpanishSpeakerNeedsEnglishAndSpanish() {
        Employee speaker = employee("S1", LocalDate.of(2024, 1, 8), "es");
        LocalDate received = LocalDate.of(2026, 3, 2);
        Request bilingual = new Request("S1", received, RequestKind.DESCRIPTION, RequestChannel.ORAL, false,
                received.plusDays(1), false, null, null, false, List.of("en", "es"), null);
        Request spanishOnly = new Request("S1", received.plusDays(7), RequestKind.DESCRIPTION, RequestChannel.ORAL, false,
                received.plusDays(8), false, null, null, false, List.of("es"), null);
        List<Finding> findings = engine.checkFacility(withRequests(Jurisdiction.NY, LocalDate.of(2026, 6, 1), List.of(speaker),
                List.of(bilingual, spanishOnly)));
        assertThat(on(findings, "NY-785-LANGUAGE", bilingual.subject()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(on(findings, "NY-785-LANGUAGE", spanishOnly.subject()).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(on(findings, "NY-785-LANGUAGE", spanishOnly.subject()).message()).contains("missing en");
    }

    // ---- deliveries: languages, job functions, undescribed roles ---------------------------------------------------

    @Test
    void theLanguageRulesJudgeWhatWasDeliveredAndLeaveTheRestToTheTimingRules() {
        FacilityFacts good = RuleFixtures.goodFacility(Jurisdiction.NY);
        ActiveDescription pick = good.descriptions().getFirst();
        Employee englishNothingYet = employee("N1", RuleFixtures.TODAY, "en");
        Employee spanishGotEnglish = employee("N2", LocalDate.of(2026, 4, 1), "es",
                delivery(pick.version(), LocalDate.of(2026, 4, 1), Channel.PAPER, "en"));
        FacilityFacts facts = new FacilityFacts(good.facility(), false, RuleFixtures.TODAY, good.descriptions(),
                List.of(englishNothingYet, spanishGotEnglish));
        List<Finding> findings = engine.checkFacility(facts);
        assertThat(of(findings, "NY-781-LANGUAGE")).noneMatch(f -> "employee N1".equals(f.subject()));
        assertThat(on(findings, "NY-781-LANGUAGE", "employee N2").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(on(findings, "NY-781-TIMING-HIRE", "employee N1").outcome()).isEqualTo(Outcome.PENDING);
    }

    /** WAC 296-136-030(4): the state's top six languages at once, any other preferred language within 15 days. */
    @Test
    void washingtonAllowsFifteenDaysOnlyForALanguageOutsideTheTopSix() {
        FacilityFacts good = RuleFixtures.goodFacility(Jurisdiction.WA);
        ActiveDescription pick = good.descriptions().getFirst();
        LocalDate hired = RuleFixtures.TODAY.minusDays(5);
        Employee russian = employee("W1", hired, "ru", delivery(pick.version(), hired, Channel.PAPER, "en"));
        Employee amharic = employee("W2", hired, "am", delivery(pick.version(), hired, Channel.PAPER, "en"));
        List<Finding> findings = engine.checkFacility(new FacilityFacts(good.facility(), false, RuleFixtures.TODAY,
                good.descriptions(), List.of(russian, amharic)));

        assertThat(on(findings, "WA-020-LANGUAGE-PLAIN", "employee W1").outcome()).as("top six: due at once").isEqualTo(Outcome.FAIL);
        Finding waiting = on(findings, "WA-020-LANGUAGE-PLAIN", "employee W2");
        assertThat(waiting.outcome()).as("outside the top six: 15 days").isEqualTo(Outcome.PENDING);
        assertThat(waiting.message()).contains("due by " + hired.plusDays(15));

        Employee lateAmharic = employee("W3", RuleFixtures.TODAY.minusDays(16), "am",
                delivery(pick.version(), RuleFixtures.TODAY.minusDays(16), Channel.PAPER, "en"));
        assertThat(on(engine.checkFacility(new FacilityFacts(good.facility(), false, RuleFixtures.TODAY, good.descriptions(),
                List.of(lateAmharic))), "WA-020-LANGUAGE-PLAIN", "employee W3").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void driversAndCouriersAreOutsideNewYorksRulesButInsideCalifornias() {
        FacilityFacts good = RuleFixtures.goodFacility(Jurisdiction.NY);
        Employee driver = new Employee("D1", "Driver", "PICK", false, LocalDate.of(2024, 1, 8), null, "en", List.of(),
                JobFunction.DRIVER);
        FacilityFacts ny = new FacilityFacts(good.facility(), false, RuleFixtures.TODAY, good.descriptions(), List.of(driver));
        List<Finding> findings = engine.checkFacility(ny);
        assertThat(of(findings, "NY-781-TIMING-HIRE")).noneMatch(f -> "employee D1".equals(f.subject()));
        assertThat(of(findings, "NY-780-COVER-EMPLOYEE").getFirst().message()).contains("excluded by their role's job function",
                "N.Y. Lab. Law §780(2)");

        FacilityFacts ca = new FacilityFacts(RuleFixtures.goodFacility(Jurisdiction.CA).facility(), false, RuleFixtures.TODAY,
                RuleFixtures.goodFacility(Jurisdiction.CA).descriptions(), List.of(driver));
        assertThat(on(engine.checkFacility(ca), "CA-2101-TIMING-HIRE", "employee D1").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void employeesInARoleWithoutAVersionInForceFailAndAreCountedInTheExposureByRuleAndEmployee() {
        FacilityFacts good = RuleFixtures.goodFacility(Jurisdiction.CA);
        Employee packer = new Employee("P1", "Packer", "PACK", false, LocalDate.of(2024, 1, 8), null, "en", List.of());
        Employee gone = new Employee("P2", "Gone", "PACK", false, LocalDate.of(2024, 1, 8), LocalDate.of(2025, 1, 8), "en", List.of());
        FacilityFacts facts = new FacilityFacts(good.facility(), false, RuleFixtures.TODAY, good.descriptions(),
                List.of(packer, gone), List.of(), List.of(), List.of(), null, Set.of("PACK"));
        List<Finding> findings = engine.checkFacility(facts);
        assertThat(on(findings, "CA-2101-CONTENT-EACH-QUOTA", "employee P1").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(of(findings, "CA-2101-CONTENT-EACH-QUOTA")).noneMatch(f -> "employee P2".equals(f.subject()));

        PenaltyEstimate exposure = engine.exposure("CA", findings, facts).orElseThrow();
        assertThat(exposure.violations()).isEqualTo(1);
        assertThat(exposure.byRule()).singleElement().satisfies(c -> {
            assertThat(c.ruleId()).isEqualTo("CA-2101-CONTENT-EACH-QUOTA");
            assertThat(c.employeeNumbers()).containsExactly("P1");
        });
        assertThat(exposure.byEmployee()).singleElement().satisfies(e -> assertThat(e.ruleIds()).containsExactly("CA-2101-CONTENT-EACH-QUOTA"));
        assertThat(of(findings, "CA-PENALTY-2699F")).singleElement().extracting(Finding::message).asString()
                .contains("1 × $100 = $100", "By rule: CA-2101-CONTENT-EACH-QUOTA 1");
    }
}
