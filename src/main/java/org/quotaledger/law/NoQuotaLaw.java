package org.quotaledger.law;

import org.quotaledger.calendar.BusinessCalendar;

import java.time.ZoneId;
import java.util.List;

/**
 * A state the product has no law for (Texas, say): no quota law applies, requests are recorded but not
 * required. Its days are taken in Eastern time, a known simplification: nothing is due there anyway.
 */
record NoQuotaLaw(Statute statute) implements StateLaw {

    NoQuotaLaw(String code) {
        this(new Statute(code, code, LawStatus.NONE, "No warehouse quota law", null, ZoneId.of("America/New_York"),
                new BusinessCalendar(code, List.of()), "none: no business-day deadline applies",
                new Agency("the state's labor department", null)));
    }
}
