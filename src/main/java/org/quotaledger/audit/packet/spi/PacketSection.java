package org.quotaledger.audit.packet.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One CSV (or other) file of records in an audit packet, contributed by the feature that owns the records:
 * the delivery ledger by {@code delivery}, the request log and adverse actions by {@code request}, the work-speed
 * summary by {@code workspeed} (most are {@link CsvSection}s). The packet includes every {@code @ApplicationScoped} implementation, ordered
 * by {@link #path()}; a feature without a section simply has no file in the packet (never an empty stand-in).
 *
 * <p>Sections read through the export's connection: one read-only, repeatable-read transaction, so every file
 * of a packet shows the same moment. Read with a fetch size or in pages and write as you go: a facility may
 * have millions of rows and the export runs in bounded memory.
 */
public interface PacketSection {

    /** The file's path inside the packet, e.g. {@code records/deliveries.csv}. */
    String path();

    /** One line for the packet's README: what the file holds. */
    String description();

    /** Writes the file for this facility and period; must not close {@code out}. */
    void write(PacketScope scope, Connection connection, OutputStream out) throws IOException, SQLException;
}
