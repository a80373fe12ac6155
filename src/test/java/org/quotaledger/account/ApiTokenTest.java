package org.quotaledger.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Forms;
import org.quotaledger.testing.OwnerDatabase;
import org.quotaledger.time.AppClock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * API tokens (issue #15): a token acts as its account within the token's role and facilities, is refused once revoked,
 * expired or its account disabled, with the same 401 problem as a wrong password, and is stored and shown only as a
 * hash and a prefix.
 */
@QuarkusTest
class ApiTokenTest {

    @Inject
    AppClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    /** Makes a token as {@code who} (with the password, as tokens are made) and answers its secret. */
    private static String token(Credentials who, Map<String, Object> fields) {
        var body = new HashMap<String, Object>(fields);
        body.putIfAbsent("name", "test token " + Fixtures.unique());
        return Fixtures.as(who).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tokens")
                .then().statusCode(201).body("token", startsWith("ql_")).extract().jsonPath().getString("token");
    }

    private static RequestSpecification bearer(String secret) {
        return given().header("Authorization", "Bearer " + secret);
    }

    private static long idOf(String secret) {
        return bearer(secret).when().get("/api/v1/tokens").then().statusCode(200).extract().jsonPath()
                .getLong("find { '" + secret + "'.startsWith(it.prefix) }.id");
    }

    private static void refused(RequestSpecification request, String path) {
        request.when().get(path).then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("title", equalTo("Authentication required"));
    }

    @Test
    void anEmployeesTokenAnswersMeAndReachesOnlyTheirOwnRecord() {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        var self = Fixtures.employee(facility, role);
        var colleague = Fixtures.employee(facility, role);
        Credentials employee = Fixtures.employeeUser(self);
        String secret = token(employee, Map.of());

        bearer(secret).when().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(employee.username())).body("role", equalTo("employee"));
        bearer(secret).when().get("/api/v1/employees/" + self.id()).then().statusCode(200);
        bearer(secret).when().get("/api/v1/employees/" + colleague.id()).then().statusCode(404).contentType("application/problem+json");
        bearer(secret).when().get("/api/v1/facilities/" + facility.id() + "/employees").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aManagersTokenLimitedToOneFacilityDoesNotReachTheOther() {
        var a = Fixtures.facility();
        var b = Fixtures.facility();
        Credentials manager = Fixtures.manager(a, b);
        String secret = token(manager, Map.of("facilityIds", List.of(a.id())));

        bearer(secret).when().get("/api/v1/facilities/" + a.id()).then().statusCode(200);
        bearer(secret).when().get("/api/v1/facilities/" + b.id()).then().statusCode(404).contentType("application/problem+json");
        assertThat(bearer(secret).when().get("/api/v1/facilities").then().statusCode(200).extract().jsonPath().getList("code", String.class))
                .containsExactly(a.code());
        // The control: the manager's password reaches both, and so does a token without a list.
        Fixtures.as(manager).when().get("/api/v1/facilities/" + b.id()).then().statusCode(200);
        bearer(token(manager, Map.of())).when().get("/api/v1/facilities/" + b.id()).then().statusCode(200);
    }

    @Test
    void aManagersTokenLosesAFacilityTheManagerLoses() {
        var a = Fixtures.facility();
        var b = Fixtures.facility();
        Credentials manager = Fixtures.manager(a, b);
        String secret = token(manager, Map.of("facilityIds", List.of(a.id(), b.id())));
        long account = Fixtures.asAdmin().when().get("/api/v1/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + manager.username() + "' }.id");

        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "manager", "facilityIds", List.of(b.id())))
                .when().put("/api/v1/users/" + account).then().statusCode(200);

        bearer(secret).when().get("/api/v1/facilities/" + a.id()).then().statusCode(404);
        bearer(secret).when().get("/api/v1/facilities/" + b.id()).then().statusCode(200);
    }

    @Test
    void aReadOnlyTokenOfAnAdministratorCannotChangeAnything() {
        String secret = token(Fixtures.admin(), Map.of("role", "regulator"));

        bearer(secret).contentType(ContentType.JSON).body(Map.of("name", "Made with a read-only token"))
                .when().post("/api/v1/employers").then().statusCode(403).contentType("application/problem+json");
        bearer(secret).when().get("/api/v1/employers").then().statusCode(200);
        bearer(secret).when().get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void aTokenCannotReachBeyondItsAccount() {
        var mine = Fixtures.facility();
        var other = Fixtures.facility();
        Credentials manager = Fixtures.manager(mine);
        Credentials regulator = Fixtures.regulator();

        List<Map<String, Object>> refusedBodies = List.of(
                Map.of("name", "too high", "role", "admin"),
                Map.of("name", "all facilities", "role", "regulator"),
                Map.of("name", "someone else's facility", "facilityIds", List.of(other.id())),
                Map.of("name", "already over", "expiresAt", Instant.now().minusSeconds(60).toString()));
        for (Map<String, Object> body : refusedBodies) {
            Fixtures.as(manager).contentType(ContentType.JSON).body(body).when().post("/api/v1/tokens")
                    .then().statusCode(422).contentType("application/problem+json").body("status", equalTo(422));
        }
        Fixtures.as(regulator).contentType(ContentType.JSON).body(Map.of("name", "compliance", "role", "compliance"))
                .when().post("/api/v1/tokens").then().statusCode(422).contentType("application/problem+json");
        Fixtures.as(regulator).contentType(ContentType.JSON).body(Map.of("name", "facilities", "facilityIds", List.of(mine.id())))
                .when().post("/api/v1/tokens").then().statusCode(422).contentType("application/problem+json");
        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of("name", " "))
                .when().post("/api/v1/tokens").then().statusCode(400).contentType("application/problem+json");
        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "owner"))
                .when().post("/api/v1/tokens").then().statusCode(400).contentType("application/problem+json");
        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of("name", "x", "accountId", 1))
                .when().post("/api/v1/tokens").then().statusCode(403).contentType("application/problem+json");
        // Nothing was made by the refusals.
        assertThat(Fixtures.as(manager).when().get("/api/v1/tokens").then().statusCode(200).extract().jsonPath().getList("id"))
                .isEmpty();
    }

    @Test
    void aTokenCannotMakeTokens() {
        String secret = token(Fixtures.manager(Fixtures.facility()), Map.of());

        bearer(secret).contentType(ContentType.JSON).body(Map.of("name", "offspring"))
                .when().post("/api/v1/tokens").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aRevokedTokenIsRefusedWithTheProblemOfAWrongPassword() {
        Credentials manager = Fixtures.manager(Fixtures.facility());
        String secret = token(manager, Map.of());
        long id = idOf(secret);

        Fixtures.as(manager).when().delete("/api/v1/tokens/" + id).then().statusCode(204);

        refused(bearer(secret), "/api/v1/me");
        var revoked = Fixtures.as(manager).when().get("/api/v1/tokens/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(revoked.getString("status")).isEqualTo("revoked");
        assertThat(revoked.getString("revokedBy")).isEqualTo(manager.username());
        assertThat(org.quotaledger.testing.Forms.auditEvents("api_token", id))
                .anySatisfy(e -> assertThat(e).startsWith("api-token.revoked|" + manager.username() + "|"));
        // The same answer as a wrong password.
        refused(Fixtures.as(manager.withPassword("not-the-password")), "/api/v1/me");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Credentials manager = Fixtures.manager(Fixtures.facility());
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        String secret = token(manager, Map.of("expiresAt", expiry.toString()));
        bearer(secret).when().get("/api/v1/me").then().statusCode(200);

        // A second past it: PostgreSQL keeps microseconds, and may round the expiry up past a nanosecond pin.
        clock.pin(expiry.plusSeconds(1));

        refused(bearer(secret), "/api/v1/me");
        assertThat(Fixtures.as(manager).when().get("/api/v1/tokens").then().statusCode(200).extract().jsonPath().getString("[0].status"))
                .isEqualTo("expired");
    }

    @Test
    void aDisabledAccountsTokensAreRefused() {
        Credentials manager = Fixtures.manager(Fixtures.facility());
        String secret = token(manager, Map.of());
        long account = Fixtures.asAdmin().when().get("/api/v1/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + manager.username() + "' }.id");

        Fixtures.asAdmin().when().post("/api/v1/users/" + account + "/disable").then().statusCode(200);

        refused(bearer(secret), "/api/v1/me");
    }

    @Test
    void anAdministratorsTokenStopsWhenTheAccountIsNoLongerAnAdministrator() {
        var facility = Fixtures.facility();
        Credentials admin = new Credentials("admin-" + Fixtures.unique(), Fixtures.PASSWORD);
        long account = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", admin.username(), "password", admin.password(), "role", "admin"))
                .when().post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");
        String secret = token(admin, Map.of());
        bearer(secret).when().get("/api/v1/users").then().statusCode(200);

        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "manager", "facilityIds", List.of(facility.id())))
                .when().put("/api/v1/users/" + account).then().statusCode(200);

        refused(bearer(secret), "/api/v1/me");
    }

    @Test
    void garbageAndUnknownTokensAreRefused() {
        refused(bearer("not-a-token"), "/api/v1/me");
        refused(bearer("ql_" + "A".repeat(43)), "/api/v1/me");
        refused(given().header("Authorization", "Bearer"), "/api/v1/me");
        given().when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theSecretIsStoredOnlyAsItsHashAndNeverListedNorLogged() throws Exception {
        Credentials manager = Fixtures.manager(Fixtures.facility());
        String secret = token(manager, Map.of("name", "LMS feed"));
        long id = idOf(secret);
        bearer(secret).when().get("/api/v1/me").then().statusCode(200);

        List<String> columns = new ArrayList<>();
        String hash;
        try (var db = OwnerDatabase.connect(); var query = db.prepareStatement("select * from api_token where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.add(String.valueOf(row.getObject(i)));
                }
                hash = row.getString("token_hash");
                assertThat(row.getTimestamp("last_used_at")).as("the last use is recorded").isNotNull();
            }
        }
        assertThat(hash).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII))));
        // The prefix shown to recognise the token is all of the secret any column holds.
        String secretPart = secret.substring(8);
        assertThat(columns).noneMatch(value -> value.contains(secretPart));

        String list = Fixtures.as(manager).when().get("/api/v1/tokens").then().statusCode(200).extract().asString();
        String one = Fixtures.as(manager).when().get("/api/v1/tokens/" + id).then().statusCode(200).extract().asString();
        String all = Fixtures.asAdmin().when().get("/api/v1/tokens").then().statusCode(200).extract().asString();
        String audit = String.join("\n", org.quotaledger.testing.Forms.auditEvents("api_token", id));
        String log = Files.readString(Path.of("target/quarkus-test.log"), StandardCharsets.UTF_8);
        for (String seen : List.of(list, one, all, audit, log)) {
            assertThat(seen.contains(secretPart)).isFalse();
        }
        assertThat(list).contains("LMS feed").contains(secret.substring(0, 8));
    }

    @Test
    void othersTokensAreNotFoundAndCannotBeRevoked() {
        Credentials owner = Fixtures.manager(Fixtures.facility());
        Credentials other = Fixtures.manager(Fixtures.facility());
        String secret = token(owner, Map.of());
        long id = idOf(secret);

        Fixtures.as(other).when().get("/api/v1/tokens/" + id).then().statusCode(404).contentType("application/problem+json");
        Fixtures.as(other).when().delete("/api/v1/tokens/" + id).then().statusCode(404).contentType("application/problem+json");
        assertThat(Fixtures.as(other).when().get("/api/v1/tokens").then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();
        bearer(secret).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aServiceAccountActsOnlyThroughItsTokensWithinItsFacilities() {
        var a = Fixtures.facility();
        var b = Fixtures.facility();
        String username = "lms-feed-" + Fixtures.unique();
        long account = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "LMS feed", "role", "manager", "facilityIds", List.of(a.id())))
                .when().post("/api/v1/service-accounts").then().statusCode(201).body("role", equalTo("manager"))
                .extract().jsonPath().getLong("id");
        String secret = token(Fixtures.admin(), Map.of("accountId", account, "name", "LMS feed at " + a.code()));

        bearer(secret).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo(username));
        bearer(secret).when().get("/api/v1/facilities/" + a.id()).then().statusCode(200);
        bearer(secret).when().get("/api/v1/facilities/" + b.id()).then().statusCode(404);
        assertThat(Fixtures.asAdmin().when().get("/api/v1/tokens").then().statusCode(200).extract().jsonPath()
                .getBoolean("find { it.owner == '" + username + "' }.serviceAccount")).isTrue();
        // No password signs it in, not even one an administrator set.
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "a-password-set-later"))
                .when().put("/api/v1/users/" + account + "/password").then().statusCode(204);
        refused(Fixtures.as(new Credentials(username, "a-password-set-later")), "/api/v1/me");
        // A token for a person's account is not an administrator's to make.
        String personName = Fixtures.manager(a).username();
        long person = Fixtures.asAdmin().when().get("/api/v1/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + personName + "' }.id");
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "impersonation", "accountId", person))
                .when().post("/api/v1/tokens").then().statusCode(422).contentType("application/problem+json");
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("username", "svc-" + Fixtures.unique(), "role", "manager"))
                .when().post("/api/v1/service-accounts").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void anEmployeeMakesATokenOnTheTokensPageSeesItOnceAndRevokesIt() {
        var facility = Fixtures.facility();
        Credentials employee = Fixtures.employeeUser(Fixtures.employee(facility, Fixtures.role(facility)));
        var browser = Fixtures.signIn(employee);

        given().filter(browser).when().get("/tokens").then().statusCode(200).body(org.hamcrest.Matchers.containsString("New token"));
        Forms.post(browser, "/tokens", Map.of("name", " ")).then().statusCode(422).contentType(ContentType.HTML);
        Forms.post(browser, "/tokens", Map.of("name", "x", "role", "manager")).then().statusCode(422);
        String page = Forms.post(browser, "/tokens", Map.of("name", "My script", "expiresOn", "2099-12-31"))
                .then().statusCode(200).extract().asString();
        var shown = java.util.regex.Pattern.compile("id=\"token-secret\" readonly value=\"(ql_[A-Za-z0-9_-]{43})\"").matcher(page);
        assertThat(shown.find()).as("the new token is on the page").isTrue();
        String secret = shown.group(1);

        bearer(secret).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo(employee.username()));
        String again = given().filter(browser).when().get("/tokens").then().statusCode(200).extract().asString();
        assertThat(again).contains("My script").contains(secret.substring(0, 8)).doesNotContain(secret.substring(8));
        // The sign-in cookie does not reach the API: only the token or a password does.
        given().filter(browser).when().get("/api/v1/me").then().statusCode(401);

        Forms.post(browser, "/tokens/" + idOf(secret) + "/revoke", Map.of()).then().statusCode(303);
        refused(bearer(secret), "/api/v1/me");
    }

    @Test
    void anEmployeeReadsTheTokensPageInTheirDocumentLanguageAndAnAdministratorInEnglish() {
        var facility = Fixtures.facility();
        var browser = Fixtures.signIn(Fixtures.employeeUser(Fixtures.employee(facility, Fixtures.role(facility))));
        Forms.post(browser, "/me/language", Map.of("language", "es")).then().statusCode(303);

        String empty = given().filter(browser).when().get("/tokens").then().statusCode(200).extract().asString();
        assertThat(empty).contains("<html lang=\"es\"", "<main id=\"main\" tabindex=\"-1\">", "<h1>Tokens de API</h1>",
                "Trate un token como una contraseña.", "Sus tokens", "Todavía no hay tokens.", "Nuevo token",
                "Vence después del (opcional)", "Crear token", ">empleado</option>");
        // The body is translated, so it must not tell a screen reader it is English.
        assertThat(empty).doesNotContain("<main id=\"main\" tabindex=\"-1\" lang=\"en\"",
                "Your tokens", "No tokens yet", "New token", "Make token", "Treat a token like a password");

        // The refusals beside the fields, in Spanish too.
        assertThat(Forms.post(browser, "/tokens", Map.of("name", " ")).then().statusCode(422).extract().asString())
                .contains("es obligatorio: para qué sirve el token").doesNotContain("is required");
        assertThat(Forms.post(browser, "/tokens", Map.of("name", "x", "role", "manager")).then().statusCode(422).extract().asString())
                .contains("va más allá del rol de la cuenta").doesNotContain("beyond");
        assertThat(Forms.post(browser, "/tokens", Map.of("name", "x", "expiresOn", "31.12.2099")).then().statusCode(422).extract().asString())
                .contains("debe ser un día, como 2027-03-31");
        assertThat(Forms.post(browser, "/tokens", Map.of("name", "x", "expiresOn", "2001-01-01")).then().extract().asString())
                .contains("debe ser una fecha futura").doesNotContain("has passed");

        String made = Forms.post(browser, "/tokens", Map.of("name", "Mi script")).then().statusCode(200).extract().asString();
        assertThat(made).contains("Cópielo ahora: se muestra esta única vez", "Solo se guardan sus primeros caracteres",
                ">activo</span>", "aria-label=\"Revocar Mi script\">Revocar</button>")
                .doesNotContain("Copy it now", ">active<", ">never<", ">Revoke<");
        var shown = java.util.regex.Pattern.compile("id=\"token-secret\" readonly value=\"(ql_[A-Za-z0-9_-]{43})\"").matcher(made);
        assertThat(shown.find()).isTrue();
        Forms.post(browser, "/tokens/" + idOf(shown.group(1)) + "/revoke", Map.of()).then().statusCode(303);
        assertThat(given().filter(browser).when().get("/tokens?done=revoked").then().statusCode(200).extract().asString())
                .contains("El token está revocado: a partir de ahora se rechaza.", ">revocado</span>")
                .doesNotContain("The token is revoked");

        // Staff read the page in English whatever their browser asks for.
        String admin = given().filter(Fixtures.signIn(Fixtures.admin())).header("Accept-Language", "es")
                .when().get("/tokens").then().statusCode(200).extract().asString();
        assertThat(admin).contains("<html lang=\"en\"", "<h1>API tokens</h1>", "Every token", "New token", "Make token",
                "Treat a token like a password.").doesNotContain("Crear token", "Sus tokens");
    }

    @Test
    void anAdministratorMakesAServiceAccountOnTheTokensPage() {
        var facility = Fixtures.facility();
        var admin = Fixtures.signIn(Fixtures.admin());
        String username = "feed-" + Fixtures.unique();

        Forms.post(admin, "/tokens/service-accounts", Map.of("username", username, "role", "manager")).then().statusCode(422);
        Forms.post(admin, "/tokens/service-accounts", Map.of("username", username, "role", "manager",
                "facilityIds", List.of(String.valueOf(facility.id())))).then().statusCode(303);
        assertThat(given().filter(admin).when().get("/tokens").then().statusCode(200).extract().asString()).contains(username);
        // Not a manager's to make.
        var manager = Fixtures.signIn(Fixtures.manager(facility));
        Forms.post(manager, "/tokens/service-accounts", Map.of("username", "not-" + username, "role", "regulator"))
                .then().statusCode(403);
    }
}
