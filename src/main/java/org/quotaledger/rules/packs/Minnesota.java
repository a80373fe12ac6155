package org.quotaledger.rules.packs;

import org.quotaledger.quota.QuotaDocument;
import org.quotaledger.quota.QuotaDocument.Kind;
import org.quotaledger.quota.QuotaDocument.Quota;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.FacilityFacts.Records;
import org.quotaledger.rules.RulePack;
import org.quotaledger.rules.Rules;
import org.quotaledger.rules.Verdict;
import org.quotaledger.rules.packs.DocumentChecks.QuotaDefinition;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * those rules flag rather than fail where the statute's detail is unknown.
 */
public final class Minnesota {

    static final LocalDate IN_FORCE = LocalDate.of(2023, 8, 1);

    private Minnesota() {
    }

    public static RulePack pack() {
        QuotaDefinition definition = new QuotaDefinition(false, true, null);
        return new PackBuilder("MN", "Minn. Stat. §182.6526", "Minn. Stat.", IN_FORCE)
                .coverage("MN-COVER-THRESHOLD", "§182.6526 subd. 1", CONFIRMED,
                        "Count employees at the site (250) and in Minnesota (1,000), the unitary business included.",
                        Rules.facility(Coverage.threshold(250, 1000, "Minnesota")))
                .coverage("MN-COVER-NAICS", "§182.6526 subd. 1", CONFIRMED,
                        "Confirm the site's NAICS code: 493110, 423, 424, 454110 or 492110.",
                        Rules.facility(Coverage.naics(Set.of("493110", "423", "424", "454110", "492110"),
                                Set.of("493130"), "493110, 423, 424, 454110, 492110")))
                .rule("MN-COVER-EMPLOYEE", "§182.6526 subd. 1(d)(2)", INFO, CONFIRMED,
                        "Record exempt status and roles doing solely manufacturing, administrative, sales, accounting, HR or driving work.",
                        Coverage.employees(false, "exempt employees and people doing solely manufacturing, "
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
                        records(e -> RecordChecks.deliveredOnTime(e, IN_FORCE, IN_FORCE)))
                .rule("MN-REQUEST-RIGHTS", "§182.6526 subd. 3–4", LOW, UNCONFIRMED,
                        "Answer requests promptly; the statutory deadline is unconfirmed.",
                        records(e -> RecordChecks.perRequest(e, r -> true, r -> RecordChecks.deadline(e, r))))
                .rule("MN-RETALIATION", "§182.6526", MEDIUM, PARTIAL,
                        "Document an independent reason for any adverse action soon after a request or complaint.",
                        records(e -> RecordChecks.retaliationWindow(e, false)))
                .rule("MN-SAFETY-COMMITTEE-MONTHLY", "§182.6526; §182.676", MEDIUM, CONFIRMED,
                        "Hold and minute a safety committee meeting every month while the injury rate is 30% above the NAICS average.",
                        records(Minnesota::safetyCommittee))
                .build();
    }

    private static Verdict content(QuotaDocument doc, Quota quota) {
        List<Verdict> parts = new ArrayList<>();
        boolean offTaskLimit = quota.kind() == Kind.TIME_ON_TASK && quota.quantity() == null
                && doc.timeOffTask() != null && doc.timeOffTask().limit() != null;
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
