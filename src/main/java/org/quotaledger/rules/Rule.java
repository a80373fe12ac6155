package org.quotaledger.rules;

import java.util.List;

/**
 * One statutory check as a small pure function: given what is known (a document alone, or a
 * facility's registry records), say PASS / FAIL / NEEDS_REVIEW / N_A / PENDING per subject.
 * A rule never reads a database or a clock; the caller gathers the facts first (style §2.9).
 * Build rules with the factories of {@link Rules}.
 */
@FunctionalInterface
public interface Rule {

    /** At least one verdict; the engine turns each into a {@link Finding}. */
    List<Verdict> check(Evaluation evaluation);
}
