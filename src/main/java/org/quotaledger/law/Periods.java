package org.quotaledger.law;

import java.time.Period;

/** Statutory periods in words ("90 days", "6 months", "3 years"), for messages and the law table. */
public final class Periods {

    private Periods() {
    }

    public static String describe(Period period) {
        if (period == null) {
            return null;
        }
        if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
            return plural(period.getYears(), "year");
        }
        if (period.getYears() == 0 && period.getMonths() > 0 && period.getDays() == 0) {
            return plural(period.getMonths(), "month");
        }
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return plural(period.getDays(), "day");
        }
        return period.toString();
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
