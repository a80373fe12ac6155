package org.quotaledger.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotaledger.law.StateLaws;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each state's observed holidays for 2025–2027, written from the published schedules each state's law
 * names ({@code StateLaw.calendarSource()}: OPM, CalHR, NY Civil Service, RCW 1.16.050, Minn. Stat. §645.44
 * subd. 5, ORS 187.010).
 */
class BusinessCalendarTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "US|2025|01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25",
            "US|2026|01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25",
            "US|2027|01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31",
            // CalHR: Saturday holidays give holiday credit, offices open the Friday before (4 July 2026, 25 Dec 2027)
            "CA|2025|01-01 01-20 02-17 03-31 05-26 07-04 09-01 11-11 11-27 11-28 12-25",
            "CA|2026|01-01 01-19 02-16 03-31 05-25 09-07 11-11 11-26 11-27 12-25",
            "CA|2027|01-01 01-18 02-15 03-31 05-31 07-05 09-06 11-11 11-25 11-26",
            // 4 NYCRR §21.1(b): a Saturday holiday is not observed (4 July 2026, 19 June and 25 Dec 2027)
            "NY|2025|01-01 01-20 02-12 02-17 05-26 06-19 07-04 09-01 10-13 11-04 11-11 11-27 12-25",
            "NY|2026|01-01 01-19 02-12 02-16 05-25 06-19 09-07 10-12 11-03 11-11 11-26 12-25",
            "NY|2027|01-01 01-18 02-12 02-15 05-31 07-05 09-06 10-11 11-02 11-11 11-25",
            "WA|2025|01-01 01-20 02-17 05-26 06-19 07-04 09-01 11-11 11-27 11-28 12-25",
            "WA|2026|01-01 01-19 02-16 05-25 06-19 07-03 09-07 11-11 11-26 11-27 12-25",
            "WA|2027|01-01 01-18 02-15 05-31 06-18 07-05 09-06 11-11 11-25 11-26 12-24 12-31",
            "MN|2025|01-01 01-20 02-17 05-26 06-19 07-04 09-01 11-11 11-27 11-28 12-25",
            "MN|2026|01-01 01-19 02-16 05-25 06-19 07-03 09-07 11-11 11-26 11-27 12-25",
            "MN|2027|01-01 01-18 02-15 05-31 06-18 07-05 09-06 11-11 11-25 11-26 12-24 12-31",
            "OR|2025|01-01 01-20 02-17 05-26 06-19 07-04 09-01 11-11 11-27 12-25",
            "OR|2026|01-01 01-19 02-16 05-25 06-19 07-03 09-07 11-11 11-26 12-25",
            "OR|2027|01-01 01-18 02-15 05-31 06-18 07-05 09-06 11-11 11-25 12-24 12-31",
    })
    void observedHolidaysMatchThePublishedScheduleOfTheYear(String state, int year, String days) {
        List<LocalDate> expected = Arrays.stream(days.split(" ")).map(d -> LocalDate.parse(year + "-" + d)).toList();
        assertThat(StateLaws.of(state).calendar().holidaysIn(year)).containsExactlyElementsOf(expected);
    }

    @Test
    void washingtonSkipsTheObservedIndependenceDayAndTheWeekend() {
        BusinessCalendar wa = StateLaws.of("WA").calendar();
        LocalDate thursday = LocalDate.of(2026, 7, 2);
        assertThat(wa.isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();
        assertThat(wa.addBusinessDays(thursday, 2)).isEqualTo(LocalDate.of(2026, 7, 7));
        assertThat(wa.businessDaysBetween(thursday, LocalDate.of(2026, 7, 7))).isEqualTo(2);
    }

    @Test
    void californiaKeepsOfficesOpenOnTheFridayBeforeASaturdayIndependenceDay() {
        assertThat(StateLaws.of("CA").calendar().isBusinessDay(LocalDate.of(2026, 7, 3))).isTrue();
        assertThat(StateLaws.of("US").calendar().isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();
    }

    @Test
    void countingBackwardsFindsTheDayTwoBusinessDaysBeforeAChange() {
        // Federal bill: an updated description at least two business days before a Tuesday 7 July 2026 change.
        assertThat(StateLaws.of("US").calendar().addBusinessDays(LocalDate.of(2026, 7, 7), -2))
                .isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void businessDaysBetweenIsTheInverseOfAddingThem() {
        BusinessCalendar ny = StateLaws.of("NY").calendar();
        LocalDate start = LocalDate.of(2025, 11, 1);
        for (int n = 0; n < 40; n++) {
            assertThat(ny.businessDaysBetween(start, ny.addBusinessDays(start, n))).isEqualTo(n);
        }
        assertThat(ny.businessDaysBetween(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 5))).isEqualTo(-4);
    }

    @Test
    void electionDayIsABusinessHolidayOnlyInNewYork() {
        LocalDate electionDay = LocalDate.of(2026, 11, 3);
        assertThat(StateLaws.of("NY").calendar().isBusinessDay(electionDay)).isFalse();
        assertThat(StateLaws.of("WA").calendar().isBusinessDay(electionDay)).isTrue();
    }

    @Test
    void illinoisListsNoHolidaysBecauseNoBusinessDayDeadlineApplies() {
        assertThat(StateLaws.of("IL").calendar().holidaysIn(2026)).isEmpty();
        assertThat(StateLaws.of("IL").calendarSource()).startsWith("none");
    }
}
