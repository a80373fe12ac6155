package org.quotaledger.audit.packet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.quotaledger.calendar.StateTimeZones;

/**
 * What a packet covers: one facility and a period of whole facility-local days (the days in its state's zone, as
 * every date the packet prints). Instants are those days' boundaries, the end exclusive, so {@code from = to} is
 * one day.
 */
public record PacketScope(long facilityId, String facilityCode, String facilityName, String state, LocalDate from,
                          LocalDate to) {

    public Instant start() {
        return from.atStartOfDay(zone()).toInstant();
    }

    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    public ZoneId zone() {
        return StateTimeZones.of(state);
    }
}
