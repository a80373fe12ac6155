package org.quotaledger.testing;

import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A connection as the schema's owner (the migration role), for tests that tamper with the database on purpose:
 * the app's own datasource serves as a role that may not (see migrations/afterMigrate.sql).
 */
public final class OwnerDatabase {

    private OwnerDatabase() {
    }

    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quotaledger.migration.username", String.class)
                .orElseGet(() -> config.getValue("quarkus.datasource.username", String.class));
        String password = config.getOptionalValue("quotaledger.migration.password", String.class)
                .orElseGet(() -> config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs statements as the owner in one transaction. */
    public static void run(String... statements) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
