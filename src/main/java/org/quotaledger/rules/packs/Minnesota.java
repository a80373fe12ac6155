package org.quotaledger.rules.packs;

import org.quotaledger.law.Statute;
import org.quotaledger.calendar.BusinessCalendar;
import org.quotaledger.calendar.Holiday;
import org.quotaledger.law.Agency;
import org.quotaledger.law.Coverage;
import org.quotaledger.law.JobFunction;
import org.quotaledger.law.LawStatus;
import org.quotaledger.law.RequestKind;
import org.quotaledger.law.RequestRight;
import org.quotaledger.law.Retaliation;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.Kind;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.FacilityFacts.Records;
import org.quotaledger.rules.RulePack;
import org.quotaledger.rules.Rules;
import org.quotaledger.rules.StateRules;
import org.quotaledger.rules.Verdict;
import org.quotaledger.rules.packs.DocumentChecks.QuotaDefinition;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
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
import static java.time.Month.SEPTEMBER;
import static org.quotaledger.calendar.Holiday.Observance.NEAREST_WEEKDAY;
import static org.quotaledger.calendar.Holiday.fixed;
import static org.quotaledger.calendar.Holiday.last;
import static org.quotaledger.calendar.Holiday.nth;
import static org.quotaledger.rules.RuleStatus.CONFIRMED;
import static org.quotaledger.rules.RuleStatus.PARTIAL;
import static org.quotaledger.rules.RuleStatus.UNCONFIRMED;
import static org.quotaledger.rules.Rules.eachQuota;
import static org.quotaledger.rules.Rules.records;
import static org.quotaledger.rules.Severity.HIGH;
import static org.quotaledger.rules.Severity.INFO;
import static org.quotaledger.rules.Severity.LOW;
import static org.quotaledger.rules.Severity.MEDIUM;

/**
 * Minnesota, Minn. Stat. §182.6526 (Warehouse Distribution Worker Safety, SF 3035), in force 1 August
 * 2023. Only subdivision 1 was read; subdivisions 2–4 are PARTIAL or UNCONFIRMED in the catalogue, so
 * those rules flag rather than fail where the statute's detail is unknown, and no request deadline,
 * change-notice duty, language or retention period is stated here. The state's facts and its rule pack.
 */
public final class Minnesota implements StateRules {

    private static final LocalDate IN_FORCE = LocalDate.of(2023, 8, 1);

    /**
     * Minn. Stat. §645.44 subd. 5 for the executive branch: Juneteenth and the Friday after Thanksgiving included,
     * Columbus (Indigenous Peoples) Day excluded; fixed-date holidays move Saturday → Friday and Sunday → Monday.
     */
    private static final BusinessCalendar CALENDAR_DAYS = new BusinessCalendar("MN", List.of(
            fixed("New Year's Day", JANUARY, 1, NEAREST_WEEKDAY),
            nth("Martin Luther King's Birthday", 3, MONDAY, JANUARY),
            nth("Washington's and Lincoln's Birthday", 3, MONDAY, FEBRUARY),
            last("Memorial Day", MONDAY, MAY),
            fixed("Juneteenth", JUNE, 19, NEAREST_WEEKDAY),
            fixed("Independence Day", JULY, 4, NEAREST_WEEKDAY),
            nth("Labor Day", 1, MONDAY, SEPTEMBER),
            fixed("Veterans Day", NOVEMBER, 11, NEAREST_WEEKDAY),
            Holiday.thanksgiving(),
            Holiday.after("Friday after Thanksgiving", Holiday.thanksgiving(), 1),
            fixed("Christmas Day", DECEMBER, 25, NEAREST_WEEKDAY)));

    // ---- the law ----------------------------------------------------------------------------------------------

    private final Statute statute = new Statute("MN", "Minnesota", LawStatus.ENACTED, "Minn. Stat. §182.6526", IN_FORCE,
            ZoneId.of("America/Chicago"), CALENDAR_DAYS, "Minn. Stat. §645.44 subd. 5",
            new Agency("Minnesota Department of Labor and Industry (MNOSHA)", "https://www.dli.mn.gov/business/workplace-safety-and-health/faqs-warehouse-workers-minn-stat-1826526"));

    @Override
    public Statute statute() {
        return statute;
    }

    /**
     * Subd. 1: 250 at one site or 1,000 statewide (the unitary business included); the quota, request and
     * retaliation subdivisions leave out people doing solely manufacturing, administrative, sales, accounting,
     * HR or driving work.
     */
    @Override
    public Optional<Coverage> coverage() {
        return Optional.of(new Coverage(250, 1000, "Minn. Stat. §182.6526 subd. 1",
                Set.of("493110", "423", "424", "454110", "492110"), Set.of("493130"), Set.of(),
                "493110, 423, 424, 454110, 492110",
                EnumSet.of(JobFunction.MANUFACTURING, JobFunction.ADMINISTRATIVE, JobFunction.SALES, JobFunction.ACCOUNTING,
                        JobFunction.HUMAN_RESOURCES, JobFunction.DRIVER),
                "Minn. Stat. §182.6526 subd. 1(d)(2)"));
    }

    /**
     * Subd. 3–4: the right exists but its scope and deadline are UNCONFIRMED: no deadline and no window is stated
     * (an answer covers {@link #COURTESY_WINDOW}).
     */
    @Override
    public Optional<RequestRight> request(RequestKind kind) {
        return Optional.of(new RequestRight(kind, null, null, false,
                "Minn. Stat. §182.6526 subd. 3–4 (scope and deadline unconfirmed)"));
    }

    /**
     * Retaliation is prohibited but no presumption is confirmed ({@link #retaliation()} stays empty); the rule still
     * flags actions within 90 days of a request or complaint for a person to look at.
     */
    private static final Retaliation FLAG_WINDOW = new Retaliation(90, false, true,
            "Minn. Stat. §182.6526 (presumption window unconfirmed)");

    // ---- the rules --------------------------------------------------------------------------------------------

    @Override
    public RulePack pack() {
        QuotaDefinition definition = new QuotaDefinition(false, true, null);
        return new PackBuilder(this, "Minn. Stat.")
                .coverage("MN-COVER-THRESHOLD", "§182.6526 subd. 1", CONFIRMED,
                        "Count employees at the site (250) and in Minnesota (1,000), the unitary business included.",
                        Rules.facility(CoverageChecks.threshold(this)))
                .coverage("MN-COVER-NAICS", "§182.6526 subd. 1", CONFIRMED,
                        "Confirm the site's NAICS code: 493110, 423, 424, 454110 or 492110.",
                        Rules.facility(CoverageChecks.naics(this)))
                .rule("MN-COVER-EMPLOYEE", "§182.6526 subd. 1(d)(2)", INFO, CONFIRMED,
                        "Record exempt status and roles doing solely manufacturing, administrative, sales, accounting, HR or driving work.",
                        CoverageChecks.employees(false, "exempt employees and people doing solely manufacturing, "
                                + "administrative, sales, accounting, HR or driving work"))
                .rule("MN-DEF-QUOTA", "§182.6526 subd. 1", HIGH, PARTIAL,
                        "Describe individual and group standards, error standards and time-off-task systems as quotas.",
                        Rules.eachQuotaAnd((doc, q) -> DocumentChecks.isQuota(definition, doc, q),
                                DocumentChecks::timeOffTaskIsQuota))
                .rule("MN-DESCRIPTION-CONTENT", "§182.6526 subd. 2", HIGH, PARTIAL,
                        "Describe each quota, how it is measured, its quantity or off-task limit per period, and the possible adverse actions.",
                        eachQuota(Minnesota::content))
                .rule("MN-DESCRIPTION-TIMING", "§182.6526 subd. 2", MEDIUM, UNCONFIRMED,
                        "Give each employee the written description on hire.",
                        records(e -> DeliveryChecks.withUndescribed(e, DeliveryChecks.deliveredOnTime(e, inForce(), existingStaffBy()))))
                .rule("MN-REQUEST-RIGHTS", "§182.6526 subd. 3–4", LOW, UNCONFIRMED,
                        "Answer requests promptly; the statutory deadline is unconfirmed.",
                        records(e -> RequestChecks.perRequest(e, r -> true, r -> RequestChecks.deadline(e, r))))
                .rule("MN-RETALIATION", "§182.6526", MEDIUM, PARTIAL,
                        "Document an independent reason for any adverse action soon after a request or complaint.",
                        records(e -> AdverseActionChecks.retaliationWindow(e, FLAG_WINDOW)))
                .rule("MN-SAFETY-COMMITTEE-MONTHLY", "§182.6526; §182.676", MEDIUM, CONFIRMED,
                        "Hold and minute a safety committee meeting every month while the injury rate is 30% above the NAICS average.",
                        records(Minnesota::safetyCommittee))
                .build();
    }

    private static Verdict content(QuotaDocument doc, Quota quota) {
        List<Verdict> parts = new ArrayList<>();
        boolean offTaskLimit = quota.kind() == Kind.TIME_ON_TASK && DocumentChecks.absent(quota.quantity())
                && doc.timeOffTask() != null && !DocumentChecks.absent(doc.timeOffTask().limit());
        parts.add(offTaskLimit ? Verdict.pass("The off-task limit is " + doc.timeOffTask().limit() + ".")
                : DocumentChecks.quantity(doc, quota));
        parts.add(DocumentChecks.timePeriod(doc, quota));
        parts.add(DocumentChecks.adverse(doc, quota));
        parts.add(quota.howMeasured() == null || quota.howMeasured().isBlank()
                ? Verdict.fail(DocumentChecks.name(quota) + " does not say how it is measured.")
                : Verdict.pass("Measured: " + quota.howMeasured() + "."));
        return Rules.worst(parts);
    }

    /** Monthly meetings are due while either of the last two years' rates is at least 1.30× the average. */
    private static List<Verdict> safetyCommittee(Evaluation e) {
        Records records = e.facts().records();
        if (records == null || records.injuryRates() == null || records.injuryRates().isEmpty()) {
            return List.of(Verdict.na("No injury statistics on record."));
        }
        int year = e.on().getYear();
        boolean required = records.injuryRates().stream()
                .filter(r -> r.year() >= year - 2 && r.year() < year)
                .anyMatch(r -> r.ratio() >= 1.30);
        if (!required) {
            return List.of(Verdict.pass("No injury rate 30% or more above the average in the last two years."));
        }
        Set<YearMonth> held = records.safetyCommitteeMeetings() == null ? Set.of() : records.safetyCommitteeMeetings();
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth m = YearMonth.from(e.on()).minusMonths(12); m.isBefore(YearMonth.from(e.on())); m = m.plusMonths(1)) {
            if (!held.contains(m)) {
                missing.add(m);
            }
        }
        return List.of(missing.isEmpty() ? Verdict.pass("Monthly safety committee minutes on record for the last 12 months.")
                : Verdict.fail("Monthly safety committee meetings required; no minutes for " + missing + "."));
    }
}
