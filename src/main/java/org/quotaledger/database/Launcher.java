package org.quotaledger.database;

import io.quarkus.runtime.Quarkus;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the embedded PostgreSQL server before Quarkus when no datasource URL is configured, and
 * stops it after Quarkus has shut down, so the app never outlives or precedes its database.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Runs the app until it shuts down; {@code org.quotaledger.cli.Main} calls it for every argument list not a command. */
    public static void run(String... args) throws Exception {
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent()) {
            Quarkus.run(args);
            return;
        }
        if (!embeddedServerPackaged()) {
            throw new IllegalStateException("No database configured: set QUARKUS_DATASOURCE_JDBC_URL (and its username and"
                    + " password) to your PostgreSQL server. This build leaves out the embedded server (built with"
                    + " -Pexternal-db); a default build starts one when no URL is given.");
        }
        Path dataDir = Path.of(setting("quotaledger.embedded-database.data-dir", "QUOTALEDGER_DATA_DIR").orElse("data"));
        int port = Integer.parseInt(setting("quotaledger.embedded-database.port", "QUOTALEDGER_DATABASE_PORT").orElse("0"));
        try (var database = EmbeddedDatabase.startPersistent(dataDir.resolve("postgres"), port)) {
            database.datasourceConfig().forEach(System::setProperty);
            Quarkus.run(args);
        }
    }

    /** False in a build made with {@code -Pexternal-db}, which does not package the zonky library. */
    private static boolean embeddedServerPackaged() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false, Launcher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    // Read before Quarkus' own configuration exists, so only system properties and the environment count.
    private static Optional<String> setting(String property, String env) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(env)))
                .filter(s -> !s.isBlank());
    }
}
