package org.quotaledger.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * All rules of one jurisdiction, as data. Adding a state adds a pack to {@link RulePacks}; no
 * switch statement changes anywhere.
 *
 * @param jurisdiction {@code CA}, {@code NY}, {@code WA}, {@code MN}, {@code OR}, {@code US} (opt-in) or {@code IL}
 * @param law          the law's short name, used in "the law does not apply" messages
 * @param inForce      the day the law took effect (null for a bill)
 */
public record RulePack(String jurisdiction, String law, LocalDate inForce, List<RuleEntry> entries) {

    public RulePack {
        entries = List.copyOf(entries);
    }

    public Optional<RuleEntry> entry(String ruleId) {
        return entries.stream().filter(e -> e.id().equals(ruleId)).findFirst();
    }

    public List<String> ruleIds() {
        return entries.stream().map(RuleEntry::id).toList();
    }
}
