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
        Path dataDir = Path.of(setting("quotaledger.embedded-database.data-dir", "QUOTALEDGER_DATA_DIR").orElse("data"));
        int port = Integer.parseInt(setting("quotaledger.embedded-database.port", "QUOTALEDGER_DATABASE_PORT").orElse("0"));
        try (var database = EmbeddedDatabase.startPersistent(dataDir.resolve("postgres"), port)) {
            database.datasourceConfig().forEach(System::setProperty);
            Quarkus.run(args);
        }
    }

    // Read before Quarkus' own configuration exists, so only system properties and the environment count.
    private static Optional<String> setting(String property, String env) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(env)))
                .filter(s -> !s.isBlank());
    }
}
