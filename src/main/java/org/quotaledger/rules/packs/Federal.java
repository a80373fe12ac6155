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
import org.quotaledger.document.QuotaDocument.FacilityBlock;
import org.quotaledger.document.QuotaDocument.Kind;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.FacilityFacts.Channel;
import org.quotaledger.rules.RulePack;
import org.quotaledger.rules.Rules;
import org.quotaledger.rules.StateRules;
import org.quotaledger.rules.Verdict;
import org.quotaledger.rules.packs.DocumentChecks.QuotaDefinition;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
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
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.quotaledger.calendar.Holiday.Observance.NEAREST_WEEKDAY;
import static org.quotaledger.calendar.Holiday.fixed;
import static org.quotaledger.calendar.Holiday.last;
import static org.quotaledger.calendar.Holiday.nth;
import static org.quotaledger.law.DayCount.BUSINESS;
import static org.quotaledger.rules.RuleStatus.PROPOSED;
import static org.quotaledger.rules.Rules.document;
import static org.quotaledger.rules.Rules.eachQuota;
import static org.quotaledger.rules.Rules.records;
import static org.quotaledger.rules.Severity.CRITICAL;
import static org.quotaledger.rules.Severity.HIGH;
import static org.quotaledger.rules.Severity.INFO;
import static org.quotaledger.rules.Severity.LOW;
import static org.quotaledger.rules.Severity.MEDIUM;

/**
 * The proposed federal Warehouse Worker Protection Act (H.R. 4896 / S. 2613, 119th Congress, introduced
 * 31 July / 5 August 2025): a bill, not law. Opt-in only ({@code FacilityFacts.federalOptIn} or a
 * document with jurisdiction {@code US}); every rule is PROPOSED. Coverage counts employees across all
 * covered facilities: a document's {@code statewideNonexemptHeadcount} is read as that count.
 * The bill's facts and its rule pack.
 */
public final class Federal implements StateRules {

    private static final String BILL = "H.R. 4896 / S. 2613 (proposed)";

    /**
     * 5 U.S.C. §6103(a), weekend observance per 5 U.S.C. §6103(b) / E.O. 11582 (Saturday → Friday, Sunday →
     * Monday), as on OPM's federal holiday pages.
     */
    private static final BusinessCalendar CALENDAR_DAYS = new BusinessCalendar("US", List.of(
            fixed("New Year's Day", JANUARY, 1, NEAREST_WEEKDAY),
            nth("Birthday of Martin Luther King, Jr.", 3, MONDAY, JANUARY),
            nth("Washington's Birthday", 3, MONDAY, FEBRUARY),
            last("Memorial Day", MONDAY, MAY),
            fixed("Juneteenth National Independence Day", JUNE, 19, NEAREST_WEEKDAY),
            fixed("Independence Day", JULY, 4, NEAREST_WEEKDAY),
            nth("Labor Day", 1, MONDAY, SEPTEMBER),
            nth("Columbus Day", 2, MONDAY, OCTOBER),
            fixed("Veterans Day", NOVEMBER, 11, NEAREST_WEEKDAY),
            Holiday.thanksgiving(),
            fixed("Christmas Day", DECEMBER, 25, NEAREST_WEEKDAY)));

    // ---- the bill ---------------------------------------------------------------------------------------------

    // No single zone: the facility's state decides its days; the federal calendar only counts business days.
    private final Statute statute = new Statute("US", "Federal (proposed)", LawStatus.PROPOSED, "The proposed Warehouse Worker Protection Act", null,
            ZoneId.of("America/New_York"), CALENDAR_DAYS, "5 U.S.C. §6103 (OPM federal holidays)",
            new Agency("U.S. Department of Labor (the bill's Fairness and Transparency Office)", "https://www.dol.gov/"));

    @Override
    public Statute statute() {
        return statute;
    }

    /** A bill: no in-force date, and descriptions are due at hire (from 180 days after enactment). */
    @Override
    public LocalDate existingStaffBy() {
        return LocalDate.MIN;
    }

    /** More than 200 employees across all covered facilities (affiliates per 13 CFR 121.103). */
    @Override
    public Optional<Coverage> coverage() {
        return Optional.of(new Coverage(201, 201, BILL + " §2 (definitions)", Set.of("493", "423", "424", "454110", "492110"),
                Set.of(), Set.of(), "493, 423, 424, 454110, 492110", Set.of(), null));
    }

    /** §8: copies within 2 business days, own and aggregated work speed data of six months within 7. */
    @Override
    public Optional<RequestRight> request(RequestKind kind) {
        boolean data = kind == RequestKind.WORK_SPEED_DATA;
        return Optional.of(new RequestRight(kind, new Deadline(data ? 7 : 2, BUSINESS, BILL + " §8"), Period.ofMonths(6),
                data, BILL + " §8"));
    }

    @Override
    public FormerEmployees formerEmployees() {
        return new FormerEmployees(false, Period.ofYears(3), BILL + " §8");
    }

    /** §3: an updated description at least two business days before any change. */
    @Override
    public Optional<ChangeNotice> changeNotice() {
        return Optional.of(new ChangeNotice(-2, BILL + " §3"));
    }

    @Override
    public Languages languages() {
        return new Languages(false, true, 0, BILL + " §3 (delivery)");
    }

    @Override
    public Optional<Retention> retention() {
        return Optional.of(new Retention(Period.ofYears(3), BILL + " §7"));
    }

    @Override
    public Optional<Penalties> penalties() {
        return Optional.of(new Penalties(new BigDecimal("10000"), new BigDecimal("10000"),
                "H.R. 4896 (proposed): $10,000 per description violation in a private action",
                Set.of("FED-DESCRIPTION-", "FED-DELIVERY-")));
    }

    /** §10: any protected activity; rebuttal needs clear and convincing evidence. */
    @Override
    public Optional<Retaliation> retaliation() {
        return Optional.of(new Retaliation(90, false, true, BILL + " §10"));
    }

    // ---- the rules --------------------------------------------------------------------------------------------

    @Override
    public RulePack pack() {
        QuotaDefinition definition = new QuotaDefinition(true, true, Duration.ofDays(1));
        return new PackBuilder(this, BILL)
                .coverage("FED-COVER", "§2 (definitions)", PROPOSED,
                        "Count employees across all covered facilities, affiliates, contractors and staffing agencies included.",
                        Rules.facility(this::covered))
                .rule("FED-DEF-QUOTA", "§2 (quota)", HIGH, PROPOSED,
                        "Describe express or implied standards, rankings and time tallying included, measured over a day or less.",
                        Rules.eachQuotaAnd((doc, q) -> DocumentChecks.isQuota(definition, doc, q),
                                DocumentChecks::timeOffTaskIsQuota))
                .rule("FED-DESCRIPTION-CONTENT", "§3 (written description)", HIGH, PROPOSED,
                        "Describe each quota's target, consequences, how it is calculated, incentives and monitoring.",
                        eachQuota(Federal::content))
                .rule("FED-DESCRIPTION-TIMING-AND-CHANGE", "§3 (timing)", HIGH, PROPOSED,
                        "Give the description on hire and an updated one at least two business days before any change.",
                        records(e -> CheckSupport.combine(DeliveryChecks.withUndescribed(e, DeliveryChecks.deliveredOnTime(e, existingStaffBy(), existingStaffBy())),
                                DeliveryChecks.changeNoticeBefore(e, changeNotice().orElseThrow().days()))))
                .rule("FED-DELIVERY-FORMAT", "§3 (delivery)", MEDIUM, PROPOSED,
                        "Deliver in person at the work station, in plain and primary language, and also electronically.",
                        Rules.documentAndRecords(LanguageChecks.description(languages()), Federal::delivery))
                .rule("FED-ADVERSE-ACTION-DOCS", "§4 (adverse actions)", HIGH, PROPOSED,
                        "Give a written explanation with the performance comparison and data for each adverse action.",
                        records(Federal::adverseDocs))
                .rule("FED-PROHIBITED-QUOTAS", "§5 (prohibited quotas)", CRITICAL, PROPOSED,
                        "Remove sub-day output targets and any counting of breaks, bathroom or safety time.",
                        document(Federal::prohibited))
                .rule("FED-ADVERSE-BANS", "§5 (adverse action bans)", CRITICAL, PROPOSED,
                        "Do not discipline on rankings alone, continuous time tallying, or undisclosed quotas.",
                        Rules.documentAndRecords(document(Federal::rankingOrTallying), AdverseActionChecks::actionOnDisclosedQuota))
                .rule("FED-DATA-MINIMIZATION", "§6 (data minimization)", LOW, PROPOSED, "Limit work speed data to what the quota needs.",
                        Rules.info("Informational: collect, use and share work speed data only as strictly necessary "
                                + "to monitor the quota; no data-use inventory is kept in the registry."))
                .rule("FED-RECORDS-AND-DISPUTES", "§7 (records)", MEDIUM, PROPOSED,
                        "Keep records for the employment and three years after; let employees annotate and dispute data.",
                        records(FacilityRecordChecks::retention))
                .rule("FED-REQUESTS", "§8 (requests)", HIGH, PROPOSED,
                        "Produce copies within 2 and work speed data within 7 business days, free for current employees.",
                        records(e -> RequestChecks.perRequest(e, r -> true, r -> RequestChecks.ifRequired(e, r, () -> Rules.worst(List.of(
                                RequestChecks.deadline(e, r),
                                r.charged() && !r.formerEmployee()
                                        ? Verdict.fail("A fee was charged to a current employee.") : Verdict.pass("No fee due.")))))))
                .rule("FED-POSTING-AND-BREAKS", "§9 (posting, rest breaks)", LOW, PROPOSED,
                        "Post the rights notice and give one paid 15-minute rest break per four hours.",
                        Rules.info("Not checkable from descriptions or registry records: rights poster in English, "
                                + "Spanish and primary languages; one paid 15-minute rest break per four hours worked."))
                .rule("FED-RETALIATION-90D", "§10 (retaliation)", HIGH, PROPOSED,
                        "Document clear and convincing independent reasons for any adverse action within 90 days of protected activity.",
                        records(AdverseActionChecks::retaliationWindow))
                .rule("FED-ENFORCEMENT-PENALTIES", "§11 (enforcement)", INFO, PROPOSED,
                        "Fix the description failures found.",
                        records(FacilityRecordChecks::exposure))
                .rule("FED-INSPECTION-TRIGGER", "§12 (investigations)", MEDIUM, PROPOSED,
                        "Bring the injury rate under 1.5× the warehousing average.",
                        records(e -> FacilityRecordChecks.injuryRate(e, 1.5, 40_000,
                                "the bill would require a DOL on-site investigation within 30 days.")))
                .build();
    }

    private Verdict covered(FacilityBlock facility) {
        Verdict scope = CoverageChecks.naics(this).apply(facility);
        if (scope.outcome() != org.quotaledger.rules.Outcome.PASS) {
            return scope;
        }
        int threshold = coverage().orElseThrow().statewideThreshold();
        Integer site = facility.siteNonexemptHeadcount();
        Integer all = facility.statewideNonexemptHeadcount();
        int most = Math.max(site == null ? 0 : site, all == null ? 0 : all);
        if (most >= threshold) {
            return Verdict.pass("Covered: more than " + (threshold - 1) + " employees across covered facilities (" + most + ").");
        }
        if (site == null && all == null) {
            return Verdict.review("Headcount unknown. Question: how many employees work across all covered facilities?");
        }
        return Verdict.na("Not covered: " + most + " employees, not more than " + (threshold - 1) + " across covered facilities.");
    }

    private static Verdict content(QuotaDocument doc, Quota quota) {
        List<Verdict> parts = new ArrayList<>();
        if (quota.kind() != Kind.RELATIVE) {
            parts.add(DocumentChecks.quantity(doc, quota));
        }
        parts.add(DocumentChecks.adverse(doc, quota));
        parts.add(quota.howMeasured() == null || quota.howMeasured().isBlank()
                ? Verdict.fail(DocumentChecks.name(quota) + " does not say how the target is calculated.")
                : Verdict.pass("Calculated: " + quota.howMeasured() + "."));
        if (Boolean.TRUE.equals(doc.incentiveProgram()) && (doc.incentives() == null || doc.incentives().isEmpty())) {
            parts.add(Verdict.fail("An incentive program exists but is not described."));
        }
        return Rules.worst(parts);
    }

    /** Per employee: a written copy in hand (paper) and an electronic copy of the current version. */
    private static List<Verdict> delivery(Evaluation e) {
        return DeliveryChecks.perEmployee(DeliveryChecks.subjects(e), s -> {
            List<Channel> channels = DeliveryChecks.deliveriesOfCurrent(s).map(d -> d.channel()).toList();
            boolean inPerson = channels.contains(Channel.PAPER);
            boolean electronic = channels.contains(Channel.EMAIL) || channels.contains(Channel.PORTAL);
            return inPerson && electronic ? Verdict.pass("")
                    : Verdict.fail("Missing " + (inPerson ? "" : "an in-person copy at the work station")
                    + (!inPerson && !electronic ? " and " : "") + (electronic ? "" : "an electronic copy") + ".");
        }, "received the description in person and electronically");
    }

    private static List<Verdict> adverseDocs(Evaluation e) {
        if (e.facts().adverseActions().isEmpty()) {
            return List.of(Verdict.na("No adverse action on record."));
        }
        return e.facts().adverseActions().stream().map(a -> {
            if (!a.quotaBased()) {
                return (a.explanationGivenOn() != null ? Verdict.pass("Written confirmation that it is unrelated to the quota given.")
                        : Verdict.fail("No written confirmation that the action is unrelated to the quota.")).on(a.subject());
            }
            return (a.explanationGivenOn() != null && a.workSpeedDataGivenOn() != null
                    ? Verdict.pass("Written explanation and work speed data given.")
                    : Verdict.fail("Missing the written explanation with the performance comparison or the work speed data."))
                    .on(a.subject());
        }).toList();
    }

    private static Verdict prohibited(QuotaDocument doc) {
        List<Verdict> parts = new ArrayList<>();
        parts.add(DocumentChecks.breaksNotProductive(doc));
        Set<ProtectedActivity> required = EnumSet.of(ProtectedActivity.MEAL_PERIOD, ProtectedActivity.REST_PERIOD,
                ProtectedActivity.MEAL_TRAVEL, ProtectedActivity.REST_TRAVEL, ProtectedActivity.BATHROOM,
                ProtectedActivity.BATHROOM_TRAVEL, ProtectedActivity.SAFETY_COMPLIANCE);
        parts.add(DocumentChecks.protects(doc, required));
        List<String> subDay = doc.quotas().stream()
                .filter(q -> (q.kind() == Kind.COUNT || q.kind() == Kind.SPEED) && q.period() != null
                        && q.period().compareTo(Duration.ofDays(1)) < 0)
                .map(DocumentChecks::name).toList();
        parts.add(subDay.isEmpty() ? Verdict.pass("No output target over less than a day.")
                : Verdict.fail("Output targets over increments shorter than one day: " + String.join(", ", subDay) + "."));
        return Rules.worst(parts);
    }

    private static Verdict rankingOrTallying(QuotaDocument doc) {
        List<String> banned = new ArrayList<>();
        for (Quota q : doc.quotas()) {
            if ((q.kind() == Kind.RELATIVE || q.kind() == Kind.TIME_ON_TASK) && !DocumentChecks.consequences(doc, q).isEmpty()) {
                banned.add(DocumentChecks.name(q) + (q.kind() == Kind.RELATIVE ? " (ranking)" : " (time tallying)"));
            }
        }
        return banned.isEmpty() ? Verdict.pass("No adverse action rests solely on a ranking or on time tallying.")
                : Verdict.fail("Adverse actions rest on " + String.join(", ", banned) + ".");
    }
}
