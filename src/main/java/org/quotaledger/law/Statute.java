package org.quotaledger.law;

import org.quotaledger.calendar.BusinessCalendar;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What names a jurisdiction's law and where it runs, stated once per state: {@link StateLaw}'s identity getters
 * read from it.
 *
 * @param inForce the day the law took effect; null for a bill or where there is no law
 */
public record Statute(String code, String name, LawStatus status, String title, LocalDate inForce, ZoneId zone,
                      BusinessCalendar calendar, String calendarSource, Agency agency) {
}
