package org.quotaledger.rules;

/** How well the catalogue could verify a rule (catalogue "Status legend"). */
public enum RuleStatus { CONFIRMED, PARTIAL, UNCONFIRMED, PROPOSED }
