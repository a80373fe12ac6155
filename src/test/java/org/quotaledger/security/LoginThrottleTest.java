package org.quotaledger.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.time.AppClock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/**
 * Sign-in throttling with small limits (3 failures per account, 5 per address, in 15 minutes). Each test signs in
 * from its own client addresses, given to the app the way a reverse proxy does (RFC 7239 {@code Forwarded}).
 */
@QuarkusTest
@TestProfile(LoginThrottleTest.SmallLimits.class)
class LoginThrottleTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quotaledger.login.max-failures-per-account", "3",
                    "quotaledger.login.max-failures-per-address", "5",
                    "quotaledger.login.failure-window", "PT15M",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-forwarded", "true");
        }
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Inject
    AppClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    private static String newAddress() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    private static RequestSpecification from(String address) {
        return given().header("Forwarded", "for=" + address);
    }

    private static Response me(String address, String username, String password) {
        return from(address).auth().preemptive().basic(username, password).when().get("/api/v1/me");
    }

    @Test
    void afterThreeWrongPasswordsTheAccountIsRefusedEvenWithTheRightOneUntilTheWindowHasPassed() {
        Credentials manager = Fixtures.manager(Fixtures.facility());
        String attacker = newAddress();
        for (int i = 0; i < 3; i++) {
            me(attacker, manager.username(), "guess-" + i).then().statusCode(401);
        }

        // The right password, from another address: the account itself is refused, before its password is looked at.
        Response refused = me(newAddress(), manager.username(), manager.password());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, Duration.ofMinutes(15).toSeconds() + 1);

        // The login form comes back to the login page, saying why.
        CookieFilter browser = new CookieFilter();
        from(newAddress()).filter(browser).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", manager.username()).formParam("j_password", manager.password())
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .when().post("/j_security_check")
                .then().statusCode(303).header("Location", endsWith("/login?throttled=true"));
        given().when().get("/login?throttled=true").then().statusCode(200)
                .body(containsString("Too many failed sign-ins for this account or from this address"));

        // Each wrong password is an audit event naming the account and the address; the refusals are not.
        List<Map<String, Object>> events = failedLogins(manager.username());
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("actor")).isEqualTo("anonymous");
            assertThat((String) e.get("afterJson")).contains("\"address\":\"" + attacker + "\"").contains("\"via\":\"basic\"");
        });

        clock.pin(clock.now().plus(Duration.ofMinutes(15)).plusSeconds(retryAfter));
        me(newAddress(), manager.username(), manager.password()).then().statusCode(200);
    }

    @Test
    void afterFiveFailuresFromOneAddressEveryAccountIsRefusedFromThereButNotFromElsewhere() {
        Credentials manager = Fixtures.manager(Fixtures.facility());
        String scanner = newAddress();
        for (int i = 0; i < 5; i++) {
            me(scanner, "nobody-" + Fixtures.unique(), "password-" + i).then().statusCode(401);
        }

        me(scanner, manager.username(), manager.password()).then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        me(newAddress(), manager.username(), manager.password()).then().statusCode(200);
    }

    @Test
    void aRightPasswordAfterSomeFailuresStartsTheAccountAfresh() {
        Credentials manager = Fixtures.manager(Fixtures.facility());
        String address = newAddress();
        me(address, manager.username(), "typo-1").then().statusCode(401);
        me(address, manager.username(), "typo-2").then().statusCode(401);
        me(address, manager.username(), manager.password()).then().statusCode(200);
        me(address, manager.username(), "typo-3").then().statusCode(401);
        me(address, manager.username(), "typo-4").then().statusCode(401);

        me(address, manager.username(), manager.password()).then().statusCode(200);
    }

    @Test
    void aWrongPasswordInTheLoginFormIsAuditedAndCountsToo() {
        Credentials manager = Fixtures.manager(Fixtures.facility());
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            CookieFilter browser = new CookieFilter();
            from(address).filter(browser).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", manager.username()).formParam("j_password", "wrong-" + i)
                    .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                    .when().post("/j_security_check")
                    .then().statusCode(303).header("Location", endsWith("/login?error=true"));
        }

        assertThat(failedLogins(manager.username())).hasSize(3)
                .allSatisfy(e -> assertThat((String) e.get("afterJson")).contains("\"via\":\"form\""));
        me(newAddress(), manager.username(), manager.password()).then().statusCode(429);
    }

    private static List<Map<String, Object>> failedLogins(String username) {
        List<Map<String, Object>> events = Fixtures.asAdmin().queryParam("action", "login.failed").queryParam("size", 100)
                .when().get("/api/v1/audit/events").then().statusCode(200).extract().jsonPath().getList("events");
        return events.stream().filter(e -> username.equals(e.get("entityId"))).toList();
    }
}
