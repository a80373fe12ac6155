package org.quotaledger.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The login form as a browser uses it. */
@QuarkusTest
class LoginFormTest {

    @Test
    void aWrongPasswordComesBackToTheLoginPageSayingSo() {
        Credentials manager = Fixtures.manager(Fixtures.facility());
        CookieFilter browser = new CookieFilter();

        String location = given().filter(browser).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", manager.username()).formParam("j_password", "not-the-password")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .when().post("/j_security_check")
                .then().statusCode(303).header("Location", endsWith("/login?error=true")).extract().header("Location");

        given().filter(browser).when().get(location).then().statusCode(200)
                .body(containsString("The username or password is not right."));
        given().filter(browser).when().get("/login").then().statusCode(200)
                .body(not(containsString("The username or password is not right.")));
    }

    /** The username comes back after a refusal, escaped, once; the password never does. */
    @Test
    void aWrongPasswordKeepsTheUsernameForTheNextLoginPageOnly() {
        String typed = "o'brien\"<b>&" + System.nanoTime();
        CookieFilter browser = new CookieFilter();

        var refused = given().filter(browser).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", typed).formParam("j_password", "secret-typed-password")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .when().post("/j_security_check")
                .then().statusCode(303).extract();
        String cookie = refused.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(TypedUsername.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Path=/login", "Max-Age=60")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContain("secret-typed-password");

        String page = given().filter(browser).when().get(refused.header("Location")).then().statusCode(200).extract().asString();
        String escaped = typed.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
        assertThat(page).contains("value=\"" + escaped + "\"").doesNotContain(typed).doesNotContain("secret-typed-password");

        assertThat(given().filter(browser).when().get("/login").then().statusCode(200).extract().asString())
                .doesNotContain(escaped).doesNotContain("id=\"j_username\" name=\"j_username\" autocomplete=\"username\" required value=");
    }

    @Test
    void theRightPasswordSignsIn() {
        CookieFilter browser = Fixtures.signIn(Fixtures.compliance());
        given().filter(browser).redirects().follow(false).when().get("/facilities").then().statusCode(200);
    }
}
