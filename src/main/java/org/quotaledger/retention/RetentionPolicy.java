package org.quotaledger.retention;

import org.quotaledger.law.Retention;
import org.quotaledger.law.StateLaws;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which periods apply to a facility's records and until when a record is kept. The periods are the laws' own
 * ({@code StateLaw.retention()}: N.Y. Lab. Law §784, RCW 49.84.035, the federal bill); where a state's law states
 * none (CA, MN, OR), the configured fallback applies. Pure: no database, so the rule is tested with dates alone.
 */
public record RetentionPolicy(Period fallback) {

    /** One period that applies, and why. */
    public record Applicable(String source, Period period) {
    }

    public static RetentionPolicy of(RetentionConfig config) {
        return new RetentionPolicy(config.fallback());
    }

    /** The state's statutory period (or the fallback) and, when the facility opted in, the federal bill's. */
    public List<Applicable> applicable(String state, boolean federalOptIn) {
        List<Applicable> periods = new ArrayList<>();
        Optional<Retention> statutory = StateLaws.of(state).retention();
        periods.add(statutory.map(r -> new Applicable(state + " (" + r.citation() + ")", r.period()))
                .orElseGet(() -> new Applicable(state + " (no statutory period: fallback)", fallback)));
        if (federalOptIn) {
            StateLaws.of(StateLaws.FEDERAL).retention()
                    .ifPresent(r -> periods.add(new Applicable("federal (" + r.citation() + ")", r.period())));
        }
        return periods;
    }

    /** The longest of the applicable periods: a record goes only when every one of them has ended. */
    public Period longest(String state, boolean federalOptIn) {
        return applicable(state, federalOptIn).stream().map(Applicable::period)
                .max((a, b) -> LocalDate.EPOCH.plus(a).compareTo(LocalDate.EPOCH.plus(b))).orElse(fallback);
    }

    /**
     * The last day a record must still be kept: the period counted from the later of the record's date and the
     * separation. A current employee (no separation date) keeps every record: null means "no end yet".
     */
    public LocalDate keptUntil(LocalDate recordDate, LocalDate separationDate, String state, boolean federalOptIn) {
        if (separationDate == null) {
            return null;
        }
        LocalDate from = recordDate.isAfter(separationDate) ? recordDate : separationDate;
        return from.plus(longest(state, federalOptIn));
    }

    /** True only when the record's every period has ended before {@code asOf}. */
    public boolean purgeable(LocalDate recordDate, LocalDate separationDate, String state, boolean federalOptIn, LocalDate asOf) {
        LocalDate until = keptUntil(recordDate, separationDate, state, federalOptIn);
        return until != null && until.isBefore(asOf);
    }
}
