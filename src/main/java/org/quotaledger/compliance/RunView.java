package org.quotaledger.compliance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An evaluation run as the dashboard and the API read it, built by {@link ComplianceService} inside its transaction.
 *
 * @param id       null for a run computed for the caller and not stored
 * @param exposure the exposure's count by rule and by employee
 */
public record RunView(Long id, Instant evaluatedAt, LocalDate asOf, String trigger, int passCount, int failCount,
                      int reviewCount, int pendingCount, int naCount, long exposureCents, String exposureText,
                      Exposure.Breakdown exposure) {

    static RunView from(EvaluationRun r) {
        return new RunView(r.id, r.evaluatedAt, r.asOf, r.trigger, r.passCount, r.failCount, r.reviewCount, r.pendingCount,
                r.naCount, r.exposureCents, r.exposureText, Exposure.of(r));
    }

    /** "$1,200": the exposure in whole dollars, for display. */
    public String exposureDollars() {
        return "$" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.US).format(exposureCents / 100);
    }

    /** This run's failures as a share of the largest count in a trend, for the trend bars. */
    public int failPercent(int max) {
        return max <= 0 ? 0 : failCount * 100 / max;
    }
}
