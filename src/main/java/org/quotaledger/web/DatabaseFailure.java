package org.quotaledger.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Reads what a failure says about the database, by the SQLSTATE classes of PostgreSQL's error codes, whichever
 * layer (driver, pool, Hibernate, transaction manager) wrapped it.
 */
public final class DatabaseFailure {

    /** What a 503 asks the client to wait; the pool reconnects within this. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseFailure() {
    }

    /**
     * The database could not be reached or dropped the connection: class 08 (connection exception), 57P01..57P03
     * (shut down, restarting), 53300 (too many connections), class 28 (the server refuses the role right now), or the
     * pool gave up waiting for a connection.
     */
    public static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("28") || state.startsWith("57P")
                        || state.equals("53300"))) {
                    return true;
                }
                // Agroal's pool, every connection taken: "Sorry, acquisition timeout!" (no SQL state).
                if (state == null && sql.getMessage() != null
                        && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** PostgreSQL refused a value as data (class 22: out of range, too long, a NUL character, not UTF-8). */
    public static boolean refusedValue(Throwable failure) {
        SQLException sql = sqlException(failure);
        return sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22");
    }

    /** The database's own words, first line only: for logs and for the refusal of a value. */
    public static String describe(Throwable failure) {
        SQLException sql = sqlException(failure);
        String message = sql != null ? sql.getMessage() : failure.getMessage();
        if (message == null) {
            return failure.getClass().getSimpleName();
        }
        message = message.lines().findFirst().orElse("").replaceFirst("^ERROR: ", "");
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static SQLException sqlException(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
                if (sql.getNextException() != null) {
                    found = sql.getNextException();
                }
            }
        }
        return found;
    }
}
