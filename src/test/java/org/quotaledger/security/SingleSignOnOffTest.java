package org.quotaledger.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** A default install, where single sign-on is not configured: nothing of it shows, nothing of it signs anyone in. */
@QuarkusTest
class SingleSignOnOffTest {

    @Test
    void theLoginPageOffersNoProvider() {
        given().when().get("/login").then().statusCode(200)
                .body(not(containsString("/sso/login"))).body(not(containsString("Sign in with")));
    }

    @Test
    void theSignInButtonsAddressLeadsToTheLoginPage() {
        given().redirects().follow(false).when().get("/sso/login").then().statusCode(303)
                .header("Location", endsWith("/login"));
    }

    @Test
    void aBearerTokenThatIsNoApiTokenIsRefused() {
        // Shaped like a provider's JWT: with single sign-on off nobody checks it, so it signs nobody in.
        String jwtShaped = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl";
        given().header("Authorization", "Bearer " + jwtShaped).when().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }
}
