package org.quotaledger.audit.packet.spi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** How a packet prints a column: every file of a packet writes instants and empty values the same way. */
public final class Columns {

    private Columns() {
    }

    /** A {@code timestamptz} column as an ISO-8601 UTC instant, or empty. */
    public static String instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? "" : t.toInstant().toString();
    }

    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
