package org.quotaledger.rules;

/** The result of one rule on one subject (v1 spec, "Findings"). */
public enum Outcome {
    PASS,
    FAIL,
    /** A person (lawyer, safety engineer, manager) must judge; the message says what to answer. */
    NEEDS_REVIEW,
    /** The rule does not apply: employer not covered, law not in force, or no data of that kind. */
    N_A,
    /** A statutory deadline has not run out yet. */
    PENDING
}
