package org.quotaledger.law;

import java.time.Period;

/** How long a statute makes the employer keep quota records, counted from the later of the record and the separation. */
public record Retention(Period period, String citation) {

    /** The period in whole months, as the records rules compare it. */
    public int months() {
        return (int) period.toTotalMonths();
    }
}
