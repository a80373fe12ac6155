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
import org.quotaledger.document.QuotaDocument.CollectiveBargaining;
import org.quotaledger.document.QuotaDocument.FacilityBlock;
import org.quotaledger.rules.RulePack;
import org.quotaledger.rules.Rules;
import org.quotaledger.rules.StateRules;
import org.quotaledger.rules.Verdict;

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
import static java.time.Month.JUNE;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.SEPTEMBER;
import static org.quotaledger.calendar.Holiday.Observance.NEAREST_WEEKDAY;
import static org.quotaledger.calendar.Holiday.fixed;
import static org.quotaledger.calendar.Holiday.last;
import static org.quotaledger.calendar.Holiday.nth;
import static org.quotaledger.law.DayCount.CALENDAR;
import static org.quotaledger.rules.RuleStatus.CONFIRMED;
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
 * Oregon, ORS 653.556–653.557 (HB 4127, Or Laws 2024 ch. 36), in force 1 January 2025 (the catalogue
 * notes the quota-documentation section printed as effective 31 January 2025; the earlier date is used
 * so no January 2025 hire escapes the check). The NAICS exclusions are secondary-source readings.
 * The state's facts and its rule pack.
 */
public final class Oregon implements StateRules {

    private static final LocalDate IN_FORCE = LocalDate.of(2025, 1, 1);

    /** ORS 187.010 legal holidays including Juneteenth; Saturday → Friday and Sunday → Monday (ORS 187.010(2)). */
    private static final BusinessCalendar CALENDAR_DAYS = new BusinessCalendar("OR", List.of(
            fixed("New Year's Day", JANUARY, 1, NEAREST_WEEKDAY),
            nth("Martin Luther King, Jr.'s Birthday", 3, MONDAY, JANUARY),
            nth("Presidents Day", 3, MONDAY, FEBRUARY),
            last("Memorial Day", MONDAY, MAY),
            fixed("Juneteenth", JUNE, 19, NEAREST_WEEKDAY),
            fixed("Independence Day", JULY, 4, NEAREST_WEEKDAY),
            nth("Labor Day", 1, MONDAY, SEPTEMBER),
            fixed("Veterans Day", NOVEMBER, 11, NEAREST_WEEKDAY),
            Holiday.thanksgiving(),
            fixed("Christmas Day", DECEMBER, 25, NEAREST_WEEKDAY)));

    // ---- the law ----------------------------------------------------------------------------------------------

    // A single zone per state: the parts of Oregon on Mountain time are a known simplification.
    private final Statute statute = new Statute("OR", "Oregon", LawStatus.ENACTED, "ORS 653.556–653.557", IN_FORCE,
            ZoneId.of("America/Los_Angeles"), CALENDAR_DAYS, "ORS 187.010",
            new Agency("Oregon Bureau of Labor and Industries (BOLI)", "https://www.oregon.gov/boli/employers/Pages/warehouse-quotas.aspx"));

    @Override
    public Statute statute() {
        return statute;
    }

    /** HB 4127 §1: 100 / 1,000 nonexempt; farm, refrigerated, medical, drug and beverage wholesale and couriers excluded. */
    @Override
    public Optional<Coverage> coverage() {
        return Optional.of(new Coverage(100, 1000, "ORS 653.556 (HB 4127 §1)", Set.of("493", "423", "424", "454110"),
                Set.of("493130", "493120", "423450", "424210", "424810", "424820", "492110"), Set.of("424490"),
                "warehousing 493, merchant wholesale 423/424, e-shopping 454110; excluding farm and refrigerated "
                        + "warehousing, medical/drug and beer/wine/spirits wholesale, couriers",
                Set.of(JobFunction.DRIVER, JobFunction.COURIER), "ORS 653.556 (HB 4127 §1)"));
    }

    /** ORS 653.557: quota information and 90 days of own data, free, within 21 calendar days. */
    @Override
    public Optional<RequestRight> request(RequestKind kind) {
        return Optional.of(new RequestRight(kind, new Deadline(21, CALENDAR, "ORS 653.557"), Period.ofDays(90), false,
                "ORS 653.557"));
    }

    /** ORS 653.557: one request within three years of separation, covering the 90 days before it. */
    @Override
    public FormerEmployees formerEmployees() {
        return new FormerEmployees(true, Period.ofYears(3), "ORS 653.557");
    }

    @Override
    public Optional<ChangeNotice> changeNotice() {
        return Optional.of(new ChangeNotice(2, "ORS 653.556(2)(b)"));
    }

    /**
     * ORS 653.556(2): the language the employer regularly uses with that employee. The employer's own fact, so an
     * employee without a recorded language is asked about (NEEDS_REVIEW), not taken for an English speaker.
     */
    @Override
    public Languages languages() {
        return new Languages(false, true, 0, "ORS 653.556(2)", List.of(), true);
    }

    @Override
    public Optional<Penalties> penalties() {
        return Optional.of(new Penalties(new BigDecimal("1000"), new BigDecimal("1000"),
                "ORS 653.557(6), 653.256 (≤ $1,000 per violation)", Set.of("OR-556-", "OR-557-")));
    }

    // ---- the rules --------------------------------------------------------------------------------------------

    @Override
    public RulePack pack() {
        return new PackBuilder(this, "")
                .coverage("OR-COVER-THRESHOLD", "ORS 653.556 (HB 4127 §1)", CONFIRMED,
                        "Count nonexempt employees at the site (100) and in Oregon (1,000), indirect workers included.",
                        Rules.facility(CoverageChecks.threshold(this)))
                .coverage("OR-COVER-NAICS-EXCLUSIONS", "ORS 653.556 (HB 4127 §1)", CONFIRMED,
                        "Confirm the site's NAICS code; farm, refrigerated, medical-equipment, drug, beverage wholesale and couriers are excluded.",
                        Rules.facility(CoverageChecks.naics(this)))
                .rule("OR-COVER-EMPLOYEE", "ORS 653.556 (HB 4127 §1)", INFO, CONFIRMED,
                        "Record exempt status and driver/courier roles.",
                        CoverageChecks.employees(false, "exempt employees and drivers or couriers"))
                .coverage("OR-CBA-EXEMPTION", "ORS 653.556 (HB 4127)", CONFIRMED,
                        "Check whether the CBA makes the metric negotiable and gives an equivalent records right.",
                        Rules.facility(Oregon::bargainingExemption))
                .rule("OR-556-CONTENT", "ORS 653.556(1)", HIGH, CONFIRMED,
                        "Summarise each quota's quantity per defined period and the possible consequences, adverse actions included.",
                        eachQuota((doc, q) -> Rules.worst(List.of(DocumentChecks.quantity(doc, q),
                                DocumentChecks.timePeriod(doc, q), DocumentChecks.adverse(doc, q)))))
                .rule("OR-556-TIMING", "ORS 653.556(2)", HIGH, CONFIRMED,
                        "Give the documentation on hire, within two business days of a change, and with each adverse action.",
                        records(e -> CheckSupport.combine(DeliveryChecks.withUndescribed(e, DeliveryChecks.deliveredOnTime(e, inForce(), existingStaffBy())),
                                DeliveryChecks.changeNoticeAfter(e), AdverseActionChecks.givenWithAction(e, false))))
                .rule("OR-556-LANGUAGE", "ORS 653.556(2)", MEDIUM, CONFIRMED,
                        "Provide the documentation in the language the employer regularly uses with each employee.",
                        Rules.documentAndRecords(LanguageChecks.description(languages()),
                                DeliveryChecks::deliveredInPrimaryLanguage))
                .rule("OR-556-ADVERSE-UNDOCUMENTED", "ORS 653.556(3)", CRITICAL, CONFIRMED,
                        "Withdraw adverse actions on quotas the employee had not received documentation of.",
                        records(AdverseActionChecks::actionOnDisclosedQuota))
                .rule("OR-557-REQUESTS", "ORS 653.557", HIGH, CONFIRMED,
                        "Produce quota information and 90 days of work speed data free within 21 calendar days.",
                        records(e -> RequestChecks.perRequest(e, r -> true, r -> {
                            return RequestChecks.ifRequired(e, r, () -> Rules.worst(List.of(RequestChecks.deadline(e, r),
                                    r.charged() ? Verdict.fail("A fee of $" + r.fee().toPlainString() + " was charged.")
                                            : Verdict.pass("Free."))));
                        })))
                .rule("OR-PENALTY", "ORS 653.557(6); ORS 653.256", INFO, CONFIRMED,
                        "Fix the failures found.",
                        records(FacilityRecordChecks::exposure))
                .rule("OR-GAPS", "ORS 653.556–557", LOW, UNCONFIRMED, "None.",
                        Rules.info("Not implemented as a hard rule: break/bathroom protection, anti-retaliation and "
                                + "record retention in Oregon are unconfirmed (one law-firm summary only)."))
                .build();
    }

    /** Exempt only when a CBA covers the role, makes the metric negotiable and gives an equivalent records right. */
    private static Verdict bargainingExemption(FacilityBlock facility) {
        CollectiveBargaining cba = facility.collectiveBargaining();
        if (cba == null || !Boolean.TRUE.equals(cba.covered())) {
            return Verdict.pass("No collective bargaining agreement covers the role: no exemption.");
        }
        boolean negotiable = Boolean.TRUE.equals(cba.metricsNegotiable());
        boolean records = Boolean.TRUE.equals(cba.recordsRightEquivalent());
        if (negotiable && records) {
            return Verdict.na("Exempt: the CBA makes the performance metric negotiable and gives a substantially "
                    + "equivalent records right.");
        }
        if (negotiable || records) {
            return Verdict.review("The CBA meets only one of the two exemption conditions ("
                    + (negotiable ? "metric negotiable" : "equivalent records right") + "). Question: does it also "
                    + (negotiable ? "give a substantially equivalent records right?" : "make the metric reviewable or negotiable?"));
        }
        return Verdict.pass("The CBA neither makes the metric negotiable nor gives an equivalent records right: no exemption.");
    }
}
