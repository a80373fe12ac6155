package org.quotaledger.database;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list read in plain SQL and mapped row by row into a view, for the pages read most often. Several of them
 * run {@link #together} in one round trip to PostgreSQL: the driver sends every statement before it waits
 * for an answer, where Hibernate would wait once per query. On a page with four lists, the waits (and the
 * server's work per round trip) cost more than the rows.
 *
 * <p>Reads go through the current Hibernate session's connection and transaction. They do not flush it, so they
 * see what was committed or flushed, not entities changed in memory: for reads that come before any write.
 *
 * @param sql  one statement, without a trailing semicolon, with {@code ?} for each of {@code args}
 * @param args the statement's parameters, in order
 */
public record SqlRead<T>(String sql, List<Object> args, Rows<T> rows) {

    /** One row of the result set as a view; read the columns, do not move the cursor. */
    @FunctionalInterface
    public interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    public SqlRead {
        if (sql.strip().endsWith(";")) {
            throw new IllegalArgumentException("one statement without a trailing semicolon: " + sql);
        }
        args = List.copyOf(args);
    }

    public static <T> SqlRead<T> of(String sql, Rows<T> rows, Object... args) {
        return new SqlRead<>(sql, List.of(args), rows);
    }

    /** This read alone. */
    public List<T> list() {
        return together(this).of(this);
    }

    /** The reads' lists, read in one round trip. */
    public static Lists together(SqlRead<?>... reads) {
        String sql = String.join(";\n", Arrays.stream(reads).map(SqlRead::sql).toList());
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (SqlRead<?> read : reads) {
                    for (Object arg : read.args) {
                        statement.setObject(index++, arg);
                    }
                }
                Map<SqlRead<?>, List<?>> lists = new IdentityHashMap<>();
                boolean hasRows = statement.execute();
                for (SqlRead<?> read : reads) {
                    if (!hasRows) {
                        throw new IllegalStateException("no result set for: " + read.sql);
                    }
                    try (ResultSet rows = statement.getResultSet()) {
                        lists.put(read, read.mapAll(rows));
                    }
                    hasRows = statement.getMoreResults();
                }
                return new Lists(lists);
            }
        });
    }

    /** A {@code timestamptz} column as an instant; null stays null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** A {@code date} column; null stays null. */
    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private List<T> mapAll(ResultSet rows) throws SQLException {
        List<T> list = new ArrayList<>();
        while (rows.next()) {
            list.add(this.rows.map(rows));
        }
        return List.copyOf(list);
    }

    /** What {@link #together} read, by the read that asked for it. */
    public static final class Lists {
        private final Map<SqlRead<?>, List<?>> lists;

        private Lists(Map<SqlRead<?>, List<?>> lists) {
            this.lists = lists;
        }

        @SuppressWarnings("unchecked")
        public <T> List<T> of(SqlRead<T> read) {
            List<?> list = lists.get(read);
            if (list == null) {
                throw new IllegalArgumentException("not one of the reads: " + read.sql);
            }
            return (List<T>) list;
        }
    }
}
