package org.quotaledger.rules.packs;

import org.quotaledger.law.StateLaw;
import org.quotaledger.rules.Rule;
import org.quotaledger.rules.RuleEntry;
import org.quotaledger.rules.RulePack;
import org.quotaledger.rules.RuleStatus;
import org.quotaledger.rules.Severity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects a pack's entries in catalogue order; the citation is the code's name plus the section. */
final class PackBuilder {

    private final String jurisdiction;
    private final String law;
    private final String code;
    private final LocalDate inForce;
    private final List<RuleEntry> entries = new ArrayList<>();

    /** A pack for this law; {@code code} prefixes each section in the citations ("Cal. Lab. Code"). */
    PackBuilder(StateLaw state, String code) {
        this.jurisdiction = state.code();
        this.law = state.title();
        this.code = code;
        this.inForce = state.inForce();
    }

    PackBuilder coverage(String id, String section, RuleStatus status, String remedy, Rule rule) {
        entries.add(new RuleEntry(id, section, citation(section), Severity.INFO, inForce, null, status, remedy, true,
                rule));
        return this;
    }

    PackBuilder rule(String id, String section, Severity severity, RuleStatus status, String remedy, Rule rule) {
        return rule(id, section, severity, status, inForce, remedy, rule);
    }

    PackBuilder rule(String id, String section, Severity severity, RuleStatus status, LocalDate from, String remedy,
                     Rule rule) {
        entries.add(new RuleEntry(id, section, citation(section), severity, from, null, status, remedy, false, rule));
        return this;
    }

    RulePack build() {
        return new RulePack(jurisdiction, law, inForce, entries);
    }

    private String citation(String section) {
        return code.isEmpty() ? section : code + " " + section;
    }
}
