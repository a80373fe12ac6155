package org.quotaledger.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * One public holiday as data: a name, how its date is found in a given year, and how the state
 * moves it when it falls on a weekend. Holidays are rules ("third Monday of February"), never
 * lists of dates, so a calendar works for any year.
 */
public record Holiday(String name, DateRule date, Observance observance) {

    /** Finds the nominal date of a holiday in a year. */
    @FunctionalInterface
    public interface DateRule {
        LocalDate in(int year);
    }

    /** How a state moves a holiday that falls on a weekend. */
    public enum Observance {
        /** Not moved: a Saturday or Sunday holiday gives no weekday off (e.g. CalHR "holiday credit"). */
        NONE,
        /** Sunday is observed on the following Monday; Saturday is not moved. */
        SUNDAY_TO_MONDAY,
        /** Saturday is observed on the preceding Friday and Sunday on the following Monday. */
        NEAREST_WEEKDAY;

        LocalDate observed(LocalDate nominal) {
            DayOfWeek day = nominal.getDayOfWeek();
            if (day == DayOfWeek.SUNDAY && this != NONE) {
                return nominal.plusDays(1);
            }
            if (day == DayOfWeek.SATURDAY && this == NEAREST_WEEKDAY) {
                return nominal.minusDays(1);
            }
            return nominal;
        }
    }

    /** The weekday on which the holiday is taken off in that year (may fall in the neighbouring year). */
    public LocalDate observedIn(int year) {
        return observance.observed(date.in(year));
    }

    public static Holiday fixed(String name, Month month, int day, Observance observance) {
        return new Holiday(name, year -> LocalDate.of(year, month, day), observance);
    }

    /** The n-th given weekday of a month, e.g. the third Monday of January. */
    public static Holiday nth(String name, int n, DayOfWeek weekday, Month month) {
        return new Holiday(name, year -> LocalDate.of(year, month, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(n, weekday)), Observance.NONE);
    }

    /** The last given weekday of a month, e.g. the last Monday of May. */
    public static Holiday last(String name, DayOfWeek weekday, Month month) {
        return new Holiday(name, year -> LocalDate.of(year, month, 1)
                .with(TemporalAdjusters.lastInMonth(weekday)), Observance.NONE);
    }

    /** A holiday a number of days after another one's nominal date, e.g. the day after Thanksgiving. */
    public static Holiday after(String name, Holiday base, int days) {
        return new Holiday(name, year -> base.date().in(year).plusDays(days), Observance.NONE);
    }

    /** Thanksgiving Day: the fourth Thursday of November. */
    public static Holiday thanksgiving() {
        return nth("Thanksgiving Day", 4, DayOfWeek.THURSDAY, Month.NOVEMBER);
    }

    /** General Election Day: the Tuesday after the first Monday of November. */
    public static Holiday electionDay(String name) {
        return new Holiday(name, year -> LocalDate.of(year, Month.NOVEMBER, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1), Observance.NONE);
    }
}
