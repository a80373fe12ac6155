package org.quotaledger.law;

import java.time.Period;

/**
 * What a former employee may still ask.
 *
 * @param oneRequest whether a former employee gets one request only (Cal. Lab. Code §2104(a)(3), N.Y. Lab. Law
 *                   §785(2), ORS 653.557)
 * @param within     how long after separation the right lasts (RCW 49.84.037(2): three years); null for no limit
 */
public record FormerEmployees(boolean oneRequest, Period within, String citation) {

    /** The statute says nothing about former employees: no limit is applied. */
    public static final FormerEmployees NO_LIMIT = new FormerEmployees(false, null, null);
}
