package org.quotaledger.rules;

import org.quotaledger.law.StateLaw;
import org.quotaledger.law.StateLaws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of rule packs: one per {@link StateLaw} the product knows (California, New York, Washington,
 * Minnesota, Oregon, the proposed federal act {@code US}, opt-in, and Illinois, status only), each the pack of
 * that law's own class. A new state is one more {@link StateRules} class.
 */
public final class RulePacks {

    private final Map<String, RulePack> packs = new LinkedHashMap<>();

    public RulePacks(List<RulePack> packs) {
        packs.forEach(pack -> this.packs.put(pack.jurisdiction(), pack));
    }

    private static final RulePacks STANDARD = new RulePacks(StateLaws.all().stream().map(RulePacks::packOf).toList());

    private static RulePack packOf(StateLaw law) {
        if (!(law instanceof StateRules rules)) {
            throw new IllegalStateException(law.code() + " has no rule pack: its class must implement StateRules");
        }
        return rules.pack();
    }

    public static RulePacks standard() {
        return STANDARD;
    }

    public Optional<RulePack> pack(String jurisdiction) {
        return Optional.ofNullable(packs.get(jurisdiction));
    }

    public List<RulePack> all() {
        return List.copyOf(packs.values());
    }

    /** Every rule id of every pack, in pack order. */
    public List<String> ruleIds() {
        return packs.values().stream().flatMap(p -> p.ruleIds().stream()).toList();
    }
}
