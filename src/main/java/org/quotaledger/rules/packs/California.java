package org.quotaledger.rules.packs;

import org.quotaledger.law.Statute;
import org.quotaledger.calendar.BusinessCalendar;
import org.quotaledger.calendar.Holiday;
import org.quotaledger.law.Agency;
import org.quotaledger.law.Coverage;
import org.quotaledger.law.Deadline;
import org.quotaledger.law.FormerEmployees;
import org.quotaledger.law.LawStatus;
import org.quotaledger.law.Penalties;
import org.quotaledger.law.RequestKind;
import org.quotaledger.law.RequestRight;
import org.quotaledger.law.Retaliation;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.Finding;
import org.quotaledger.rules.Outcome;
import org.quotaledger.rules.RulePack;
import org.quotaledger.rules.Rules;
import org.quotaledger.rules.StateRules;
import org.quotaledger.rules.Verdict;
import org.quotaledger.rules.packs.DocumentChecks.QuotaDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.time.DayOfWeek.MONDAY;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.SEPTEMBER;
import static org.quotaledger.calendar.Holiday.Observance.NEAREST_WEEKDAY;
import static org.quotaledger.calendar.Holiday.Observance.SUNDAY_TO_MONDAY;
import static org.quotaledger.calendar.Holiday.fixed;
import static org.quotaledger.calendar.Holiday.last;
import static org.quotaledger.calendar.Holiday.nth;
import static org.quotaledger.law.DayCount.CALENDAR;
import static org.quotaledger.rules.RuleStatus.CONFIRMED;
import static org.quotaledger.rules.RuleStatus.PARTIAL;
import static org.quotaledger.rules.RuleStatus.UNCONFIRMED;
import static org.quotaledger.rules.Rules.document;
import static org.quotaledger.rules.Rules.eachQuota;
import static org.quotaledger.rules.Rules.records;
import static org.quotaledger.rules.Severity.CRITICAL;
import static org.quotaledger.rules.Severity.HIGH;
import static org.quotaledger.rules.Severity.INFO;
import static org.quotaledger.rules.Severity.LOW;
import static org.quotaledger.rules.Severity.MEDIUM;

/**
 * California, Lab. Code Part 8.6, §§2100–2108 (AB 701, Stats. 2021 ch. 197), in force 1 January 2022;
 * employees on staff then had until 31 January 2022 for their descriptions (§2101). Penalties follow
 * §2699(f) as the Labor Commissioner applied it in 2024. The state's facts and its rule pack.
 */
public final class California implements StateRules {

    private static final LocalDate IN_FORCE = LocalDate.of(2022, 1, 1);

    /**
     * CalHR "State Holidays" (Gov. Code §§19853–19854): eleven holidays including Cesar Chavez Day (31 March) and the
     * day after Thanksgiving. A Sunday holiday is observed on Monday; a Saturday holiday gives holiday credit and
     * offices stay open on Friday, except Veterans Day, which moves to Friday. Gov. Code §6700 names more days
     * (Lincoln Day, Native American Day, Columbus Day, Juneteenth, Lunar New Year…) on which state offices do not
     * close; they are deliberately not business-day holidays here.
     */
    private static final BusinessCalendar CALENDAR_DAYS = new BusinessCalendar("CA", List.of(
            fixed("New Year's Day", JANUARY, 1, SUNDAY_TO_MONDAY),
            nth("Martin Luther King Jr. Day", 3, MONDAY, JANUARY),
            nth("Presidents' Day", 3, MONDAY, FEBRUARY),
            fixed("Cesar Chavez Day", MARCH, 31, SUNDAY_TO_MONDAY),
            last("Memorial Day", MONDAY, MAY),
            fixed("Independence Day", JULY, 4, SUNDAY_TO_MONDAY),
            nth("Labor Day", 1, MONDAY, SEPTEMBER),
            fixed("Veterans Day", NOVEMBER, 11, NEAREST_WEEKDAY),
            Holiday.thanksgiving(),
            Holiday.after("Day after Thanksgiving", Holiday.thanksgiving(), 1),
            fixed("Christmas Day", DECEMBER, 25, SUNDAY_TO_MONDAY)));

    // ---- the law ----------------------------------------------------------------------------------------------

    private final Statute statute = new Statute("CA", "California", LawStatus.ENACTED, "Cal. Lab. Code §§2100–2112", IN_FORCE,
            ZoneId.of("America/Los_Angeles"), CALENDAR_DAYS, "CalHR State Holidays (Gov. Code §§19853–19854)",
            new Agency("California Labor Commissioner's Office (DLSE)", "https://www.dir.ca.gov/dlse/"));

    @Override
    public Statute statute() {
        return statute;
    }

    /** §2101: employees on staff on 1 January 2022 within 30 days. */
    @Override
    public LocalDate existingStaffBy() {
        return LocalDate.of(2022, 1, 31);
    }

    /** §2100: 100 at one site or 1,000 at the employer's California sites; no exclusion by job function. */
    @Override
    public Optional<Coverage> coverage() {
        return Optional.of(new Coverage(100, 1000, "Cal. Lab. Code §2100", Set.of("493110", "423", "424", "454110"),
                Set.of("493130"), Set.of(), "493110, 423, 424, 454110", Set.of(), null));
    }

    /** §2104(a)(1), (b): descriptions and the last 90 days of own data, within 21 calendar days of a written or oral request. */
    @Override
    public Optional<RequestRight> request(RequestKind kind) {
        return Optional.of(new RequestRight(kind, new Deadline(21, CALENDAR, "Cal. Lab. Code §2104(b)"),
                Period.ofDays(90), false, "Cal. Lab. Code §2104(a), (b)"));
    }

    /** §2104(a)(2)–(3): the 90 days before separation, one request. */
    @Override
    public FormerEmployees formerEmployees() {
        return new FormerEmployees(true, null, "Cal. Lab. Code §2104(a)(3)");
    }

    /** §2699(f) at $100 per violation, as the Labor Commissioner applied it to §2101 in 2024 (59,017 × $100). */
    @Override
    public Optional<Penalties> penalties() {
        return Optional.of(new Penalties(new BigDecimal("100"), new BigDecimal("200"),
                "Cal. Lab. Code §2699(f), as applied to §2101 by the Labor Commissioner in 2024 (59,017 × $100)",
                Set.of("CA-2101-")));
    }

    @Override
    public Optional<Retaliation> retaliation() {
        return Optional.of(new Retaliation(90, true, true, "Cal. Lab. Code §2105"));
    }

    // ---- the rules --------------------------------------------------------------------------------------------

    @Override
    public RulePack pack() {
        return new PackBuilder(this, "Cal. Lab. Code")
                .coverage("CA-2100-COVER-NAICS", "§2100", CONFIRMED,
                        "Confirm the site's NAICS code; only 493110, 423xxx, 424xxx and 454110 are covered.",
                        Rules.facility(CoverageChecks.naics(this)))
                .coverage("CA-2100-COVER-THRESHOLD", "§2100", CONFIRMED,
                        "Count nonexempt employees at the site and statewide, agency workers and the commonly controlled group included.",
                        Rules.facility(CoverageChecks.threshold(this)))
                .rule("CA-2100-COVER-EMPLOYEE", "§2100", INFO, CONFIRMED,
                        "Record each employee's exempt status.",
                        CoverageChecks.employees(false, "exempt employees"))
                .rule("CA-2100-DEF-QUOTA", "§2100", HIGH, PARTIAL,
                        "Treat any standard that can lead to adverse action, rankings included, as a quota and describe it with a number and a period.",
                        eachQuota((doc, q) -> DocumentChecks.isQuota(new QuotaDefinition(false, true, null), doc, q)))
                .rule("CA-2100-DEF-TIMEPERIOD", "§2100", MEDIUM, CONFIRMED,
                        "State the period within the shift over which the quota is measured.",
                        eachQuota(DocumentChecks::periodWithinShift))
                .rule("CA-2100-DEF-WSD", "§2100(e)", INFO, PARTIAL,
                        "Keep an inventory of the work speed data collected per employee.",
                        records(e -> List.of(Verdict.na("Defines the work speed data to produce under §2104; "
                                + "no data-feed inventory is kept in the registry."))))
                .rule("CA-2101-TIMING-HIRE", "§2101", HIGH, CONFIRMED,
                        "Give each employee the written description of each quota no later than the day the quota applies to them.",
                        records(e -> DeliveryChecks.deliveredOnTime(e, inForce(), existingStaffBy())))
                .rule("CA-2101-CONTENT-EACH-QUOTA", "§2101", HIGH, CONFIRMED,
                        "Deliver the current description, covering every quota applied, to each employee.",
                        records(e -> DeliveryChecks.withUndescribed(e, DeliveryChecks.receivedCurrent(e))))
                .rule("CA-2101-CONTENT-QUANTITY", "§2101", HIGH, CONFIRMED,
                        "State the number of tasks or items, with their unit, for each quota.",
                        eachQuota(DocumentChecks::quantity))
                .rule("CA-2101-CONTENT-TIMEPERIOD", "§2101", HIGH, CONFIRMED,
                        "State the time period (per hour, per shift) each quantity applies to.",
                        eachQuota(DocumentChecks::timePeriod))
                .rule("CA-2101-CONTENT-ADVERSE", "§2101", HIGH, CONFIRMED,
                        "State the adverse employment actions that can follow from missing each quota.",
                        eachQuota(DocumentChecks::adverse))
                .rule("CA-2101-FORM-WRITTEN", "§2101", MEDIUM, CONFIRMED,
                        "Hand over the description in writing (paper or electronic); a briefing is not enough.",
                        Rules.documentAndRecords(document(doc -> Verdict.pass("The description is a written document.")),
                                DeliveryChecks::inWriting))
                .rule("CA-2101-CHANGE-REISSUE", "§§2101–2102", MEDIUM, UNCONFIRMED,
                        "Deliver the new description before enforcing a changed quota; an undescribed change is an undisclosed quota.",
                        records(California::reissuedBeforeChange))
                .rule("CA-2102-NO-PREVENT-MEAL-REST", "§2102", CRITICAL, CONFIRMED,
                        "Leave meal and rest periods, and travel to them, out of the quota's productive time.",
                        document(DocumentChecks::allowsMealAndRest))
                .rule("CA-2102-NO-PREVENT-BATHROOM", "§2102", CRITICAL, CONFIRMED,
                        "Exclude bathroom use and the travel to and from it from time off task.",
                        document(doc -> DocumentChecks.protects(doc, DocumentChecks.BATHROOM_TIME)))
                .rule("CA-2102-NO-PREVENT-HS", "§2102", CRITICAL, CONFIRMED,
                        "Have the quota assessed against Cal/OSHA standards and exclude safety time from time off task.",
                        document(California::allowsSafetyCompliance))
                .rule("CA-2102-ADVERSE-UNDISCLOSED", "§2102", CRITICAL, CONFIRMED,
                        "Withdraw adverse actions taken on quotas that were not described to the employee in writing.",
                        records(AdverseActionChecks::actionOnDisclosedQuota))
                .rule("CA-2102-ADVERSE-NONCOMPLIANT-QUOTA", "§2102", CRITICAL, CONFIRMED,
                        "Withdraw adverse actions taken on quotas that do not allow breaks or safety compliance.",
                        records(e -> AdverseActionChecks.actionOnCompliantQuota(e, California::protectedTime)))
                .rule("CA-2103-TOT-SAFETY-IS-PRODUCTIVE", "§2103(a)", HIGH, CONFIRMED,
                        "Count time spent complying with health and safety rules as time on task.",
                        document(doc -> DocumentChecks.protects(doc, DocumentChecks.SAFETY)))
                .rule("CA-2103-BREAKS-NOT-PRODUCTIVE", "§2103(b)", HIGH, CONFIRMED,
                        "Take meal and rest minutes out of the rate's denominator unless employees must stay on call.",
                        document(DocumentChecks::breaksNotProductive))
                .rule("CA-2104-REQUEST-INTAKE", "§2104(a)(1), (b)", MEDIUM, CONFIRMED,
                        "Record oral requests taken by supervisors as well as written ones.",
                        records(California::intake))
                .rule("CA-2104-SCOPE-CURRENT", "§2104(a)(1)", MEDIUM, CONFIRMED,
                        "Produce every current description and the last 90 days of the employee's own work speed data.",
                        records(e -> RequestChecks.perRequest(e, r -> !r.formerEmployee(),
                                r -> RequestChecks.dataScope(e, r))))
                .rule("CA-2104-SCOPE-FORMER", "§2104(a)(2)", MEDIUM, CONFIRMED,
                        "Produce the quotas and the work speed data of the 90 days before separation.",
                        records(e -> RequestChecks.perRequest(e, r -> r.formerEmployee(),
                                r -> RequestChecks.dataScope(e, r))))
                .rule("CA-2104-FORMER-ONE-REQUEST", "§2104(a)(3)", LOW, CONFIRMED,
                        "A second request from a former employee may be declined; record the reason.",
                        records(e -> RequestChecks.perRequest(e, r -> r.formerEmployee(),
                                r -> RequestChecks.terms(e, r).required() ? Verdict.pass("The former employee's one request.")
                                        : Verdict.pass("A repeat request from a former employee: not required ("
                                        + formerEmployees().citation() + "); it may be declined, or answered voluntarily."))))
                .rule("CA-2104-DEADLINE-21D", "§2104(b)", HIGH, CONFIRMED,
                        "Answer written or oral requests as soon as practicable and within 21 calendar days.",
                        records(e -> RequestChecks.requestDeadlines(e, r -> true)))
                .rule("CA-2104-NO-MONITORING-EXEMPTION", "§2104(c)", INFO, CONFIRMED,
                        "Only an employer that monitors no work speed data may skip producing it.",
                        document(California::monitoringExemption))
                .rule("CA-2104-FEE", "§2104", LOW, UNCONFIRMED,
                        "Produce records free of charge (NY, WA and OR require it; CA is silent).",
                        records(e -> RequestChecks.requestsFree(e, Outcome.NEEDS_REVIEW)))
                .rule("CA-2105-RETALIATION-PRESUMPTION-90D", "§2105", HIGH, PARTIAL,
                        "Document an independent reason for any adverse action within 90 days of a first request or a quota complaint.",
                        records(AdverseActionChecks::retaliationWindow))
                .rule("CA-2107-LC-ENFORCEMENT", "§2107(a)", INFO, CONFIRMED, "None.",
                        Rules.info("Informational: the Labor Commissioner enforces Part 8.6 with Cal/OSHA and the "
                                + "Division of Workers' Compensation and may use their injury data (§2107(a))."))
                .rule("CA-2107-INJURY-RATE-TRIGGER", "§2107(b)", MEDIUM, PARTIAL,
                        "Review pace and staffing at sites whose injury rate is well above the warehouse average.",
                        records(e -> FacilityRecordChecks.injuryRate(e, 1.25, 0,
                                "§2107(b) may bring Labor Commissioner attention (multiple 1.25× unverified).")))
                .rule("CA-2108-INJUNCTION-EXPOSURE", "§2108", INFO, CONFIRMED,
                        "Fix the failures under §§2101–2104 to remove private injunction exposure.",
                        California::injunctionExposure)
                .rule("CA-PENALTY-2699F", "§2699(f)", INFO, CONFIRMED,
                        "Deliver compliant written descriptions to every employee concerned.",
                        records(FacilityRecordChecks::exposure))
                .build();
    }

    private static Verdict allowsSafetyCompliance(QuotaDocument doc) {
        Verdict safety = DocumentChecks.protects(doc, DocumentChecks.SAFETY);
        if (safety.outcome() == Outcome.FAIL) {
            return safety;
        }
        return Verdict.review("Question: has a safety assessment confirmed that the rate leaves time for Cal/OSHA "
                + "compliance (PPE, lifting technique, hazard reporting)? A record linking a violation to the quota fails this rule.");
    }

    private static Verdict protectedTime(QuotaDocument doc) {
        return Rules.worst(List.of(DocumentChecks.allowsMealAndRest(doc),
                DocumentChecks.protects(doc, DocumentChecks.SAFETY)));
    }

    private static List<Verdict> reissuedBeforeChange(Evaluation e) {
        List<DeliveryChecks.Subject> changed = DeliveryChecks.changed(e);
        if (changed.isEmpty()) {
            return List.of(Verdict.na("No quota change affects a current employee."));
        }
        return DeliveryChecks.perEmployee(changed, s -> {
            Optional<LocalDate> delivered = DeliveryChecks.firstWritten(s);
            return delivered.isPresent() && !delivered.get().isAfter(s.description().effectiveOn())
                    ? Verdict.pass("")
                    : Verdict.review("The quota changed on " + s.description().effectiveOn() + " and the new description "
                    + delivered.map(d -> "was delivered on " + d).orElse("was not delivered")
                    + ". Question: was the changed quota enforced before it was described?");
        }, "received the changed description before it applied");
    }

    private static List<Verdict> intake(Evaluation e) {
        if (e.facts().requests().isEmpty()) {
            return List.of(Verdict.na("No request on record yet."));
        }
        long oral = e.facts().requests().stream()
                .filter(r -> r.channel() == org.quotaledger.rules.FacilityFacts.RequestChannel.ORAL).count();
        return List.of(Verdict.pass(e.facts().requests().size() + " request(s) recorded, " + oral + " of them oral."));
    }

    private static Verdict monitoringExemption(QuotaDocument doc) {
        boolean tracked = doc.timeOffTask() != null && Boolean.TRUE.equals(doc.timeOffTask().tracked());
        if (!doc.quotas().isEmpty()) {
            return Verdict.na("Quotas are monitored, so the §2104(c) exemption is not available: work speed data "
                    + "must be produced on request.");
        }
        return tracked ? Verdict.review("No quota is described but time off task is tracked. Question: is work "
                + "speed data collected? If so, it must be produced on request.")
                : Verdict.pass("No quota or monitoring described: no work speed data need be produced.");
    }

    /** §2108 exposure attaches to every FAIL of §§2101–2104 found before this rule. */
    private static List<Verdict> injunctionExposure(Evaluation e) {
        long fails = e.earlier().stream().filter(f -> f.outcome() == Outcome.FAIL)
                .map(Finding::ruleId).filter(id -> id.matches("CA-210[1-4]-.*")).count();
        return List.of(fails == 0
                ? Verdict.pass("No failure under §§2101–2104, so no private injunction exposure was found.")
                : Verdict.review(fails + " failure(s) under §§2101–2104: a current or former employee may sue for "
                + "an injunction and attorney's fees (§2108)."));
    }
}
