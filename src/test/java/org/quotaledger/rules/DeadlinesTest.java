package org.quotaledger.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotaledger.rules.FacilityFacts.RequestKind;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

    @ParameterizedTest(name = "{0} {1} received {2} is due {3}")
    @CsvSource({
            // Cal. Lab. Code §2104(b): 21 calendar days
            "CA, WORK_SPEED_DATA, 2026-03-02, 2026-03-23",
            // N.Y. Lab. Law §785(3): 14 calendar days
            "NY, WORK_SPEED_DATA, 2026-03-02, 2026-03-16",
            "NY, DESCRIPTION,     2026-03-02, 2026-03-16",
            // ORS 653.557: 21 calendar days
            "OR, WORK_SPEED_DATA, 2026-03-02, 2026-03-23",
            // RCW 49.84.037(3): Friday 3 July 2026 is the observed Independence Day, then the weekend
            "WA, DESCRIPTION,     2026-07-02, 2026-07-07",
            // seven business days: 3 July and the weekends skipped
            "WA, WORK_SPEED_DATA, 2026-07-02, 2026-07-14",
            // Thanksgiving and Native American Heritage Day are both WA holidays
            "WA, DESCRIPTION,     2026-11-25, 2026-12-01",
            // federal bill, federal calendar
            "US, DESCRIPTION,     2026-07-02, 2026-07-07",
    })
    void dueDatesFollowEachStatesCountingRule(String state, RequestKind kind, LocalDate received, LocalDate due) {
        assertThat(Deadlines.due(state, kind, received)).contains(due);
    }

    @Test
    void minnesotaHasNoConfirmedDeadline() {
        assertThat(Deadlines.due("MN", RequestKind.DESCRIPTION, LocalDate.of(2026, 3, 2))).isEmpty();
        assertThat(Deadlines.outcome("MN", RequestKind.DESCRIPTION, LocalDate.of(2026, 3, 2), null,
                LocalDate.of(2027, 1, 1))).isEqualTo(Outcome.N_A);
    }

    @Test
    void aRequestIsPendingUntilDueThenFailsIfUnanswered() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        RequestKind kind = RequestKind.WORK_SPEED_DATA;
        assertThat(Deadlines.outcome("CA", kind, received, null, LocalDate.of(2026, 3, 23))).isEqualTo(Outcome.PENDING);
        assertThat(Deadlines.outcome("CA", kind, received, null, LocalDate.of(2026, 3, 24))).isEqualTo(Outcome.FAIL);
        assertThat(Deadlines.outcome("CA", kind, received, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 6, 1)))
                .isEqualTo(Outcome.PASS);
        assertThat(Deadlines.outcome("CA", kind, received, LocalDate.of(2026, 3, 24), LocalDate.of(2026, 6, 1)))
                .isEqualTo(Outcome.FAIL);
        assertThat(Deadlines.outcome("NY", kind, received, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 6, 1)))
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void changeNoticesAreDueTwoBusinessDaysAfterTheChangeOrBeforeItFederally() {
        LocalDate change = LocalDate.of(2026, 7, 2);
        assertThat(Deadlines.changeNoticeDue("NY", change)).contains(LocalDate.of(2026, 7, 6)); // NY keeps 3 July open
        assertThat(Deadlines.changeNoticeDue("WA", change)).contains(LocalDate.of(2026, 7, 7));
        assertThat(Deadlines.changeNoticeDue("OR", change)).contains(LocalDate.of(2026, 7, 7));
        assertThat(Deadlines.changeNoticeDue("US", LocalDate.of(2026, 7, 7))).contains(LocalDate.of(2026, 7, 2));
        assertThat(Deadlines.changeNoticeDue("CA", change)).isEmpty();
        assertThat(Deadlines.citation("CA")).contains("Cal. Lab. Code §2104(b)");
    }
}
