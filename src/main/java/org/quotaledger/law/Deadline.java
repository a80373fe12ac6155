package org.quotaledger.law;

import org.quotaledger.calendar.BusinessCalendar;

import java.time.LocalDate;

/**
 * A statutory deadline: so many calendar or business days after the day something happened; the day itself
 * is not counted, as "within two business days" of a Thursday runs Friday and Monday.
 */
public record Deadline(int days, DayCount count, String citation) {

    /** The last day on which the duty is met in time. */
    public LocalDate after(LocalDate day, BusinessCalendar calendar) {
        return count == DayCount.BUSINESS ? calendar.addBusinessDays(day, days) : day.plusDays(days);
    }

    /** "21 calendar days", "2 business days". */
    public String describe() {
        return days + " " + count.name().toLowerCase(java.util.Locale.ROOT) + " day" + (days == 1 ? "" : "s");
    }
}
