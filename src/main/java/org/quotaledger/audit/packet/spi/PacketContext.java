package org.quotaledger.audit.packet.spi;

import java.util.List;

/**
 * What a {@link PacketPart} may know beyond the {@link PacketScope}, all fixed before the packet streams: the filing
 * summary the export issued (a file of its own, kept out of the period's notices), and facts read in the request's
 * transaction that the streaming one must not read again, such as the facility's block as it stood at the end of the
 * period. Facts are looked up by type, so this package names no feature's classes.
 */
public record PacketContext(PacketScope scope, long filingSummaryNoticeId, List<Object> facts) {

    public PacketContext {
        facts = List.copyOf(facts);
    }

    /** The fact of that type the service read beforehand; a part asking for one it was not given is a bug. */
    public <T> T fact(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " for this packet"));
    }
}
