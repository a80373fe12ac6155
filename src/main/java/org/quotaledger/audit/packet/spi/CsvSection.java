package org.quotaledger.audit.packet.spi;

import org.quotaledger.web.CsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * A packet section that is one query streamed to one CSV file. The query's three parameters are the
 * facility id and the period's start and exclusive end; rows are fetched a thousand at a time and written
 * as they come, so the section runs in bounded memory whatever the facility's size.
 */
public abstract class CsvSection implements PacketSection {

    protected abstract String[] header();

    /** SQL with three parameters: facility id, period start, period end (exclusive). */
    protected abstract String query();

    protected abstract Object[] row(ResultSet rs) throws SQLException;

    /**
     * Binds the query's parameters: by default the facility id, then the period as {@link #bindPeriod}. A section
     * whose query needs another order overrides this.
     */
    protected void bindParameters(PreparedStatement q, PacketScope scope) throws SQLException {
        q.setLong(1, scope.facilityId());
        bindPeriod(q, scope);
    }

    /** Binds the period as timestamps; sections filtering on a date column bind dates instead. */
    protected void bindPeriod(PreparedStatement q, PacketScope scope) throws SQLException {
        q.setTimestamp(2, Timestamp.from(scope.start()));
        q.setTimestamp(3, Timestamp.from(scope.endExclusive()));
    }

    @Override
    public void write(PacketScope scope, Connection connection, OutputStream out) throws IOException, SQLException {
        var csv = CsvWriter.to(out, header());
        try (PreparedStatement q = connection.prepareStatement(query())) {
            q.setFetchSize(1_000);
            bindParameters(q, scope);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    csv.row(row(rs));
                }
            }
        }
        csv.flush();
    }

    /** Binds the period as whole days, the end exclusive: {@code date >= ? and date < ?}. */
    protected static void bindDates(PreparedStatement q, PacketScope scope) throws SQLException {
        q.setObject(2, scope.from());
        q.setObject(3, scope.to().plusDays(1));
    }

    protected static String instant(ResultSet rs, int column) throws SQLException {
        return Columns.instant(rs, column);
    }

    protected static String text(Object value) {
        return Columns.text(value);
    }
}
