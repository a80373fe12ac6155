package org.quotaledger.audit.packet.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a packet covers: one facility and a period of whole facility-local days (the days in its state's zone, as
 * every date the packet prints). Instants are those days' boundaries, the end exclusive, so {@code from = to} is
 * one day. {@code judgedOn} is the day the packet judges the facility as of: the period's last day, or today
 * when the period has not ended yet (what is late is counted up to that day). {@code zone} is the state's, given by
 * the service so that a section needs no law to place a day.
 */
public record PacketScope(long facilityId, String facilityCode, String facilityName, String state, ZoneId zone,
                          LocalDate from, LocalDate to, LocalDate judgedOn) {

    public Instant start() {
        return from.atStartOfDay(zone()).toInstant();
    }

    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(zone()).toInstant();
    }
}
