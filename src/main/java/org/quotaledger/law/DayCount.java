package org.quotaledger.law;

/** How a statute counts the days of a deadline. */
public enum DayCount {
    /** Every day counts (Cal. Lab. Code §2104(b), N.Y. Lab. Law §785(3), ORS 653.557). */
    CALENDAR,
    /** Weekdays that are not the state's holidays (RCW 49.84.037(3), N.Y. Lab. Law §781). */
    BUSINESS
}
