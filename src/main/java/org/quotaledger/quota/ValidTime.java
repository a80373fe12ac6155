package org.quotaledger.quota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * When each decided version of one role's description is in force (valid time), as opposed to when it was decided
 * (activation, transaction time). Version {@code v} is in force on day {@code D} when its effective day is on or
 * before {@code D} and no later-numbered decided version's effective day is: so activating a future-dated version
 * leaves its predecessor in force until the day before, and a back-dated version takes over from its effective
 * day. The winner only ever moves to a higher version number, so each version has at most one period.
 *
 * <p>Generic over what a version is (an entity, a view, a packet row), given how to read its number and effective
 * day; callers pass one role's versions, filtered to those decided by the moment they judge (for "as of" views).
 */
public final class ValidTime {

    private ValidTime() {
    }

    /** A version and the days it is in force: {@code from} to {@code to} inclusive, {@code to} null while open. */
    public record Period<T>(T version, LocalDate from, LocalDate to) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }

        /** Whether any day from {@code first} to {@code last} (inclusive) is in the period. */
        public boolean overlaps(LocalDate first, LocalDate last) {
            return !last.isBefore(from) && (to == null || !first.isAfter(to));
        }
    }

    /** The periods of one role's versions, oldest first; versions never in force (overtaken before their day) have none. */
    public static <T> List<Period<T>> periods(Collection<T> versions, ToIntFunction<T> number,
                                              Function<T, LocalDate> effectiveOn) {
        // The highest-numbered version taking effect on each day; only that one can win there.
        TreeMap<LocalDate, T> byDay = new TreeMap<>();
        for (T v : versions) {
            LocalDate day = effectiveOn.apply(v);
            if (day != null) {
                byDay.merge(day, v, (a, b) -> number.applyAsInt(a) >= number.applyAsInt(b) ? a : b);
            }
        }
        List<Period<T>> periods = new ArrayList<>();
        T winner = null;
        LocalDate since = null;
        for (var day : byDay.entrySet()) {
            T candidate = day.getValue();
            if (winner == null || number.applyAsInt(candidate) > number.applyAsInt(winner)) {
                if (winner != null) {
                    periods.add(new Period<>(winner, since, day.getKey().minusDays(1)));
                }
                winner = candidate;
                since = day.getKey();
            }
        }
        if (winner != null) {
            periods.add(new Period<>(winner, since, null));
        }
        return periods;
    }

    /** The version in force on {@code day}, if any. */
    public static <T> Optional<T> inForceOn(LocalDate day, Collection<T> versions, ToIntFunction<T> number,
                                            Function<T, LocalDate> effectiveOn) {
        return versions.stream()
                .filter(v -> effectiveOn.apply(v) != null && !effectiveOn.apply(v).isAfter(day))
                .max(Comparator.comparingInt(number));
    }

    /** The versions in force on some day from {@code first} to {@code last} (inclusive), oldest first. */
    public static <T> List<T> inForceDuring(LocalDate first, LocalDate last, Collection<T> versions,
                                            ToIntFunction<T> number, Function<T, LocalDate> effectiveOn) {
        return periods(versions, number, effectiveOn).stream().filter(p -> p.overlaps(first, last))
                .map(Period::version).toList();
    }

    /** Entity shortcuts: a role's decided versions, by their number and effective day. */
    public static List<Period<QuotaDescription>> periods(Collection<QuotaDescription> versions) {
        return periods(versions, d -> d.version, d -> d.effectiveOn);
    }

    public static Optional<QuotaDescription> inForceOn(LocalDate day, Collection<QuotaDescription> versions) {
        return inForceOn(day, versions, d -> d.version, d -> d.effectiveOn);
    }
}
