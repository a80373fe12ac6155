package org.quotaledger.facility;

import java.time.LocalDate;

/**
 * A facility's headcounts as counted from the registry on one day, next to any typed override. The statutes count
 * the employer's nonexempt employees at the site and at all its sites in the state, agency and staffing workers it
 * controls and its controlled group included (Cal. Lab. Code §2100, N.Y. Lab. Law §780(4), RCW 49.84.010, Minn.
 * Stat. §182.6526 subd. 1, ORS 653.556).
 *
 * @param siteEmployees      nonexempt employees on this site's roster on {@code day}
 * @param siteAgencyWorkers  agency workers at this site
 * @param stateEmployees     nonexempt employees on the rosters of every site counted statewide
 * @param stateAgencyWorkers agency workers at those sites
 * @param sitesCounted       sites in the state of the employer or its controlled group
 * @param controlledGroup    the group counted together; null when the employer counts alone
 */
public record Headcount(LocalDate day, int siteEmployees, int siteAgencyWorkers, int stateEmployees,
                        int stateAgencyWorkers, int sitesCounted, String controlledGroup, Integer siteOverride,
                        Integer statewideOverride, String overrideReason) {

    public int countedSite() {
        return siteEmployees + siteAgencyWorkers;
    }

    public int countedStatewide() {
        return stateEmployees + stateAgencyWorkers;
    }

    /** The figure the rules use: the override where typed, else the count. */
    public int site() {
        return siteOverride != null ? siteOverride : countedSite();
    }

    public int statewide() {
        return statewideOverride != null ? statewideOverride : countedStatewide();
    }

    public boolean overridden() {
        return siteOverride != null || statewideOverride != null;
    }
}
