package org.quotaledger.law;

/** Whether a jurisdiction's quota law binds employers. */
public enum LawStatus {
    /** Enacted and in force (or enacted with a future in-force date). */
    ENACTED,
    /** A bill: its rules run only for facilities that opt in. */
    PROPOSED,
    /** No warehouse quota law (a vetoed bill, or no bill at all). */
    NONE
}
