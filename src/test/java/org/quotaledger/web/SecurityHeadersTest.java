package org.quotaledger.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer tells the browser not to sniff types, not to send our addresses elsewhere and not to let another
 * site frame us; pages run only our own script files; nothing with personal data is stored in a cache.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesForbidInlineScriptAndFramingAndAreNotCached() {
        CookieFilter browser = Fixtures.signIn(Fixtures.compliance());
        for (Response page : List.of(
                given().when().get("/login"),
                given().when().get("/verify"),
                given().filter(browser).when().get("/facilities"),
                given().filter(browser).when().get("/audit"),
                given().filter(browser).accept("text/html").when().get("/facilities/999999999"))) {
            String csp = page.header("Content-Security-Policy");
            assertThat(csp).as("CSP").isNotNull();
            assertThat(directive(csp, "script-src")).containsExactly("'self'");
            assertThat(directive(csp, "default-src")).containsExactly("'self'");
            assertThat(directive(csp, "frame-ancestors")).containsExactly("'none'");
            assertThat(directive(csp, "object-src")).containsExactly("'none'");
            assertCommonHeaders(page);
            assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void apiAnswersAreNotCachedEither() {
        Response me = Fixtures.asAdmin().when().get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertCommonHeaders(me);
        assertThat(me.header("Cache-Control")).isEqualTo("no-store");

        Response refused = given().when().get("/api/v1/me");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertCommonHeaders(refused);
    }

    @Test
    void staticFilesMayBeCached() {
        Response css = given().when().get("/static/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertCommonHeaders(css);
        assertThat(css.header("Cache-Control")).isNotEqualTo("no-store");
    }

    @Test
    void swaggerUiRunsUnderItsOwnPolicyThatStillForbidsFraming() {
        Response ui = given().when().get("/q/swagger-ui/");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.asString()).contains("SwaggerUIBundle");
        String csp = ui.header("Content-Security-Policy");
        // Its page configures itself with an inline script.
        assertThat(directive(csp, "script-src")).contains("'self'", "'unsafe-inline'");
        assertThat(directive(csp, "frame-ancestors")).containsExactly("'none'");
        assertCommonHeaders(ui);
        given().when().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
    }

    /** The policy allows no inline script, so the templates must have none: no script element without src, no on* handler. */
    @Test
    void noTemplateHasInlineScript() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern scriptUrl = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                for (Pattern p : List.of(inlineScript, handler, scriptUrl)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        found.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCodeLookUpWorksWithoutScript() {
        given().redirects().follow(false).when().get("/verify?code= QL-7K3M-9XQ2 ")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/verify/QL-7K3M-9XQ2"));
    }

    private static void assertCommonHeaders(Response response) {
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private static List<String> directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> d.startsWith(name + " "))
                .findFirst().map(d -> Arrays.asList(d.substring(name.length()).trim().split("\\s+")))
                .orElseThrow(() -> new AssertionError("no " + name + " in " + policy));
    }
}
