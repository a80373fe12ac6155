package org.quotaledger.audit.packet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What a packet covers: one facility and a period of whole days. Instants are UTC day boundaries, the end
 * exclusive, so {@code from = to} is one day.
 */
public record PacketScope(long facilityId, String facilityCode, String facilityName, String state, LocalDate from,
                          LocalDate to) {

    public Instant start() {
        return from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
