package org.quotaledger.rules.packs;

import org.quotaledger.law.Statute;
import org.quotaledger.calendar.BusinessCalendar;
import org.quotaledger.calendar.Holiday;
import org.quotaledger.law.Agency;
import org.quotaledger.law.ChangeNotice;
import org.quotaledger.law.Coverage;
import org.quotaledger.law.Deadline;
import org.quotaledger.law.FormerEmployees;
import org.quotaledger.law.JobFunction;
import org.quotaledger.law.Languages;
import org.quotaledger.law.LawStatus;
import org.quotaledger.law.Penalties;
import org.quotaledger.law.RequestKind;
import org.quotaledger.law.RequestRight;
import org.quotaledger.law.Retaliation;
import org.quotaledger.law.Retention;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.FacilityFacts;
import org.quotaledger.rules.FacilityFacts.Records;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.time.DayOfWeek.MONDAY;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.quotaledger.calendar.Holiday.Observance.SUNDAY_TO_MONDAY;
import static org.quotaledger.calendar.Holiday.fixed;
import static org.quotaledger.calendar.Holiday.last;
import static org.quotaledger.calendar.Holiday.nth;
import static org.quotaledger.law.DayCount.CALENDAR;
import static org.quotaledger.rules.RuleStatus.CONFIRMED;
import static org.quotaledger.rules.RuleStatus.PARTIAL;
import static org.quotaledger.rules.Rules.document;
import static org.quotaledger.rules.Rules.eachQuota;
import static org.quotaledger.rules.Rules.records;
import static org.quotaledger.rules.Severity.CRITICAL;
import static org.quotaledger.rules.Severity.HIGH;
import static org.quotaledger.rules.Severity.INFO;
import static org.quotaledger.rules.Severity.MEDIUM;

/**
 * New York, Labor Law Article 21-A §§780–789 (Warehouse Worker Protection Act, as rewritten by ch. 43 of
 * 2023), in force 19 June 2023 (existing staff by 19 July 2023); the §789 injury reduction program from
 * 1 June 2025. The state's facts and its rule pack.
 */
public final class NewYork implements StateRules {

    private static final LocalDate IN_FORCE = LocalDate.of(2023, 6, 19);
    private static final LocalDate IRP_IN_FORCE = LocalDate.of(2025, 6, 1);

    /**
     * General Construction Law §24 legal holidays as listed in the Department of Civil Service "Calendar of Legal
     * Holidays" (Lincoln's Birthday 12 February, Juneteenth, Columbus Day and Election Day included; Flag Day is
     * always a Sunday). 4 NYCRR §21.1(b): a Saturday holiday is not observed; a Sunday holiday is observed on Monday.
     */
    private static final BusinessCalendar CALENDAR_DAYS = new BusinessCalendar("NY", List.of(
            fixed("New Year's Day", JANUARY, 1, SUNDAY_TO_MONDAY),
            nth("Dr. Martin Luther King, Jr. Day", 3, MONDAY, JANUARY),
            fixed("Lincoln's Birthday", FEBRUARY, 12, SUNDAY_TO_MONDAY),
            nth("Washington's Birthday", 3, MONDAY, FEBRUARY),
            last("Memorial Day", MONDAY, MAY),
            fixed("Juneteenth", JUNE, 19, SUNDAY_TO_MONDAY),
            fixed("Independence Day", JULY, 4, SUNDAY_TO_MONDAY),
            nth("Labor Day", 1, MONDAY, SEPTEMBER),
            nth("Columbus Day", 2, MONDAY, OCTOBER),
            Holiday.electionDay("Election Day"),
            fixed("Veterans' Day", NOVEMBER, 11, SUNDAY_TO_MONDAY),
            Holiday.thanksgiving(),
            fixed("Christmas Day", DECEMBER, 25, SUNDAY_TO_MONDAY)));

    // ---- the law ----------------------------------------------------------------------------------------------

    private final Statute statute = new Statute("NY", "New York", LawStatus.ENACTED, "N.Y. Lab. Law §§780–789", IN_FORCE,
            ZoneId.of("America/New_York"), CALENDAR_DAYS, "N.Y. General Construction Law §24; Department of Civil Service Calendar of Legal Holidays",
            new Agency("New York State Department of Labor", "https://dol.ny.gov/"));

    @Override
    public Statute statute() {
        return statute;
    }

    /** §781: existing staff within 30 days of the effective date. */
    @Override
    public LocalDate existingStaffBy() {
        return LocalDate.of(2023, 7, 19);
    }

    /** §780(4), (7), (2): 100 / 1,000, couriers (492110) in scope, drivers and couriers not covered employees. */
    @Override
    public Optional<Coverage> coverage() {
        return Optional.of(new Coverage(100, 1000, "N.Y. Lab. Law §780(4)", Set.of("493", "423", "424", "454110", "492110"),
                Set.of("493130"), Set.of(), "493 (not 493130), 423, 424, 454110, 492110",
                Set.of(JobFunction.DRIVER, JobFunction.COURIER), "N.Y. Lab. Law §780(2)"));
    }

    /** §785(1), (3): descriptions any time; 90 days of own data with the aggregate of similar employees; 14 calendar days. */
    @Override
    public Optional<RequestRight> request(RequestKind kind) {
        return Optional.of(new RequestRight(kind, new Deadline(14, CALENDAR, "N.Y. Lab. Law §785(3)"), Period.ofDays(90),
                kind == RequestKind.WORK_SPEED_DATA, "N.Y. Lab. Law §785(1), (3)"));
    }

    @Override
    public FormerEmployees formerEmployees() {
        return new FormerEmployees(true, null, "N.Y. Lab. Law §785(2)");
    }

    @Override
    public Optional<ChangeNotice> changeNotice() {
        return Optional.of(new ChangeNotice(2, "N.Y. Lab. Law §781"));
    }

    /** §781, §785(5): English and the language the employee identifies as primary. */
    @Override
    public Languages languages() {
        return new Languages(true, true, 0, "N.Y. Lab. Law §§781, 785(5)");
    }

    @Override
    public Optional<Retention> retention() {
        return Optional.of(new Retention(Period.ofYears(3), "N.Y. Lab. Law §784"));
    }

    @Override
    public Optional<Penalties> penalties() {
        return Optional.of(new Penalties(new BigDecimal("1000"), new BigDecimal("3000"),
                "N.Y. Lab. Law §§787, 218 ($1,000 / $2,000 / $3,000)", Set.of("NY-781-")));
    }

    @Override
    public Optional<Retaliation> retaliation() {
        return Optional.of(new Retaliation(90, true, true, "N.Y. Lab. Law §786"));
    }

    // ---- the rules --------------------------------------------------------------------------------------------

    @Override
    public RulePack pack() {
        QuotaDefinition definition = new QuotaDefinition(false, true, null);
        return new PackBuilder(this, "N.Y. Lab. Law")
                .coverage("NY-780-COVER-THRESHOLD", "§780(4)", CONFIRMED,
                        "Count nonexempt employees at the site and in New York, indirect workers and the controlled group included.",
                        Rules.facility(CoverageChecks.threshold(this)))
                .coverage("NY-780-COVER-NAICS", "§780(7)", CONFIRMED,
                        "Confirm the site's NAICS code: 493 (not 493130), 423, 424, 454110 or 492110.",
                        Rules.facility(CoverageChecks.naics(this)))
                .rule("NY-780-COVER-EMPLOYEE", "§780(2)", INFO, CONFIRMED,
                        "Record exempt status, driver/courier roles and which employees are subject to a quota.",
                        CoverageChecks.employees(true, "exempt employees and drivers or couriers"))
                .rule("NY-780-DEF-QUOTA", "§780(6)", HIGH, CONFIRMED,
                        "Describe every standard that can lead to adverse action, including time-off-task systems, as a quota.",
                        Rules.eachQuotaAnd((doc, q) -> DocumentChecks.isQuota(definition, doc, q),
                                DocumentChecks::timeOffTaskIsQuota))
                .rule("NY-781-TIMING-HIRE", "§781", HIGH, CONFIRMED,
                        "Give each employee the written description on hire (existing staff by 19 July 2023).",
                        records(e -> DeliveryChecks.withUndescribed(e, DeliveryChecks.deliveredOnTime(e, inForce(), existingStaffBy()))))
                .rule("NY-781-CONTENT-QUANTITY", "§781", HIGH, CONFIRMED,
                        "State the number of tasks or items, with their unit, for each quota.",
                        eachQuota(DocumentChecks::quantity))
                .rule("NY-781-CONTENT-TIMEPERIOD", "§781", HIGH, CONFIRMED,
                        "State the time period, within the shift, each quantity applies to.",
                        eachQuota(DocumentChecks::timePeriod))
                .rule("NY-781-CONTENT-ADVERSE", "§781", HIGH, CONFIRMED,
                        "State the adverse employment actions that can follow from missing each quota.",
                        eachQuota(DocumentChecks::adverse))
                .rule("NY-781-CHANGE-2BD", "§781", HIGH, CONFIRMED,
                        "Give an updated written description within two business days of every quota change.",
                        records(DeliveryChecks::changeNoticeAfter))
                .rule("NY-781-ADVERSE-GIVE-QUOTA", "§781", HIGH, CONFIRMED,
                        "Hand the applicable quota to the employee with every adverse action.",
                        records(e -> AdverseActionChecks.givenWithAction(e, false)))
                .rule("NY-781-LANGUAGE", "§781", MEDIUM, CONFIRMED,
                        "Provide the description in English and in each employee's primary language.",
                        Rules.documentAndRecords(LanguageChecks.description(languages()),
                                DeliveryChecks::deliveredInPrimaryLanguage))
                .rule("NY-782-NO-PREVENT-BREAKS-BATHROOM", "§782", CRITICAL, CONFIRMED,
                        "Leave meal and rest periods, bathroom use and the travel to them out of the quota's productive time.",
                        document(NewYork::allowsBreaksAndBathroom))
                .rule("NY-782-ADVERSE-BARS", "§782", CRITICAL, CONFIRMED,
                        "Withdraw adverse actions on undisclosed quotas or on quotas that do not allow breaks.",
                        records(e -> CheckSupport.zipWorst(AdverseActionChecks.actionOnDisclosedQuota(e),
                                AdverseActionChecks.actionOnCompliantQuota(e, NewYork::allowsBreaksAndBathroom))))
                .rule("NY-783-BREAKS-NOT-PRODUCTIVE", "§783", HIGH, PARTIAL,
                        "Do not treat paid or unpaid breaks as productive time unless employees must stay on call.",
                        document(DocumentChecks::breaksNotProductive))
                .rule("NY-784-RECORDS-3Y", "§784", MEDIUM, CONFIRMED,
                        "Keep work speed data, aggregated data and descriptions for three years.",
                        records(FacilityRecordChecks::retention))
                .rule("NY-785-REQUEST-DESCRIPTION-ANYTIME", "§785(1)", MEDIUM, CONFIRMED,
                        "Give current employees their quota descriptions whenever they ask, without asking why.",
                        records(e -> RequestChecks.perRequest(e,
                                r -> r.kind() == RequestKind.DESCRIPTION && !r.formerEmployee(),
                                r -> r.declined() ? Verdict.fail("Declined, but a current employee may ask at any time without a reason.")
                                        : r.open() ? Verdict.pending("Open.") : Verdict.pass("Answered on " + r.fulfilledOn() + "."))))
                .rule("NY-785-REQUEST-DATA", "§785(1)", MEDIUM, CONFIRMED,
                        "Produce descriptions, 90 days of own work speed data and aggregated data of similar employees.",
                        records(e -> RequestChecks.perRequest(e, r -> r.kind() == RequestKind.WORK_SPEED_DATA,
                                r -> RequestChecks.dataScope(e, r))))
                .rule("NY-785-FREE-AND-FORMER-ONE", "§785(2)", MEDIUM, CONFIRMED,
                        "Refund any fee: records are free (a former employee gets one request).",
                        records(e -> RequestChecks.requestsFree(e, Outcome.FAIL)))
                .rule("NY-785-DEADLINE-14D", "§785(3)", HIGH, CONFIRMED,
                        "Answer written or oral requests within 14 calendar days.",
                        records(e -> RequestChecks.requestDeadlines(e, r -> true)))
                .rule("NY-785-LANGUAGE", "§785(5)", MEDIUM, CONFIRMED,
                        "Give the requested description and data in English and the employee's primary language.",
                        records(RequestChecks::answerLanguages))
                .rule("NY-786-RETALIATION-PRESUMPTION-90D", "§786", HIGH, CONFIRMED,
                        "Document an independent reason for any adverse action within 90 days of a first request or a quota complaint.",
                        records(AdverseActionChecks::retaliationWindow))
                .rule("NY-787-PENALTIES", "§787; §§215, 218", INFO, CONFIRMED,
                        "Fix the disclosure failures found.",
                        records(FacilityRecordChecks::exposure))
                .rule("NY-789-IRP-ESTABLISH", "§789(1)", HIGH, CONFIRMED, IRP_IN_FORCE,
                        "Adopt a written injury reduction program for manual materials handling.",
                        records(NewYork::programEstablished))
                .rule("NY-789-EVALUATION", "§789(2)", HIGH, CONFIRMED, IRP_IN_FORCE,
                        "Have a competent person evaluate each quota-governed job, including whether quotas lead to discipline.",
                        records(NewYork::jobsEvaluated))
                .rule("NY-789-EVAL-ACCESS-1BD", "§789(2)(c)", MEDIUM, PARTIAL, IRP_IN_FORCE,
                        "Review the evaluations at least annually and give copies within one business day of a request.",
                        records(NewYork::evaluationsReviewed))
                .build();
    }

    private static Verdict allowsBreaksAndBathroom(QuotaDocument doc) {
        return Rules.worst(List.of(DocumentChecks.allowsMealAndRest(doc),
                DocumentChecks.protects(doc, DocumentChecks.BATHROOM_TIME)));
    }

    private static List<Verdict> programEstablished(Evaluation e) {
        Records records = e.facts().records();
        if (records == null) {
            return List.of(Verdict.na("No safety-program records in the registry."));
        }
        return List.of(records.injuryReductionProgramOn() != null
                ? Verdict.pass("Injury reduction program adopted on " + records.injuryReductionProgramOn() + ".")
                : Verdict.fail("No injury reduction program document on record for a covered site."));
    }

    private static List<Verdict> jobsEvaluated(Evaluation e) {
        Records records = e.facts().records();
        if (records == null || records.evaluatedRoles() == null) {
            return List.of(Verdict.na("No worksite evaluations in the registry."));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (FacilityFacts.ActiveDescription d : e.facts().descriptions()) {
            verdicts.add((records.evaluatedRoles().contains(d.roleCode())
                    ? (Boolean.FALSE.equals(records.evaluationsAddressDiscipline())
                    ? Verdict.fail("The evaluation does not say whether quotas lead to discipline.")
                    : Verdict.pass("Evaluated."))
                    : Verdict.fail("No worksite evaluation of this quota-governed job.")).on("role " + d.roleCode()));
        }
        return verdicts.isEmpty() ? List.of(Verdict.na("No quota-governed job.")) : verdicts;
    }

    private static List<Verdict> evaluationsReviewed(Evaluation e) {
        Records records = e.facts().records();
        if (records == null || records.lastEvaluationReviewOn() == null) {
            return List.of(Verdict.na("No evaluation review date in the registry."));
        }
        return List.of(records.lastEvaluationReviewOn().isBefore(e.on().minusYears(1))
                ? Verdict.fail("Evaluations last reviewed on " + records.lastEvaluationReviewOn() + ", more than a year ago.")
                : Verdict.pass("Evaluations reviewed on " + records.lastEvaluationReviewOn() + "."));
    }
}
