package org.quotaledger.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Facility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Cross-site request forgery: a page changes something only for a form that came from one of our pages (it
 * carries the token of the browser's CSRF cookie) and was not sent by another site. The API, HTTP Basic without
 * cookies, needs no token.
 */
@QuarkusTest
class FormCsrfTest {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    @Test
    void everyFormThatPostsInTheTemplatesCarriesTheToken() throws IOException {
        List<String> missing = new ArrayList<>();
        int posting = 0;
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                Matcher form = FORM.matcher(text);
                while (form.find()) {
                    if (!form.group().toLowerCase().contains("method=\"post\"")) {
                        continue;
                    }
                    posting++;
                    String body = text.substring(form.end(), text.indexOf("</form>", form.end()));
                    if (!body.contains("{#csrf /}")) {
                        missing.add(file + ": " + form.group());
                    }
                }
            }
        }
        assertThat(posting).as("forms that post").isGreaterThan(10);
        assertThat(missing).as("forms without {#csrf /}").isEmpty();
    }

    @Test
    void aRenderedPageCarriesTheBrowsersTokenInEachOfItsForms() {
        Facility facility = Fixtures.facility("CA");
        Credentials manager = Fixtures.manager(facility);
        takeRequest(manager, facility);
        CookieFilter browser = Fixtures.signIn(manager);
        String token = Fixtures.csrfToken(browser);

        String page = given().filter(browser).when().get("/requests").then().statusCode(200).extract().asString();
        int forms = count(page, "method=\"post\"");
        assertThat(forms).as("posting forms on the dashboard").isGreaterThanOrEqualTo(3);
        assertThat(count(page, "name=\"" + Fixtures.CSRF_FIELD + "\" value=\"" + token + "\"")).isEqualTo(forms);
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedAndChangesNothing() {
        Fixture f = openRequest();

        given().filter(f.browser()).redirects().follow(false).accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParam("reason", "forged").when().post("/requests/" + f.requestId() + "/decline")
                .then().statusCode(400).contentType(containsString("text/html")).body(containsString("Form expired"));
        given().filter(f.browser()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("reason", "forged").formParam(Fixtures.CSRF_FIELD, "AAAAAAAAAAAAAAAAAAAAAA")
                .when().post("/requests/" + f.requestId() + "/decline")
                .then().statusCode(400).contentType(containsString("application/problem+json"));

        assertStillOpen(f);
    }

    @Test
    void aPagePostThatIsNotAFormIsRefusedEvenWithTheSessionCookie() {
        Fixture f = openRequest();

        // A cross-site fetch() may send text/plain with the victim's cookies and no preflight; no other type is a form either.
        given().filter(f.browser()).redirects().follow(false).contentType("text/plain").body("reason=forged")
                .when().post("/requests/" + f.requestId() + "/fulfil").then().statusCode(415);
        given().filter(f.browser()).redirects().follow(false).contentType(ContentType.JSON).body("{}")
                .when().post("/requests/" + f.requestId() + "/fulfil").then().statusCode(415);
        // A wildcard type is no form to the CSRF filter, so it is no form here either.
        given().filter(f.browser()).redirects().follow(false)
                .config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("*/*", ContentType.TEXT)))
                .contentType("*/*").body("reason=forged")
                .when().post("/requests/" + f.requestId() + "/decline").then().statusCode(415);
        // An empty form is a form without its token.
        given().filter(f.browser()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .when().post("/requests/" + f.requestId() + "/fulfil").then().statusCode(400);

        assertStillOpen(f);
    }

    @Test
    void aFormSentByAnotherSiteIsRefusedEvenWithAMatchingToken() {
        Fixture f = openRequest();

        // A sibling subdomain can plant its own CSRF cookie and post the matching token; the browser says where it came from.
        given().filter(f.browser()).redirects().follow(false).header("Sec-Fetch-Site", "same-site")
                .contentType("application/x-www-form-urlencoded")
                .formParam("reason", "forged").formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(f.browser()))
                .when().post("/requests/" + f.requestId() + "/decline").then().statusCode(403);

        assertStillOpen(f);
    }

    @Test
    void theLoginFormIsRefusedWithoutItsToken() {
        Credentials manager = Fixtures.manager(Fixtures.facility());
        CookieFilter browser = new CookieFilter();
        Fixtures.csrfToken(browser); // the cookie is set, the form field is left out

        var refused = given().filter(browser).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", manager.username()).formParam("j_password", manager.password())
                .when().post("/j_security_check");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.getCookie("quarkus-credential")).isNull();

        given().redirects().follow(false).header("Sec-Fetch-Site", "cross-site").filter(browser)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", manager.username()).formParam("j_password", manager.password())
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .when().post("/j_security_check").then().statusCode(400);
    }

    @Test
    void theApiTakesJsonWithHttpBasicAndNoTokenButNoForms() {
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Employer " + Fixtures.unique()))
                .when().post("/api/v1/employers").then().statusCode(201);

        Fixtures.asAdmin().contentType("application/x-www-form-urlencoded").formParam("name", "Employer " + Fixtures.unique())
                .when().post("/api/v1/employers")
                .then().statusCode(415).contentType(containsString("application/problem+json"));
        // ... while an empty POST labelled as a form (curl -d '') is the body-less call it is.
        long description = Fixtures.draftDescription().id();
        Fixtures.asAdmin().contentType("application/x-www-form-urlencoded")
                .when().post("/api/v1/quota-descriptions/" + description + "/submission").then().statusCode(200);
    }

    private record Fixture(CookieFilter browser, long requestId) {
    }

    private static Fixture openRequest() {
        Facility facility = Fixtures.facility("CA");
        Credentials manager = Fixtures.manager(facility);
        long id = takeRequest(manager, facility);
        return new Fixture(Fixtures.signIn(manager), id);
    }

    private static long takeRequest(Credentials manager, Facility facility) {
        Fixtures.Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        return Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-03-02", "kind", "DESCRIPTION", "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void assertStillOpen(Fixture f) {
        given().filter(f.browser()).when().get("/requests").then().statusCode(200)
                .body(containsString("action=\"/requests/" + f.requestId() + "/decline\""))
                .body(not(containsString("was declined")));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
