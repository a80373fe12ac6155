package org.quotaledger.law;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The request terms every feature reads: due dates, windows, aggregates and former employees' limits, per state. */
class StateLawTermsTest {

    private static RequestTerms current(String state, RequestKind kind, LocalDate received) {
        return StateLaws.of(state).terms(kind, received, null, 0);
    }

    @ParameterizedTest(name = "{0} {1} received {2} is due {3}")
    @CsvSource({
            // Cal. Lab. Code §2104(b): 21 calendar days; the leap day counts
            "CA, WORK_SPEED_DATA, 2026-03-02, 2026-03-23",
            "CA, WORK_SPEED_DATA, 2028-02-29, 2028-03-21",
            // N.Y. Lab. Law §785(3): 14 calendar days
            "NY, WORK_SPEED_DATA, 2026-03-02, 2026-03-16",
            "NY, WORK_SPEED_DATA, 2028-02-29, 2028-03-14",
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
        RequestTerms terms = current(state, kind, received);
        assertThat(terms.required()).isTrue();
        assertThat(terms.dueOn()).isEqualTo(due);
    }

    @Test
    void minnesotaStatesNoDeadlineAndNoWindowSoTheAnswerCoversTheCourtesyWindow() {
        RequestTerms terms = current("MN", RequestKind.WORK_SPEED_DATA, LocalDate.of(2026, 3, 2));
        assertThat(terms.required()).isTrue();
        assertThat(terms.dueOn()).isNull();
        assertThat(terms.windowFrom()).isEqualTo(LocalDate.of(2026, 3, 2).minus(StateLaw.COURTESY_WINDOW));
    }

    @Test
    void californiaCoversTheNinetyWholeDaysBeforeTheRequestAndWashingtonSixMonthsWithAggregates() {
        RequestTerms ca = current("CA", RequestKind.WORK_SPEED_DATA, LocalDate.of(2026, 3, 2));
        assertThat(ca.windowFrom()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(ca.windowTo()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(ca.aggregate()).isFalse();
        RequestTerms wa = current("WA", RequestKind.WORK_SPEED_DATA, LocalDate.of(2026, 3, 2));
        assertThat(wa.windowFrom()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(wa.windowTo()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(wa.aggregate()).isTrue();
        assertThat(current("NY", RequestKind.WORK_SPEED_DATA, LocalDate.of(2026, 3, 2)).aggregate()).isTrue();
        assertThat(current("NY", RequestKind.DESCRIPTION, LocalDate.of(2026, 3, 2)).aggregate()).isFalse();
    }

    @Test
    void aFormerEmployeesWindowEndsTheDayBeforeTheyLeft() {
        RequestTerms terms = StateLaws.of("CA").terms(RequestKind.WORK_SPEED_DATA, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 1, 31), 0);
        assertThat(terms.former()).isTrue();
        assertThat(terms.windowFrom()).isEqualTo(LocalDate.of(2025, 11, 2));
        assertThat(terms.windowTo()).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void aCaliforniaFormerEmployeesSecondRequestIsRecordedAsNotRequiredWithItsCitation() {
        RequestTerms second = StateLaws.of("CA").terms(RequestKind.DESCRIPTION, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 1, 31), 1);
        assertThat(second.required()).isFalse();
        assertThat(second.dueOn()).isNull();
        assertThat(second.notRequiredReason()).contains("Cal. Lab. Code §2104(a)(3)");
        assertThat(StateLaws.of("WA").terms(RequestKind.DESCRIPTION, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 31), 1)
                .required()).as("Washington has no one-request limit").isTrue();
    }

    @Test
    void aWashingtonFormerEmployeeHasThreeYearsAfterSeparation() {
        LocalDate left = LocalDate.of(2023, 1, 31);
        StateLaw wa = StateLaws.of("WA");
        assertThat(wa.terms(RequestKind.WORK_SPEED_DATA, LocalDate.of(2026, 1, 31), left, 0).required()).isTrue();
        RequestTerms late = wa.terms(RequestKind.WORK_SPEED_DATA, LocalDate.of(2026, 2, 1), left, 0);
        assertThat(late.required()).isFalse();
        assertThat(late.notRequiredReason()).contains("3 years").contains("RCW 49.84.037(2)");
    }

    @Test
    void changeNoticesAreDueTwoBusinessDaysAfterTheChangeOrBeforeItFederally() {
        LocalDate change = LocalDate.of(2026, 7, 2);
        assertThat(due("NY", change)).isEqualTo(LocalDate.of(2026, 7, 6)); // NY keeps 3 July open
        assertThat(due("WA", change)).isEqualTo(LocalDate.of(2026, 7, 7));
        assertThat(due("OR", change)).isEqualTo(LocalDate.of(2026, 7, 7));
        ChangeNotice federal = StateLaws.of("US").changeNotice().orElseThrow();
        assertThat(federal.before()).isTrue();
        assertThat(StateLaws.of("US").calendar().addBusinessDays(LocalDate.of(2026, 7, 7), federal.businessDays()))
                .isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(StateLaws.of("CA").changeNotice()).isEmpty();
        assertThat(StateLaws.of("MN").changeNotice()).isEmpty();
    }

    private static LocalDate due(String state, LocalDate change) {
        ChangeNotice notice = StateLaws.of(state).changeNotice().orElseThrow();
        return StateLaws.of(state).calendar().addBusinessDays(change, notice.businessDays());
    }

    @Test
    void aStateWithoutALawRecordsRequestsAsNotRequired() {
        RequestTerms illinois = current("IL", RequestKind.DESCRIPTION, LocalDate.of(2026, 3, 2));
        assertThat(illinois.required()).isFalse();
        assertThat(illinois.notRequiredReason()).contains("Illinois");
        RequestTerms texas = current("TX", RequestKind.DESCRIPTION, LocalDate.of(2026, 3, 2));
        assertThat(texas.required()).isFalse();
        assertThat(StateLaws.find("TX")).isEmpty();
    }

    @Test
    void everyLawHasItsOwnZoneAndTheRegistryKnowsTheSevenJurisdictions() {
        assertThat(StateLaws.all()).extracting(StateLaw::code).containsExactly("CA", "NY", "WA", "MN", "OR", "US", "IL");
        assertThat(StateLaws.zone("CA")).hasToString("America/Los_Angeles");
        assertThat(StateLaws.zone("NY")).hasToString("America/New_York");
        assertThat(StateLaws.zone("MN")).hasToString("America/Chicago");
        assertThat(StateLaws.zone(null)).hasToString("UTC");
    }
}
