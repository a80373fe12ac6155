package org.quotaledger.rules.packs;

import org.quotaledger.law.Retention;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.FacilityFacts;
import org.quotaledger.rules.PenaltyEstimate;
import org.quotaledger.rules.Verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks on the facility's own records rather than one employee's: retention period, injury statistics, and the
 * exposure estimate drawn from the pack's earlier findings.
 */
final class FacilityRecordChecks {

    private FacilityRecordChecks() {
    }

    /**
     * Injury rate of the latest year on record against a multiple of the industry average, with a
     * minimum of annual work hours (federal bill: 40,000). A risk flag, never a FAIL.
     */
    static List<Verdict> injuryRate(Evaluation e, double multiple, long minimumHours, String consequence) {
        FacilityFacts.Records records = e.facts().records();
        if (records == null || records.injuryRates() == null || records.injuryRates().isEmpty()) {
            return List.of(Verdict.na("No injury statistics on record."));
        }
        FacilityFacts.InjuryRate latest = records.injuryRates().stream()
                .max(Comparator.comparingInt(FacilityFacts.InjuryRate::year)).orElseThrow();
        double ratio = latest.ratio();
        String text = String.format(Locale.ROOT, "%.2f", ratio);
        if (ratio >= multiple && latest.workHours() >= minimumHours) {
            return List.of(Verdict.review(latest.year() + " injury rate is " + text + "× the industry average (≥ "
                    + multiple + "×): " + consequence));
        }
        return List.of(Verdict.pass(latest.year() + " injury rate is " + text + "× the industry average (< "
                + multiple + "×)."));
    }

    /** Records kept at least the law's period (NY §784, RCW 49.84.035, federal bill). */
    static List<Verdict> retention(Evaluation e) {
        Optional<Retention> period = e.law().retention();
        if (period.isEmpty()) {
            return List.of(Verdict.na("The law sets no record-retention period that could be confirmed."));
        }
        int months = period.get().months();
        FacilityFacts.Records records = e.facts().records();
        if (records == null || records.retentionMonths() == null) {
            return List.of(Verdict.na("No record-retention setting on record."));
        }
        return List.of(records.retentionMonths() >= months
                ? Verdict.pass("Records are kept " + records.retentionMonths() + " months.")
                : Verdict.fail("Records are kept " + records.retentionMonths() + " months, less than the "
                + months + " required (" + period.get().citation() + ")."));
    }

    /** Exposure summary from the pack's earlier findings (see {@link PenaltyEstimate}). */
    static List<Verdict> exposure(Evaluation e) {
        return PenaltyEstimate.fromFindings(e.jurisdiction(), e.earlier(), e.facts())
                .map(p -> p.violations() == 0
                        ? Verdict.pass("No disclosure violation found; exposure $0.")
                        : Verdict.review("Exposure estimate: " + p.formula() + " (" + p.citation() + "). By rule: "
                        + String.join(", ", p.byRule().stream().map(c -> c.ruleId() + " " + c.employees()).toList()) + "."))
                .map(List::of)
                .orElse(List.of(Verdict.na("No penalty schedule known for " + e.jurisdiction() + ".")));
    }
}
