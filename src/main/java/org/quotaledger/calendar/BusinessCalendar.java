package org.quotaledger.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A state's business days: Monday to Friday, less the days its public offices close for a holiday.
 * Used for the "two business days" and "seven business days" deadlines of N.Y. Lab. Law §781,
 * RCW 49.84.020(2)(b) and 49.84.037(3), ORS 653.556(2)(b) and the proposed federal act.
 *
 * <p>Each state's holidays are a fact of its law: get its calendar from {@code StateLaw.calendar()}.
 */
public final class BusinessCalendar {

    private final String jurisdiction;
    private final List<Holiday> holidays;
    private final Map<Integer, Set<LocalDate>> observedByYear = new ConcurrentHashMap<>();

    public BusinessCalendar(String jurisdiction, List<Holiday> holidays) {
        this.jurisdiction = jurisdiction;
        this.holidays = List.copyOf(holidays);
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public List<Holiday> holidays() {
        return holidays;
    }

    /**
     * The weekdays of a calendar year on which offices close for a holiday, in order: observed dates
     * (31 December for a Saturday New Year's Day where the state moves it), without holidays that stay
     * on a weekend because the state does not move them.
     */
    public Set<LocalDate> holidaysIn(int year) {
        return observedByYear.computeIfAbsent(year, y -> {
            TreeSet<LocalDate> dates = new TreeSet<>();
            // A holiday of the next year can be observed on 31 December (Saturday 1 January moved to Friday).
            for (int source = y - 1; source <= y + 1; source++) {
                for (Holiday holiday : holidays) {
                    LocalDate observed = holiday.observedIn(source);
                    if (observed.getYear() == y && observed.getDayOfWeek() != DayOfWeek.SATURDAY
                            && observed.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        dates.add(observed);
                    }
                }
            }
            return Collections.unmodifiableSet(dates);
        });
    }

    public boolean isHoliday(LocalDate date) {
        return holidaysIn(date.getYear()).contains(date);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * The date {@code n} business days after {@code date}: the day itself is not counted, as a
     * deadline of "within two business days" of a Thursday request runs Friday and Monday.
     * A negative {@code n} counts backwards ("two business days before a change").
     */
    public LocalDate addBusinessDays(LocalDate date, int n) {
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate current = date;
        while (remaining > 0) {
            current = current.plusDays(step);
            if (isBusinessDay(current)) {
                remaining--;
            }
        }
        return current;
    }

    /**
     * Business days after {@code from} up to and including {@code to} (0 when equal; negative when
     * {@code to} is earlier), so that {@code businessDaysBetween(d, addBusinessDays(d, n)) == n}.
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + jurisdiction + "]";
    }
}
