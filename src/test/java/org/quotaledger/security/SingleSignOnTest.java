package org.quotaledger.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Single sign-on against a provider the test starts: quarkus-test-oidc-server's WireMock (discovery, keys, an
 * authorization endpoint and a token endpoint whose answer each test sets to the person it signs in). The profile
 * turns single sign-on on for this class only; the rest of the suite runs with it off, as a default install does.
 */
@QuarkusTest
@TestProfile(SingleSignOnTest.WithProvider.class)
class SingleSignOnTest {

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quotaledger.oidc.enabled", "true",
                    "quotaledger.oidc.provider-name", "Example ID",
                    "quarkus.oidc.sso.auth-server-url", "${keycloak.url}/realms/quarkus",
                    "quarkus.oidc.sso.client-id", CLIENT_ID,
                    "quarkus.oidc.sso.credentials.secret", "test-client-secret");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    /** The issuer the test provider's discovery document names. */
    private static final String ISSUER = "https://server.example.com";

    private static final String CLIENT_ID = "quota-ledger";

    @OidcWireMock
    WireMockServer provider;

    /** A token the test provider would sign for this person: its own key, its issuer, valid for five minutes. */
    private static JwtClaimsBuilder person(String subject, List<String> groups, List<String> facilityCodes) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(subject).audience(CLIENT_ID)
                .preferredUserName("someone-" + subject).claim("name", "Pat Example")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        // The builder refuses an empty list; a provider leaves such a claim out.
        if (!groups.isEmpty()) {
            claims.claim("groups", groups);
        }
        if (!facilityCodes.isEmpty()) {
            claims.claim("quotaledger_facilities", facilityCodes);
        }
        return claims;
    }

    private static String signed(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String subject() {
        return "sub-" + UUID.randomUUID();
    }

    private static void refused(RequestSpecification request) {
        request.when().get("/api/v1/facilities").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    /**
     * The authorization-code flow as a browser goes through it, one redirect at a time: the button's page sends
     * the browser to the provider, the provider's login sends it back with a code, the application exchanges the
     * code (the token endpoint answers with {@code idToken}) and sets its session cookie.
     */
    private CookieFilter signInThroughProvider(String idToken) {
        provider.stubFor(post("/auth/realms/quarkus/token").withRequestBody(containing("authorization_code"))
                .willReturn(okJson("{\"access_token\":\"" + idToken + "\",\"id_token\":\"" + idToken
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        var browser = new CookieFilter();
        String toProvider = given().filter(browser).redirects().follow(false)
                .when().get("/sso/login").then().statusCode(302).extract().header("Location");
        assertThat(toProvider).startsWith(provider.baseUrl() + "/auth/realms/quarkus");
        Map<String, String> query = query(URI.create(toProvider));
        assertThat(query).containsEntry("client_id", CLIENT_ID).containsEntry("response_type", "code");

        // The test provider's login form posts here; it answers with the redirect back to the application.
        String back = given().filter(browser).redirects().follow(false)
                .queryParam("redirect_uri", query.get("redirect_uri")).queryParam("state", query.get("state"))
                .when().get(provider.baseUrl() + "/login").then().statusCode(302).extract().header("Location");
        assertThat(back).startsWith(query.get("redirect_uri"));

        String signedIn = given().filter(browser).redirects().follow(false)
                .when().get(back).then().statusCode(302).extract().header("Location");
        assertThat(URI.create(signedIn).getPath()).isEqualTo("/sso/login");
        return browser;
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    @Test
    void theLoginPageOffersTheProvider() {
        given().when().get("/login").then().statusCode(200)
                .body(containsString("href=\"/sso/login\"")).body(containsString("Sign in with Example ID"));
    }

    @Test
    void anAnonymousPageStillGoesToTheLoginPageNotToTheProvider() {
        given().redirects().follow(false).when().get("/facilities").then().statusCode(303)
                .header("Location", endsWithPath("/login"));
    }

    private static org.hamcrest.Matcher<String> endsWithPath(String path) {
        return org.hamcrest.Matchers.endsWith(path);
    }

    @Test
    void localAccountsStillSignInWithTheFormAndTheApiStillAsksAnonymousCallersForCredentials() {
        var facility = Fixtures.facility();
        CookieFilter browser = Fixtures.signIn(Fixtures.manager(facility));
        given().filter(browser).when().get("/facilities").then().statusCode(200).body(containsString(facility.code()));
        given().when().get("/api/v1/facilities").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aManagerSignsInThroughTheProviderAndSeesOnlyTheirFacility() {
        var theirs = Fixtures.facility();
        var other = Fixtures.facility();
        String subject = subject();
        CookieFilter browser = signInThroughProvider(signed(person(subject, List.of("quotaledger-manager"), List.of(theirs.code()))));

        given().filter(browser).redirects().follow(false).when().get("/sso/login").then().statusCode(303)
                .header("Location", endsWithPath("/"));
        given().filter(browser).redirects().follow(false).when().get("/").then().statusCode(303)
                .header("Location", endsWithPath("/facilities"));
        given().filter(browser).when().get("/facilities").then().statusCode(200)
                .body(containsString(theirs.code())).body(not(containsString(other.code())));
        given().filter(browser).when().get("/facilities/" + theirs.id()).then().statusCode(200);
        given().filter(browser).when().get("/facilities/" + other.id()).then().statusCode(404);

        User linked = QuarkusTransaction.requiringNew().call(() -> {
            User u = User.<User>find("oidcIssuer = ?1 and oidcSubject = ?2", ISSUER, subject).firstResult();
            u.facilityIds.size();
            return u;
        });
        assertThat(linked.username).isEqualTo("oidc:" + subject);
        assertThat(linked.role).isEqualTo("manager");
        assertThat(linked.facilityIds).containsExactly(theirs.id());
        assertThat(auditEvents("user.linked", linked.id)).isEqualTo(1);

        // Signing out ends the application's session: the provider's cookie is dropped, the pages ask for a sign-in.
        String csrf = Fixtures.csrfToken(browser);
        given().filter(browser).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam(Fixtures.CSRF_FIELD, csrf).when().post("/logout").then().statusCode(303);
        given().filter(browser).redirects().follow(false).when().get("/facilities").then().statusCode(303)
                .header("Location", endsWithPath("/login"));
    }

    private static long auditEvents(String action, long userId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) User.getEntityManager()
                .createNativeQuery("select count(*) from audit_event where action = ?1 and entity_type = 'user' and entity_id = ?2")
                .setParameter(1, action).setParameter(2, Long.toString(userId)).getSingleResult()).longValue());
    }

    @Test
    void aSecondSignInFollowsTheProvidersGroupsAndFacilitiesWithoutASecondAccount() {
        var first = Fixtures.facility();
        var second = Fixtures.facility();
        String subject = subject();
        bearer(signed(person(subject, List.of("quotaledger-manager"), List.of(first.code())))).when().get("/api/v1/facilities")
                .then().statusCode(200).body("code", contains(first.code()));
        bearer(signed(person(subject, List.of("quotaledger-manager"), List.of(second.code(), "NO-SUCH-" + Fixtures.unique()))))
                .when().get("/api/v1/facilities").then().statusCode(200).body("code", contains(second.code()));
        long accounts = QuarkusTransaction.requiringNew().call(() -> User.count("oidcSubject", subject));
        assertThat(accounts).isEqualTo(1);
    }

    @Test
    void simultaneousFirstCallsMakeOneAccountAndAllSucceed() throws Exception {
        String subject = subject();
        String token = signed(person(subject, List.of("quotaledger-regulator"), List.of()));
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> bearer(token).when().get("/api/v1/me").statusCode()));
            }
            for (var call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> User.count("oidcSubject", subject))).isEqualTo(1);
    }

    @Test
    void aProviderTokenWorksOnTheApiNextToApiTokensAndBasic() {
        var theirs = Fixtures.facility();
        var other = Fixtures.facility();
        String token = signed(person(subject(), List.of("quotaledger-manager"), List.of(theirs.code())));
        bearer(token).when().get("/api/v1/facilities").then().statusCode(200).body("code", contains(theirs.code()));
        bearer(token).when().get("/api/v1/facilities/" + other.id()).then().statusCode(404)
                .contentType("application/problem+json");

        Credentials local = Fixtures.manager(other);
        String apiToken = Fixtures.as(local).contentType(ContentType.JSON).body(Map.of("name", "sso test " + Fixtures.unique()))
                .when().post("/api/v1/tokens").then().statusCode(201).body("token", startsWith("ql_"))
                .extract().jsonPath().getString("token");
        bearer(apiToken).when().get("/api/v1/facilities").then().statusCode(200).body("code", contains(other.code()));
        Fixtures.as(local).when().get("/api/v1/facilities").then().statusCode(200).body("code", contains(other.code()));
        Fixtures.asAdmin().when().get("/api/v1/me").then().statusCode(200).body("username", equalTo(Fixtures.ADMIN));
        // A malformed API token is still refused by the API tokens' own check, not handed to the provider's.
        refused(bearer("ql_" + "A".repeat(43)));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws NoSuchAlgorithmException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = person(subject(), List.of("quotaledger-admin"), List.of()).jws().keyId("1")
                .sign(generator.generateKeyPair().getPrivate());
        refused(bearer(forged));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refused(bearer(signed(person(subject(), List.of("quotaledger-admin"), List.of()).issuer("https://elsewhere.example.com"))));
    }

    @Test
    void aTokenForAnotherApplicationIsRefused() {
        refused(bearer(signed(person(subject(), List.of("quotaledger-admin"), List.of()).audience("another-app"))));
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(bearer(signed(person(subject(), List.of("quotaledger-admin"), List.of())
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)))));
    }

    @Test
    void aTokenWithoutAQuotaLedgerGroupIsForbiddenAndMakesNoAccount() {
        String subject = subject();
        // Employees are not offered through single sign-on (their account needs their roster record).
        for (List<String> groups : List.<List<String>>of(List.of("staff"), List.of(), List.of("quotaledger-employee"))) {
            String token = signed(person(subject, groups, List.of()));
            bearer(token).when().get("/api/v1/facilities").then().statusCode(403).contentType("application/problem+json");
            bearer(token).when().get("/api/v1/me").then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("no Quota Ledger role"));
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> User.count("oidcSubject", subject))).isZero();
    }

    @Test
    void aSignInWithoutAQuotaLedgerGroupEndsOnAPageThatSaysSo() {
        CookieFilter browser = signInThroughProvider(signed(person(subject(), List.of("staff"), List.of())));
        Response page = given().filter(browser).redirects().follow(false).accept(ContentType.HTML).when().get("/sso/login");
        page.then().statusCode(403).contentType(ContentType.HTML).body(containsString("No Quota Ledger role"));
        assertThat(page.getDetailedCookie("q_session_sso").getMaxAge()).isZero();
    }

    @Test
    void aProviderAccountDoesNotTakeOverALocalAccountOfTheSameName() {
        String subject = subject();
        QuarkusTransaction.requiringNew().run(() -> User.create("oidc:" + subject, "local-password-1", Role.ADMIN, "Local").persist());
        refused(bearer(signed(person(subject, List.of("quotaledger-admin"), List.of()))));
        assertThat(QuarkusTransaction.requiringNew().call(() -> User.count("oidcSubject", subject))).isZero();
    }

    @Test
    void anAccountDisabledHereIsRefusedWhateverTheProviderSays() {
        String token = signed(person(subject(), List.of("quotaledger-regulator"), List.of()));
        bearer(token).when().get("/api/v1/me").then().statusCode(200).body("role", equalTo("regulator"));
        String username = bearer(token).when().get("/api/v1/me").then().extract().jsonPath().getString("username");
        QuarkusTransaction.requiringNew().run(() -> User.findByUsername(username).orElseThrow().disabledAt = Instant.now());
        refused(bearer(token));
    }

    @Test
    void anAccountMadeBySingleSignOnCannotSignInWithAPassword() {
        String token = signed(person(subject(), List.of("quotaledger-compliance"), List.of()));
        String username = bearer(token).when().get("/api/v1/me").then().statusCode(200).extract().jsonPath().getString("username");
        QuarkusTransaction.requiringNew().run(() -> User.findByUsername(username).orElseThrow().changePassword("known-password-1"));
        Fixtures.as(new Credentials(username, "known-password-1")).when().get("/api/v1/me").then().statusCode(401);
        assertThat(username).startsWith("oidc:");
    }
}
