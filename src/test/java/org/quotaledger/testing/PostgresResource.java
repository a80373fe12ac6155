package org.quotaledger.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.quotaledger.database.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The real PostgreSQL the tests run against: a throw-away embedded server per run, or the server
 * named by QUARKUS_DATASOURCE_JDBC_URL when set (CI against an installed PostgreSQL, say).
 */
@QuarkusTestResource(PostgresResource.class)
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        String configured = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (configured != null && !configured.isBlank()) {
            return Map.of();
        }
        try {
            database = EmbeddedDatabase.startThrowaway();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server for the tests", e);
        }
        return database.datasourceConfig();
    }

    @Override
    public void stop() {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
