package org.quotaledger.audit.packet.spi;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A group of files a feature contributes at a fixed place in the packet, outside the record sections: the
 * description versions ({@code quota}), the filing summary and the period's notices ({@code notice}), the audit-trail
 * extract with its anchor in the chain ({@code audit}). The packet includes every {@code @ApplicationScoped}
 * implementation, written in ascending {@link #position()} around the service's own files: the record sections
 * at {@link #SECTIONS}, the findings report at {@link #FINDINGS}. Unlike a {@link PacketSection}, a part is not
 * listed in the README's or the manifest's list of sections: the README describes those files itself.
 *
 * <p>Parts read through the export's connection, under the same rules as {@link PacketSection}s: one read-only,
 * repeatable-read transaction, a fetch size on every query, and files written as they are read.
 */
public interface PacketPart {

    /** Where the service writes the record sections. */
    int SECTIONS = 300;

    /** Where the service writes the signed findings report. */
    int FINDINGS = 400;

    /** The order of this part's files in the packet; two parts never share one. */
    int position();

    void write(PacketContext context, Connection connection, PacketFiles files) throws IOException, SQLException;
}
