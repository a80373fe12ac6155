package org.quotaledger.calendar;

import org.quotaledger.calendar.Holiday.Observance;

import java.util.List;
import java.util.Map;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.quotaledger.calendar.Holiday.Observance.NEAREST_WEEKDAY;
import static org.quotaledger.calendar.Holiday.Observance.SUNDAY_TO_MONDAY;
import static org.quotaledger.calendar.Holiday.fixed;
import static org.quotaledger.calendar.Holiday.last;
import static org.quotaledger.calendar.Holiday.nth;

/**
 * Holiday data per jurisdiction: the days the state's own offices close, which is what a
 * "business day" of the quota statutes can reasonably mean. Each list follows one public source:
 *
 * <ul>
 * <li>{@code US}: 5 U.S.C. §6103(a), weekend observance per 5 U.S.C. §6103(b) / E.O. 11582
 *     (Saturday → Friday, Sunday → Monday), as on OPM's federal holiday pages.</li>
 * <li>{@code CA}: CalHR "State Holidays" (Gov. Code §§19853–19854): eleven holidays including Cesar
 *     Chavez Day (31 March) and the day after Thanksgiving. A Sunday holiday is observed on Monday; a
 *     Saturday holiday gives holiday credit and offices stay open on Friday, except Veterans Day, which
 *     moves to Friday. Gov. Code §6700 names more days (Lincoln Day, Native American Day, Columbus Day,
 *     Genocide Remembrance Day, Juneteenth, Lunar New Year…) on which state offices do not close; they
 *     are deliberately not business-day holidays here.</li>
 * <li>{@code NY}: General Construction Law §24 legal holidays as listed in the Department of Civil
 *     Service "Calendar of Legal Holidays" (Lincoln's Birthday 12 February, Juneteenth, Columbus Day and
 *     Election Day included; Flag Day is always a Sunday). 4 NYCRR §21.1(b): a Saturday holiday is not
 *     observed; a Sunday holiday is observed on Monday (General Construction Law §24).</li>
 * <li>{@code WA}: RCW 1.16.050 legal holidays, including Juneteenth and Native American Heritage Day
 *     (the day after Thanksgiving); Saturday → Friday, Sunday → Monday (RCW 1.16.050(1)).</li>
 * <li>{@code MN}: Minn. Stat. §645.44 subd. 5 for the executive branch: Juneteenth and the Friday after
 *     Thanksgiving included, Columbus (Indigenous Peoples) Day excluded; fixed-date holidays move
 *     Saturday → Friday and Sunday → Monday.</li>
 * <li>{@code OR}: ORS 187.010 legal holidays including Juneteenth; Saturday → Friday and Sunday →
 *     Monday (ORS 187.010(2)).</li>
 * </ul>
 */
final class StateCalendars {

    private static final Map<String, BusinessCalendar> CALENDARS = Map.of(
            "US", new BusinessCalendar("US", federal()),
            "CA", new BusinessCalendar("CA", california()),
            "NY", new BusinessCalendar("NY", newYork()),
            "WA", new BusinessCalendar("WA", washington()),
            "MN", new BusinessCalendar("MN", minnesota()),
            "OR", new BusinessCalendar("OR", oregon()));

    private StateCalendars() {
    }

    static BusinessCalendar of(String jurisdiction) {
        BusinessCalendar calendar = CALENDARS.get(jurisdiction);
        if (calendar == null) {
            throw new IllegalArgumentException("No holiday calendar for jurisdiction " + jurisdiction);
        }
        return calendar;
    }

    private static Holiday thanksgiving() {
        return nth("Thanksgiving Day", 4, THURSDAY, NOVEMBER);
    }

    private static List<Holiday> federal() {
        Observance o = NEAREST_WEEKDAY;
        return List.of(
                fixed("New Year's Day", JANUARY, 1, o),
                nth("Birthday of Martin Luther King, Jr.", 3, MONDAY, JANUARY),
                nth("Washington's Birthday", 3, MONDAY, FEBRUARY),
                last("Memorial Day", MONDAY, MAY),
                fixed("Juneteenth National Independence Day", JUNE, 19, o),
                fixed("Independence Day", JULY, 4, o),
                nth("Labor Day", 1, MONDAY, SEPTEMBER),
                nth("Columbus Day", 2, MONDAY, OCTOBER),
                fixed("Veterans Day", NOVEMBER, 11, o),
                thanksgiving(),
                fixed("Christmas Day", DECEMBER, 25, o));
    }

    private static List<Holiday> california() {
        Observance o = SUNDAY_TO_MONDAY;
        Holiday thanksgiving = thanksgiving();
        return List.of(
                fixed("New Year's Day", JANUARY, 1, o),
                nth("Martin Luther King Jr. Day", 3, MONDAY, JANUARY),
                nth("Presidents' Day", 3, MONDAY, FEBRUARY),
                fixed("Cesar Chavez Day", MARCH, 31, o),
                last("Memorial Day", MONDAY, MAY),
                fixed("Independence Day", JULY, 4, o),
                nth("Labor Day", 1, MONDAY, SEPTEMBER),
                fixed("Veterans Day", NOVEMBER, 11, NEAREST_WEEKDAY),
                thanksgiving,
                Holiday.after("Day after Thanksgiving", thanksgiving, 1),
                fixed("Christmas Day", DECEMBER, 25, o));
    }

    private static List<Holiday> newYork() {
        Observance o = SUNDAY_TO_MONDAY;
        return List.of(
                fixed("New Year's Day", JANUARY, 1, o),
                nth("Dr. Martin Luther King, Jr. Day", 3, MONDAY, JANUARY),
                fixed("Lincoln's Birthday", FEBRUARY, 12, o),
                nth("Washington's Birthday", 3, MONDAY, FEBRUARY),
                last("Memorial Day", MONDAY, MAY),
                fixed("Juneteenth", JUNE, 19, o),
                fixed("Independence Day", JULY, 4, o),
                nth("Labor Day", 1, MONDAY, SEPTEMBER),
                nth("Columbus Day", 2, MONDAY, OCTOBER),
                Holiday.electionDay("Election Day"),
                fixed("Veterans' Day", NOVEMBER, 11, o),
                thanksgiving(),
                fixed("Christmas Day", DECEMBER, 25, o));
    }

    private static List<Holiday> washington() {
        Observance o = NEAREST_WEEKDAY;
        Holiday thanksgiving = thanksgiving();
        return List.of(
                fixed("New Year's Day", JANUARY, 1, o),
                nth("Martin Luther King, Jr. Day", 3, MONDAY, JANUARY),
                nth("Presidents' Day", 3, MONDAY, FEBRUARY),
                last("Memorial Day", MONDAY, MAY),
                fixed("Juneteenth", JUNE, 19, o),
                fixed("Independence Day", JULY, 4, o),
                nth("Labor Day", 1, MONDAY, SEPTEMBER),
                fixed("Veterans Day", NOVEMBER, 11, o),
                thanksgiving,
                Holiday.after("Native American Heritage Day", thanksgiving, 1),
                fixed("Christmas Day", DECEMBER, 25, o));
    }

    private static List<Holiday> minnesota() {
        Observance o = NEAREST_WEEKDAY;
        Holiday thanksgiving = thanksgiving();
        return List.of(
                fixed("New Year's Day", JANUARY, 1, o),
                nth("Martin Luther King's Birthday", 3, MONDAY, JANUARY),
                nth("Washington's and Lincoln's Birthday", 3, MONDAY, FEBRUARY),
                last("Memorial Day", MONDAY, MAY),
                fixed("Juneteenth", JUNE, 19, o),
                fixed("Independence Day", JULY, 4, o),
                nth("Labor Day", 1, MONDAY, SEPTEMBER),
                fixed("Veterans Day", NOVEMBER, 11, o),
                thanksgiving,
                Holiday.after("Friday after Thanksgiving", thanksgiving, 1),
                fixed("Christmas Day", DECEMBER, 25, o));
    }

    private static List<Holiday> oregon() {
        Observance o = NEAREST_WEEKDAY;
        return List.of(
                fixed("New Year's Day", JANUARY, 1, o),
                nth("Martin Luther King, Jr.'s Birthday", 3, MONDAY, JANUARY),
                nth("Presidents Day", 3, MONDAY, FEBRUARY),
                last("Memorial Day", MONDAY, MAY),
                fixed("Juneteenth", JUNE, 19, o),
                fixed("Independence Day", JULY, 4, o),
                nth("Labor Day", 1, MONDAY, SEPTEMBER),
                fixed("Veterans Day", NOVEMBER, 11, o),
                thanksgiving(),
                fixed("Christmas Day", DECEMBER, 25, o));
    }
}
