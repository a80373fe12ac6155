package org.quotaledger.calendar;

import java.time.ZoneId;
import java.util.Map;

/**
 * The local time of each state the product has rules for. Deadlines, "the day the employee received it" and
 * the dates printed on notices are local days; a single-zone answer per state is good enough for the states
 * covered here (the parts of Oregon on Mountain time are a known simplification).
 */
public final class StateTimeZones {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final ZoneId EASTERN = ZoneId.of("America/New_York");
    private static final Map<String, ZoneId> ZONES = Map.of(
            "CA", PACIFIC, "WA", PACIFIC, "OR", PACIFIC, "NY", EASTERN, "MN", ZoneId.of("America/Chicago"));

    private StateTimeZones() {
    }

    /** Every zone of the table. */
    public static java.util.Collection<ZoneId> zones() {
        return java.util.Set.copyOf(ZONES.values());
    }

    /** The state's zone; Eastern for a state without a rule pack, UTC when the state is unknown. */
    public static ZoneId of(String state) {
        return state == null ? ZoneId.of("UTC") : ZONES.getOrDefault(state, EASTERN);
    }
}
