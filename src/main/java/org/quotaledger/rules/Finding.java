package org.quotaledger.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One rule's verdict on one subject, in the JSON shape of the v1 spec:
 * {@code { "ruleId", "outcome", "severity", "citation", "message", "remedy", "subject" }}.
 *
 * @param subject {@code quotas[0]}, {@code employee E1234}, {@code request E1234 2026-03-02}…, or null
 *                when the finding is about the whole document or facility
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"ruleId", "outcome", "severity", "citation", "message", "remedy", "subject"})
public record Finding(String ruleId, Outcome outcome, Severity severity, String citation, String message,
                      String remedy, String subject) {

    /** The remedy only matters when something is to be done; a PASS or N/A carries none. */
    static Finding of(RuleEntry entry, Verdict verdict) {
        boolean actionable = verdict.outcome() == Outcome.FAIL || verdict.outcome() == Outcome.NEEDS_REVIEW
                || verdict.outcome() == Outcome.PENDING;
        return new Finding(entry.id(), verdict.outcome(), entry.severity(), entry.citation(), verdict.message(),
                actionable ? entry.remedy() : null, verdict.subject());
    }
}
