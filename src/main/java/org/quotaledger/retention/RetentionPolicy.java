package org.quotaledger.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which periods apply to a facility's records and until when a record is kept. Pure: no database, so the rule
 * is tested with dates alone.
 */
public record RetentionPolicy(Map<String, Period> states, Period fallback, Period federal) {

    /** One period that applies, and why. */
    public record Applicable(String source, Period period) {
    }

    public static RetentionPolicy of(RetentionConfig config) {
        return new RetentionPolicy(config.states(), config.fallback(), config.federal());
    }

    /** The state's period (or the fallback) and, when the facility opted in, the federal one. */
    public List<Applicable> applicable(String state, boolean federalOptIn) {
        List<Applicable> periods = new ArrayList<>();
        Period statePeriod = states.get(state);
        periods.add(statePeriod != null ? new Applicable(state, statePeriod)
                : new Applicable(state + " (no period configured: fallback)", fallback));
        if (federalOptIn) {
            periods.add(new Applicable("federal", federal));
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
