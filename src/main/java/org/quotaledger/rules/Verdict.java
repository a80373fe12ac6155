package org.quotaledger.rules;

/**
 * What a {@link Rule} says about one subject, before the engine adds the rule's id, severity,
 * citation and remedy from its {@link RuleEntry}.
 */
public record Verdict(Outcome outcome, String message, String subject) {

    public static Verdict pass(String message) {
        return new Verdict(Outcome.PASS, message, null);
    }

    public static Verdict fail(String message) {
        return new Verdict(Outcome.FAIL, message, null);
    }

    public static Verdict review(String message) {
        return new Verdict(Outcome.NEEDS_REVIEW, message, null);
    }

    public static Verdict na(String message) {
        return new Verdict(Outcome.N_A, message, null);
    }

    public static Verdict pending(String message) {
        return new Verdict(Outcome.PENDING, message, null);
    }

    public Verdict on(String newSubject) {
        return new Verdict(outcome, message, newSubject);
    }

    /** Prefixes the subject, e.g. {@code quotas[0]} → {@code description PICK v3 quotas[0]}. */
    public Verdict within(String scope) {
        return new Verdict(outcome, message, subject == null ? scope : scope + " " + subject);
    }
}
