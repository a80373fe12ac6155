package org.quotaledger.law;

import org.quotaledger.calendar.BusinessCalendar;

import java.time.ZoneId;
import java.util.List;

/**
 * A state the product has no law for (Texas, say): no quota law applies, requests are recorded but not
 * required. Its days are taken in Eastern time, a known simplification: nothing is due there anyway.
 */
record NoQuotaLaw(String code) implements StateLaw {

    @Override
    public String name() {
        return code;
    }

    @Override
    public LawStatus status() {
        return LawStatus.NONE;
    }

    @Override
    public String title() {
        return "No warehouse quota law";
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("America/New_York");
    }

    @Override
    public BusinessCalendar calendar() {
        return new BusinessCalendar(code, List.of());
    }

    @Override
    public String calendarSource() {
        return "none: no business-day deadline applies";
    }

    @Override
    public Agency agency() {
        return new Agency("the state's labor department", null);
    }
}
