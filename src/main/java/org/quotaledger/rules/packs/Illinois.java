package org.quotaledger.rules.packs;

import org.quotaledger.rules.RulePack;
import org.quotaledger.rules.Rules;

import static org.quotaledger.rules.RuleStatus.CONFIRMED;
import static org.quotaledger.rules.Severity.INFO;

/**
 * Illinois: status only. HB 2547 (Warehouse Worker Protection Act, 103rd GA) passed on 7 January 2025 and
 * was vetoed on 21 March 2025; the override failed. No quota rule applies; the pack keeps a watch item
 * so an Illinois facility gets an explicit answer instead of silence.
 */
public final class Illinois {

    private Illinois() {
    }

    public static RulePack pack() {
        return new PackBuilder("IL", "Illinois (no quota law)", "", null)
                .rule("IL-STATUS-NOT-LAW", "HB 2547 (103rd GA), vetoed 21 Mar 2025", INFO, CONFIRMED,
                        "Watch for a replacement bill.",
                        Rules.info("Illinois has no warehouse quota law: HB 2547 was vetoed on 21 March 2025 and the "
                                + "override failed. No Illinois quota rule applies."))
                .build();
    }
}
