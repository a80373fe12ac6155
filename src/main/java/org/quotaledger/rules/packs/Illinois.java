package org.quotaledger.rules.packs;

import org.quotaledger.law.Statute;
import org.quotaledger.calendar.BusinessCalendar;
import org.quotaledger.law.Agency;
import org.quotaledger.law.LawStatus;
import org.quotaledger.rules.RulePack;
import org.quotaledger.rules.Rules;
import org.quotaledger.rules.StateRules;

import java.time.ZoneId;
import java.util.List;

import static org.quotaledger.rules.RuleStatus.CONFIRMED;
import static org.quotaledger.rules.Severity.INFO;

/**
 * Illinois: status only. HB 2547 (Warehouse Worker Protection Act, 103rd GA) passed on 7 January 2025 and
 * was vetoed on 21 March 2025; the override failed. No quota rule applies; the pack keeps a watch item
 * so an Illinois facility gets an explicit answer instead of silence. Requests are recorded as not required.
 */
public final class Illinois implements StateRules {

    private static final BusinessCalendar NO_DEADLINES = new BusinessCalendar("IL", List.of());

    // No quota law, so no business-day deadline to count: no holidays are listed.
    private final Statute statute = new Statute("IL", "Illinois", LawStatus.NONE, "Illinois (no quota law)", null,
            ZoneId.of("America/Chicago"), NO_DEADLINES, "none: no business-day deadline applies",
            new Agency("Illinois Department of Labor", "https://labor.illinois.gov/"));

    @Override
    public Statute statute() {
        return statute;
    }

    @Override
    public RulePack pack() {
        return new PackBuilder(this, "")
                .rule("IL-STATUS-NOT-LAW", "HB 2547 (103rd GA), vetoed 21 Mar 2025", INFO, CONFIRMED,
                        "Watch for a replacement bill.",
                        Rules.info("Illinois has no warehouse quota law: HB 2547 was vetoed on 21 March 2025 and the "
                                + "override failed. No Illinois quota rule applies."))
                .build();
    }
}
