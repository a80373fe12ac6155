package org.quotaledger.rules;

import java.time.LocalDate;

/**
 * One catalogue rule as data: its id (verbatim from {@code shared/rules/catalogue.md}), where the
 * duty sits in the statute, how sure the catalogue is, when it is in force, what to do when it
 * fails, and the {@link Rule} that checks it.
 *
 * @param coverage     true for rules that decide whether the law applies at all (NAICS, headcount,
 *                     Oregon's CBA exemption): their N/A makes every rule of the pack N/A
 * @param effectiveTo  null while the rule is in force
 */
public record RuleEntry(String id, String section, String citation, Severity severity, LocalDate effectiveFrom,
                        LocalDate effectiveTo, RuleStatus status, String remedy, boolean coverage, Rule rule) {

    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
