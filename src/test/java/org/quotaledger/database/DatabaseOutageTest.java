package org.quotaledger.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.OwnerDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 12, hole 7: while the database is down the app answers 503 problem+json with Retry-After, never a 500, and
 * it serves again as soon as the database is back. The outage is staged as the owner: every connection of the
 * serving role is cut (what a restart does to a pool), and new ones are refused until the role may log in again.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDatabaseRestartIsNever500() throws SQLException {
        assumeTrue(ownerIsSuperuser(), "staging an outage needs the owner to be a superuser (the embedded server's is)");
        var facility = Fixtures.facility();
        var compliance = Fixtures.compliance();
        for (int i = 0; i < 5; i++) {
            Fixtures.as(compliance).when().get("/api/v1/facilities/" + facility.id()).then().statusCode(200);
        }

        cutServingConnections();

        // Each dead connection in the pool fails one request as it is found: at most as many as the pool holds.
        Response answer = null;
        for (int i = 0; i < 2 * poolSize() && (answer == null || answer.statusCode() != 200); i++) {
            answer = Fixtures.as(compliance).when().get("/api/v1/facilities/" + facility.id());
            assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 503);
            if (answer.statusCode() == 503) {
                assertUnavailable(answer);
            }
        }
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void whileTheDatabaseIsDownEveryAnswerIs503ProblemWithRetryAfter() throws SQLException {
        assumeTrue(ownerIsSuperuser(), "staging an outage needs the owner to be a superuser (the embedded server's is)");
        var facility = Fixtures.facility();
        var admin = Fixtures.admin();
        var cookies = Fixtures.signIn(admin);
        Supplier<Response> api = () -> Fixtures.as(admin).when().get("/api/v1/facilities/" + facility.id() + "/employees");
        Supplier<Response> write = () -> Fixtures.as(admin).contentType("application/json").body("{\"name\": \"Outage Ltd\"}")
                .when().post("/api/v1/employers");
        Supplier<Response> anonymous = () -> given().when().get("/api/v1/notices/verify/QL-NONE-NONE");
        Supplier<Response> page = () -> given().filter(cookies).accept("text/html").when().get("/facilities/" + facility.id());
        api.get().then().statusCode(200);

        try {
            OwnerDatabase.run("alter role " + servingRole() + " nologin");
            cutServingConnections();

            for (Supplier<Response> request : java.util.List.of(api, write, anonymous)) {
                assertUnavailable(request.get());
            }
            Response html = page.get();
            assertThat(html.statusCode()).isEqualTo(503);
            assertThat(html.header("Retry-After")).isNotBlank();
        } finally {
            OwnerDatabase.run("alter role " + servingRole() + " login");
        }

        Response back = null;
        for (int attempt = 0; attempt < 2 * poolSize() && (back == null || back.statusCode() != 200); attempt++) {
            back = api.get();
            assertThat(back.statusCode()).as(back.asString()).isIn(200, 503);
        }
        assertThat(back.statusCode()).isEqualTo(200);
    }

    @Test
    void withEveryPooledConnectionTakenTheAnswerIs503ProblemWithRetryAfterNot500() throws SQLException {
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize(); i++) {
                taken.add(dataSource.getConnection());
            }

            assertUnavailable(given().when().get("/api/v1/notices/verify/QL-NONE-NONE"));
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        given().when().get("/api/v1/notices/verify/QL-NONE-NONE").then().statusCode(404);
    }

    private static void assertUnavailable(Response answer) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).matches("\\d+");
        assertThat(answer.jsonPath().getString("title")).isEqualTo("Database unavailable");
    }

    private static int poolSize() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
    }

    private static String servingRole() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
    }

    private static void cutServingConnections() throws SQLException {
        try (Connection c = OwnerDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + servingRole() + "'");
        }
    }

    private static boolean ownerIsSuperuser() throws SQLException {
        try (Connection c = OwnerDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
