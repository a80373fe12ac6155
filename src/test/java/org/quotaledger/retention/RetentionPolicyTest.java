package org.quotaledger.retention;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionPolicyTest {

    private final RetentionPolicy policy = new RetentionPolicy(Period.ofYears(4));

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aCurrentEmployeesRecordsAreNeverPurged() {
        assertThat(policy.keptUntil(LocalDate.of(2010, 1, 1), null, "NY", false)).isNull();
        assertThat(policy.purgeable(LocalDate.of(2010, 1, 1), null, "NY", false, TODAY)).isFalse();
    }

    @Test
    void theNewYorkPeriodOfItsLawCountsFromTheSeparationWhenItIsLater() {
        LocalDate delivered = LocalDate.of(2019, 3, 1);
        assertThat(policy.keptUntil(delivered, LocalDate.of(2023, 11, 24), "NY", false)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(policy.purgeable(delivered, LocalDate.of(2023, 11, 24), "NY", false, TODAY)).isFalse();   // the last day still counts
        assertThat(policy.purgeable(delivered, LocalDate.of(2023, 11, 23), "NY", false, TODAY)).isTrue();
        assertThat(policy.applicable("NY", false).getFirst().source()).contains("N.Y. Lab. Law §784");
    }

    @Test
    void washingtonKeepsThreeYearsAfterSeparation() {
        assertThat(policy.purgeable(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 1), "WA", false, TODAY)).isFalse();
        assertThat(policy.purgeable(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 6, 1), "WA", false, TODAY)).isTrue();
    }

    @Test
    void statesWhoseLawStatesNoPeriodUseTheConservativeFallback() {
        LocalDate separated = LocalDate.of(2023, 1, 1);
        assertThat(policy.purgeable(separated, separated, "NY", false, TODAY)).isTrue();
        assertThat(policy.purgeable(separated, separated, "CA", false, TODAY)).isFalse();
        assertThat(policy.purgeable(separated, separated, "MN", false, TODAY)).isFalse();
        assertThat(policy.applicable("MN", false).getFirst().source()).contains("fallback");
        assertThat(policy.applicable("CA", false).getFirst().source()).contains("fallback");
    }

    @Test
    void theLongestApplicablePeriodWins() {
        var shortFallback = new RetentionPolicy(Period.ofYears(2));
        LocalDate separated = LocalDate.of(2024, 6, 1);
        assertThat(shortFallback.purgeable(separated, separated, "CA", false, TODAY)).isTrue();
        assertThat(shortFallback.purgeable(separated, separated, "CA", true, TODAY)).as("the federal bill's three years").isFalse();
        assertThat(shortFallback.longest("CA", true)).isEqualTo(Period.ofYears(3));
    }
}
