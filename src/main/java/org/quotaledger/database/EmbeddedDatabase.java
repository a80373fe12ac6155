package org.quotaledger.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL server run from the zonky binaries on Maven Central, so that a newcomer needs
 * nothing but a JDK. The app uses it only when no datasource URL is configured; tests use a
 * throw-away one. Production points {@code QUARKUS_DATASOURCE_JDBC_URL} at its own server.
 *
 * <p>It has the two roles an external server is set up with (see the README): the cluster's superuser owns
 * the schema and runs the migrations, and the app serves as {@value #SERVING_ROLE}, which {@code afterMigrate.sql}
 * grants only what the app must do, so the app cannot rewrite the evidence it keeps.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";
    /**
     * The role the app serves with. The embedded server trusts local connections, so its password is a formality:
     * a random one per start.
     */
    public static final String SERVING_ROLE = "quotaledger_app";

    private final EmbeddedPostgres server;
    private final String servingPassword;

    private EmbeddedDatabase(EmbeddedPostgres server, String servingPassword) {
        this.server = server;
        this.servingPassword = servingPassword;
    }

    /**
     * Starts a server whose data survives restarts: an existing cluster in {@code dataDirectory} is
     * reused, an empty directory is initialised.
     */
    public static EmbeddedDatabase startPersistent(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        LOG.infof("No datasource URL configured: starting the embedded PostgreSQL server with data in %s",
                dataDirectory.toAbsolutePath());
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port));
    }

    /** Starts a server in a temporary directory that is deleted when it stops (tests, benchmarks). */
    public static EmbeddedDatabase startThrowaway() throws IOException {
        return start(EmbeddedPostgres.builder());
    }

    private static EmbeddedDatabase start(EmbeddedPostgres.Builder builder) throws IOException {
        var server = builder
                .setPGStartupWait(Duration.ofSeconds(60))
                // Sized for an app and its test suite, not for a laptop's defaults of a tiny cluster.
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on")
                // The server's log goes into the app's: an error's DETAIL quotes the refused row's values (a name, an
                // e-mail), and logs name no one.
                .setServerConfig("log_error_verbosity", "terse")
                .start();
        String password = servingPassword();
        createServingRole(server, password);
        return new EmbeddedDatabase(server, password);
    }

    /** A fresh password per start: nothing to configure, and nothing that a log line could give away for good. */
    private static String servingPassword() {
        byte[] bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static void createServingRole(EmbeddedPostgres server, String password) throws IOException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + SERVING_ROLE + "') then"
                    + " create role " + SERVING_ROLE + " login; end if; end $$");
            s.execute("alter role " + SERVING_ROLE + " password '" + password + "'");
        } catch (SQLException e) {
            throw new IOException("could not create the serving role " + SERVING_ROLE + " in the embedded PostgreSQL server", e);
        }
    }

    public String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return server.getPort();
    }

    /** The datasource settings that point Quarkus at this server: migrations as the owner, serving as the app role. */
    public Map<String, String> datasourceConfig() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port() + "/" + DATABASE,
                "quarkus.datasource.username", SERVING_ROLE,
                "quarkus.datasource.password", servingPassword,
                "quotaledger.migration.username", USER,
                "quotaledger.migration.password", USER);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
