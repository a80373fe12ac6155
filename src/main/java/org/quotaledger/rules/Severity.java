package org.quotaledger.rules;

/** How much a failed rule matters, used to sort findings and to colour them. */
public enum Severity {
    /** A quota that takes away breaks, bathroom or safety time, or discipline on such a quota. */
    CRITICAL,
    /** A missing or late disclosure: the kind of violation the Labor Commissioner fined (§2101). */
    HIGH,
    /** Process duties: request handling, records, languages. */
    MEDIUM,
    /** Formal points and rules stated only by secondary sources. */
    LOW,
    /** Coverage, definitions and exposure estimates: context, not a violation by themselves. */
    INFO
}
