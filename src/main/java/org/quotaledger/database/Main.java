package org.quotaledger.database;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the embedded PostgreSQL server before Quarkus when no datasource URL is configured, and
 * stops it after Quarkus has shut down, so the app never outlives or precedes its database.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) throws Exception {
        // Checking a packet needs neither the database nor Quarkus: answer and exit before starting either.
        if (args.length > 0 && args[0].equals("verify-packet")) {
            System.exit(org.quotaledger.audit.packet.VerifyPacketCommand.run(args));
        }
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
