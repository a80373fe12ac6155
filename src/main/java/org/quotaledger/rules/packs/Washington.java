package org.quotaledger.rules.packs;

import org.quotaledger.law.Statute;
import org.quotaledger.calendar.BusinessCalendar;
import org.quotaledger.calendar.Holiday;
import org.quotaledger.law.Agency;
import org.quotaledger.law.ChangeNotice;
import org.quotaledger.law.Coverage;
import org.quotaledger.law.Deadline;
import org.quotaledger.law.FormerEmployees;
import org.quotaledger.law.Languages;
import org.quotaledger.law.LawStatus;
import org.quotaledger.law.Penalties;
import org.quotaledger.law.RequestKind;
import org.quotaledger.law.RequestRight;
import org.quotaledger.law.Retaliation;
import org.quotaledger.law.Retention;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
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
import static org.quotaledger.law.DayCount.BUSINESS;
import static org.quotaledger.rules.RuleStatus.CONFIRMED;
import static org.quotaledger.rules.Rules.document;
import static org.quotaledger.rules.Rules.eachQuota;
import static org.quotaledger.rules.Rules.records;
import static org.quotaledger.rules.Severity.CRITICAL;
import static org.quotaledger.rules.Severity.HIGH;
import static org.quotaledger.rules.Severity.INFO;
import static org.quotaledger.rules.Severity.MEDIUM;

/**
 * Washington, ch. 49.84 RCW (2SHB 1762, Laws 2023 ch. 306) and WAC 296-136, in force 1 July 2024
 * (existing staff by 31 July 2024). Business days follow RCW 1.16.050. The state's facts and its rule pack.
 */
public final class Washington implements StateRules {

    private static final LocalDate IN_FORCE = LocalDate.of(2024, 7, 1);

    /**
     * RCW 1.16.050 legal holidays, including Juneteenth and Native American Heritage Day (the day after
     * Thanksgiving); Saturday → Friday, Sunday → Monday (RCW 1.16.050(1)).
     */
    private static final BusinessCalendar CALENDAR_DAYS = new BusinessCalendar("WA", List.of(
            fixed("New Year's Day", JANUARY, 1, NEAREST_WEEKDAY),
            nth("Martin Luther King, Jr. Day", 3, MONDAY, JANUARY),
            nth("Presidents' Day", 3, MONDAY, FEBRUARY),
            last("Memorial Day", MONDAY, MAY),
            fixed("Juneteenth", JUNE, 19, NEAREST_WEEKDAY),
            fixed("Independence Day", JULY, 4, NEAREST_WEEKDAY),
            nth("Labor Day", 1, MONDAY, SEPTEMBER),
            fixed("Veterans Day", NOVEMBER, 11, NEAREST_WEEKDAY),
            Holiday.thanksgiving(),
            Holiday.after("Native American Heritage Day", Holiday.thanksgiving(), 1),
            fixed("Christmas Day", DECEMBER, 25, NEAREST_WEEKDAY)));

    // ---- the law ----------------------------------------------------------------------------------------------

    private final Statute statute = new Statute("WA", "Washington", LawStatus.ENACTED, "Ch. 49.84 RCW", IN_FORCE,
            ZoneId.of("America/Los_Angeles"), CALENDAR_DAYS, "RCW 1.16.050",
            new Agency("Washington Department of Labor & Industries (L&I)", "https://lni.wa.gov/workers-rights/industry-specific-requirements/warehouse-quota-standards/"));

    @Override
    public Statute statute() {
        return statute;
    }

    /** WAC 296-136-030(1): existing employees within 30 calendar days (L&I: by 31 July 2024). */
    @Override
    public LocalDate existingStaffBy() {
        return LocalDate.of(2024, 7, 31);
    }

    /** RCW 49.84.010: 100 / 1,000 at any time, affiliates included; no couriers (492110). */
    @Override
    public Optional<Coverage> coverage() {
        return Optional.of(new Coverage(100, 1000, "RCW 49.84.010; WAC 296-136-020", Set.of("493", "423", "424", "454110"),
                Set.of("493130"), Set.of(), "493 (not 493130), 423, 424, 454110", Set.of(), null));
    }

    /**
     * RCW 49.84.037(1), (3): the descriptions within 2 business days; six months of own data and six months of
     * aggregated data of similar employees within 7 business days.
     */
    @Override
    public Optional<RequestRight> request(RequestKind kind) {
        boolean data = kind == RequestKind.WORK_SPEED_DATA;
        return Optional.of(new RequestRight(kind, new Deadline(data ? 7 : 2, BUSINESS, "RCW 49.84.037(3)"),
                Period.ofMonths(6), data, "RCW 49.84.037(1), (3)"));
    }

    /** RCW 49.84.037(2): within three years after separation; no one-request limit in the text. */
    @Override
    public FormerEmployees formerEmployees() {
        return new FormerEmployees(false, Period.ofYears(3), "RCW 49.84.037(2)");
    }

    @Override
    public Optional<ChangeNotice> changeNotice() {
        return Optional.of(new ChangeNotice(2, "RCW 49.84.020(2)(b)"));
    }

    /** Employees are told of a change before it applies (RCW 49.84.020(2)(a)): it can take effect tomorrow at the earliest. */
    @Override
    public java.time.LocalDate earliestChangeEffectiveDay(java.time.LocalDate today) {
        return today.plusDays(1);
    }

    /**
     * RCW 49.84.020(4), WAC 296-136-030(2)–(4): English and the preferred language, at once for the state's top six
     * other languages "according to the current languages identified by the Washington office of financial
     * management", within 15 calendar days for any other. {@link #TOP_SIX}: see {@code docs/languages.md} for the
     * source and when to check it again.
     */
    @Override
    public Languages languages() {
        return new Languages(true, true, 15, "RCW 49.84.020(4); WAC 296-136-030(2)–(4)", TOP_SIX);
    }

    /**
     * Washington's top six languages other than English (OFM), as BCP 47 tags. Places 1–3 (Spanish, Vietnamese,
     * Russian) are confirmed by the Commission on Asian Pacific American Affairs' "Washington State Language Access
     * Plan" page, citing 2016 OFM data (capaa.wa.gov/resources/languages/washington-state-language-access-plan).
     * Places 4–6 (Chinese, Korean, Ukrainian) are UNCONFIRMED: no copy of OFM's list was found (searched December
     * 2026; see docs/languages.md). A language wrongly listed here is due at once instead of within the grace days
     * (the stricter reading); a top-six language missing from it would wrongly get the grace days.
     */
    static final List<String> TOP_SIX = List.of("es", "vi", "ru", "zh", "ko", "uk");

    /** RCW 49.84.035: the whole employment, the last six months kept three years after separation. */
    @Override
    public Optional<Retention> retention() {
        return Optional.of(new Retention(Period.ofYears(3), "RCW 49.84.035"));
    }

    @Override
    public Optional<Penalties> penalties() {
        return Optional.of(new Penalties(new BigDecimal("1000"), new BigDecimal("10000"),
                "Laws 2023 ch. 306 §9; WAC 296-136-110 (first ≤ $1,000, repeat ≤ $10,000)", Set.of("WA-020-")));
    }

    /** Laws 2023 ch. 306 §8, WAC 296-136-090: any protected activity, no first-request-of-the-year limit. */
    @Override
    public Optional<Retaliation> retaliation() {
        return Optional.of(new Retaliation(90, false, true, "Laws 2023 ch. 306 §8; WAC 296-136-090"));
    }

    // ---- the rules --------------------------------------------------------------------------------------------

    @Override
    public RulePack pack() {
        QuotaDefinition definition = new QuotaDefinition(false, true, null);
        return new PackBuilder(this, "")
                .coverage("WA-010-COVER-THRESHOLD", "RCW 49.84.010; WAC 296-136-020", CONFIRMED,
                        "Count employees at the site and in Washington (the greater of the day's count and the 12-month average), affiliates included.",
                        Rules.facility(CoverageChecks.threshold(this)))
                .coverage("WA-010-COVER-NAICS", "RCW 49.84.010", CONFIRMED,
                        "Confirm the site's NAICS code: 493 (not 493130), 423, 424 or 454110.",
                        Rules.facility(CoverageChecks.naics(this)))
                .rule("WA-010-COVER-EMPLOYEE", "RCW 49.84.010", INFO, CONFIRMED,
                        "Record each employee's exempt status under RCW 49.46.010(3)(c).",
                        CoverageChecks.employees(false, "exempt employees (RCW 49.46.010(3)(c))"))
                .rule("WA-010-DEF-QUOTA", "RCW 49.84.010", HIGH, CONFIRMED,
                        "Describe every required or recommended standard, group standards and time-off-task systems included.",
                        Rules.eachQuotaAnd((doc, q) -> DocumentChecks.isQuota(definition, doc, q),
                                DocumentChecks::timeOffTaskIsQuota))
                .rule("WA-020-TIMING-HIRE", "RCW 49.84.020(1); WAC 296-136-030(1)", HIGH, CONFIRMED,
                        "Give each employee the written description on hire (existing staff by 31 July 2024).",
                        records(e -> DeliveryChecks.withUndescribed(e, DeliveryChecks.deliveredOnTime(e, inForce(), existingStaffBy()))))
                .rule("WA-020-CONTENT-QUANTITY-TIME", "RCW 49.84.020(1)(a)", HIGH, CONFIRMED,
                        "State the quantified tasks or materials and the defined time period of each quota.",
                        eachQuota((doc, q) -> Rules.worst(List.of(DocumentChecks.quantity(doc, q),
                                DocumentChecks.timePeriod(doc, q)))))
                .rule("WA-020-CONTENT-ADVERSE", "RCW 49.84.020(1)(b)", HIGH, CONFIRMED,
                        "State the possible adverse actions for missing each quota.",
                        eachQuota(DocumentChecks::adverse))
                .rule("WA-020-CONTENT-INCENTIVES", "RCW 49.84.020(1)(c); WAC 296-136-030(6)", HIGH, CONFIRMED,
                        "Describe each incentive or bonus tied to the quota, its rates and how they map to the target.",
                        document(Washington::incentives))
                .rule("WA-020-CONTENT-RIGHTS-NOTICE", "WAC 296-136-030(5)", MEDIUM, CONFIRMED,
                        "Tell employees in the description about their rights under RCW 49.84.020 and WAC 296-136.",
                        document(doc -> Boolean.TRUE.equals(doc.rightsStatement())
                                ? Verdict.pass("The description states the employee's rights.")
                                : Verdict.fail("The description does not state the employee's rights.")))
                .rule("WA-020-CHANGE-NOTICE-BEFORE", "RCW 49.84.020(2)(a)", HIGH, CONFIRMED,
                        "Tell employees of a changed quota, verbally or in writing, before it applies to them.",
                        records(e -> DeliveryChecks.changeNoticeBefore(e, 0)))
                .rule("WA-020-CHANGE-WRITTEN-2BD", "RCW 49.84.020(2)(b)", HIGH, CONFIRMED,
                        "Give the updated written description within two business days of the change.",
                        records(DeliveryChecks::changeNoticeAfter))
                .rule("WA-020-ADVERSE-PROVIDE-DATA", "RCW 49.84.020(3)", HIGH, CONFIRMED,
                        "Give the employee the applicable quota and the work speed data relied on with each quota-based adverse action.",
                        records(e -> AdverseActionChecks.givenWithAction(e, true)))
                .rule("WA-020-LANGUAGE-PLAIN", "RCW 49.84.020(4); WAC 296-136-030(2)–(4)", MEDIUM, CONFIRMED,
                        "Provide plain-language descriptions in English and the employee's preferred language (others within 15 days).",
                        Rules.documentAndRecords(LanguageChecks.description(languages()),
                                DeliveryChecks::deliveredInPrimaryLanguage))
                .rule("WA-025-TIME-ALLOWANCES", "RCW 49.84.025", CRITICAL, CONFIRMED,
                        "Build rest, meal travel, required activities, bathroom and safety time into the quota.",
                        document(Washington::allowances))
                .rule("WA-030-LABOR-VIOLATION-AND-ADVERSE-BAR", "RCW 49.84.030", CRITICAL, CONFIRMED,
                        "Do not enforce or discipline on a quota that lacks the required time or was not disclosed.",
                        Rules.documentAndRecords(document(Washington::laborStandard),
                                e -> CheckSupport.zipWorst(AdverseActionChecks.actionOnDisclosedQuota(e),
                                        AdverseActionChecks.actionOnCompliantQuota(e,
                                                doc -> DocumentChecks.protects(doc, DocumentChecks.WA_LABOR)))))
                .rule("WA-032-WISHA-VIOLATION", "RCW 49.84.032", CRITICAL, CONFIRMED,
                        "Exclude bathroom and safety time from time off task (WISHA violation otherwise).",
                        document(doc -> DocumentChecks.protects(doc, DocumentChecks.WA_WISHA)))
                .rule("WA-035-RECORDS", "RCW 49.84.035", MEDIUM, CONFIRMED,
                        "Keep work speed data and descriptions for the whole employment and three years after separation or an adverse action.",
                        records(FacilityRecordChecks::retention))
                .rule("WA-037-REQUEST-CURRENT", "RCW 49.84.037(1)", MEDIUM, CONFIRMED,
                        "Produce descriptions, six months of own work speed data and six months of aggregated data.",
                        records(e -> RequestChecks.perRequest(e, r -> !r.formerEmployee(),
                                r -> RequestChecks.dataScope(e, r))))
                .rule("WA-037-REQUEST-FORMER", "RCW 49.84.037(2)", MEDIUM, CONFIRMED,
                        "Produce the quota and six months of own and aggregated data before separation, for requests within three years.",
                        records(e -> RequestChecks.perRequest(e, r -> r.formerEmployee(),
                                r -> RequestChecks.dataScope(e, r))))
                .rule("WA-037-DEADLINES-AND-COST", "RCW 49.84.037(3)–(4)", HIGH, CONFIRMED,
                        "Produce descriptions within 2 and work speed data within 7 business days, free of charge.",
                        records(e -> RequestChecks.perRequest(e, r -> true, r -> RequestChecks.ifRequired(e, r, () -> Rules.worst(List.of(
                                RequestChecks.deadline(e, r),
                                r.charged() ? Verdict.fail("A fee of $" + r.fee().toPlainString() + " was charged.")
                                        : Verdict.pass("Free.")))))))
                .rule("WA-RETALIATION-90D", "Laws 2023 ch. 306 §8; WAC 296-136-090", HIGH, CONFIRMED,
                        "Document an independent reason for any adverse action within 90 days of a request or complaint.",
                        records(AdverseActionChecks::retaliationWindow))
                .rule("WA-ENFORCEMENT-PENALTIES", "Laws 2023 ch. 306 §9; WAC 296-136-110/-150", INFO, CONFIRMED,
                        "Fix the disclosure failures found; meet any L&I correction order within 15 days.",
                        records(FacilityRecordChecks::exposure))
                .build();
    }

    private static Verdict incentives(QuotaDocument doc) {
        if (doc.incentiveProgram() == null) {
            return Verdict.review("The document does not say whether an incentive or bonus is tied to the quota. "
                    + "Question: is there one?");
        }
        if (!doc.incentiveProgram()) {
            return Verdict.pass("No incentive or bonus program is tied to the quotas.");
        }
        boolean described = doc.incentives() != null && doc.incentives().stream().anyMatch(s -> s != null && !s.isBlank());
        return described ? Verdict.pass("The incentive program is described.")
                : Verdict.fail("An incentive program is tied to the quota but not described (rates and how they map to the target).");
    }

    /** RCW 49.84.025: all eight allowances; meal periods only when the employee is not on call. */
    private static Verdict allowances(QuotaDocument doc) {
        Set<ProtectedActivity> required = EnumSet.allOf(ProtectedActivity.class);
        if (Boolean.TRUE.equals(doc.onCall())) {
            required.remove(ProtectedActivity.MEAL_PERIOD);
        }
        return Rules.worst(List.of(DocumentChecks.breaksNotProductive(doc), DocumentChecks.protects(doc, required)));
    }

    private static Verdict laborStandard(QuotaDocument doc) {
        Verdict v = DocumentChecks.protects(doc, DocumentChecks.WA_LABOR);
        return v.outcome() == Outcome.FAIL
                ? Verdict.fail(v.message() + " The quota violates RCW 49.84.030: employees need not meet it and no "
                + "adverse action may follow from missing it.")
                : Verdict.na("The quota includes rest, meal-travel and required-activity time; adverse actions are "
                + "checked on the registry's records.");
    }
}
