package org.quotaledger.quota;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Valid time of a role's versions: who is in force on which day, whatever the order they were decided in. */
@Tag("dates")
class ValidTimeTest {

    record V(int number, LocalDate effectiveOn) {
    }

    static List<ValidTime.Period<V>> periods(V... versions) {
        return ValidTime.periods(List.of(versions), V::number, V::effectiveOn);
    }

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    @Test
    void aLaterVersionTakesOverOnItsEffectiveDayAndTheEarlierOneEndsTheDayBefore() {
        V v1 = new V(1, LocalDate.of(2025, 6, 1));
        V v2 = new V(2, MARCH_1);
        assertThat(periods(v1, v2)).containsExactly(
                new ValidTime.Period<>(v1, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 28)),
                new ValidTime.Period<>(v2, MARCH_1, null));
        assertThat(ValidTime.inForceOn(LocalDate.of(2026, 2, 28), List.of(v1, v2), V::number, V::effectiveOn)).contains(v1);
        assertThat(ValidTime.inForceOn(MARCH_1, List.of(v1, v2), V::number, V::effectiveOn)).contains(v2);
        assertThat(ValidTime.inForceOn(LocalDate.of(2025, 5, 31), List.of(v1, v2), V::number, V::effectiveOn)).isEmpty();
    }

    @Test
    void aBackDatedLaterVersionOvertakesAnEarlierOneThatNeverComesIntoForce() {
        V v2 = new V(2, LocalDate.of(2026, 4, 1));
        V v3 = new V(3, MARCH_1);
        V v1 = new V(1, LocalDate.of(2026, 1, 1));
        assertThat(periods(v1, v2, v3)).containsExactly(
                new ValidTime.Period<>(v1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)),
                new ValidTime.Period<>(v3, MARCH_1, null));
        assertThat(ValidTime.inForceDuring(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), List.of(v1, v2, v3),
                V::number, V::effectiveOn)).containsExactly(v3);
    }

    @Test
    void twoVersionsOnTheSameDayLeaveOnlyTheHigherNumberInForce() {
        V v1 = new V(1, MARCH_1);
        V v2 = new V(2, MARCH_1);
        assertThat(periods(v2, v1)).containsExactly(new ValidTime.Period<>(v2, MARCH_1, null));
    }

    @Test
    void aPeriodCoversAndOverlapsInclusively() {
        var p = new ValidTime.Period<>("v", MARCH_1, LocalDate.of(2026, 3, 31));
        assertThat(p.covers(MARCH_1)).isTrue();
        assertThat(p.covers(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(p.covers(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(p.overlaps(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(p.overlaps(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(p.overlaps(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))).isFalse();
    }
}
