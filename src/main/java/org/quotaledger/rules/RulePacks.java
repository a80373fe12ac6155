package org.quotaledger.rules;

import org.quotaledger.rules.packs.California;
import org.quotaledger.rules.packs.Federal;
import org.quotaledger.rules.packs.Illinois;
import org.quotaledger.rules.packs.Minnesota;
import org.quotaledger.rules.packs.NewYork;
import org.quotaledger.rules.packs.Oregon;
import org.quotaledger.rules.packs.Washington;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of rule packs: California, New York, Washington, Minnesota, Oregon, the proposed federal
 * act ({@code US}, opt-in) and Illinois (status only: HB 2547 was vetoed). A new state is one more
 * entry here.
 */
public final class RulePacks {

    private final Map<String, RulePack> packs = new LinkedHashMap<>();

    public RulePacks(List<RulePack> packs) {
        packs.forEach(pack -> this.packs.put(pack.jurisdiction(), pack));
    }

    private static final RulePacks STANDARD = new RulePacks(List.of(
            California.pack(), NewYork.pack(), Washington.pack(), Minnesota.pack(), Oregon.pack(),
            Federal.pack(), Illinois.pack()));

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
