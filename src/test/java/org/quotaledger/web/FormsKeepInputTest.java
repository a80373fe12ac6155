package org.quotaledger.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Facility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A refused page form comes back (422) with what was typed and each error in words beside its field: the request and
 * complaint forms, a 10,000-character user name, the quota form; a field past any form's size gets a page that says so.
 */
@QuarkusTest
class FormsKeepInputTest {

    private static RequestSpecification form(CookieFilter browser) {
        return given().filter(browser).redirects().follow(false).accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser));
    }

    private static int openRequests(Credentials who, Facility facility) {
        return Fixtures.as(who).when().get("/api/v1/facilities/" + facility.id() + "/requests").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    @Test
    void aRequestForAnUnknownEmployeeNumberComesBackWithTheInputKept() {
        Facility facility = Fixtures.facility("CA");
        Credentials manager = Fixtures.manager(facility);
        CookieFilter browser = Fixtures.signIn(manager);

        form(browser).formParam("facilityId", facility.id()).formParam("employeeNumber", "NOBODY-77")
                .formParam("receivedOn", "2026-03-02").formParam("kind", "WORK_SPEED_DATA").formParam("channel", "WRITTEN")
                .when().post("/requests")
                .then().statusCode(422)
                .body(containsString("The request was not recorded"))
                .body(containsString("value=\"NOBODY-77\""))
                .body(containsString("value=\"2026-03-02\""))
                .body(containsString("value=\"WORK_SPEED_DATA\" selected"))
                .body(containsString("value=\"WRITTEN\" selected"))
                .body(containsString("names no employee at " + facility.code()));
        org.assertj.core.api.Assertions.assertThat(openRequests(manager, facility)).isZero();
    }

    @Test
    void aRequestReceivedInTheFutureComesBackWithTheErrorBesideTheDay() {
        Facility facility = Fixtures.facility("CA");
        Credentials manager = Fixtures.manager(facility);
        Fixtures.Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        CookieFilter browser = Fixtures.signIn(manager);
        String tomorrow = Fixtures.today("CA").plusDays(1).toString();

        form(browser).formParam("facilityId", facility.id()).formParam("employeeNumber", employee.employeeNumber())
                .formParam("receivedOn", tomorrow).formParam("kind", "DESCRIPTION").formParam("channel", "ORAL")
                .when().post("/requests")
                .then().statusCode(422)
                .body(containsString("value=\"" + employee.employeeNumber() + "\""))
                .body(containsString("value=\"" + tomorrow + "\""))
                .body(containsString("id=\"receivedOn-error\">is after today (" + Fixtures.today("CA") + " at " + facility.code() + ")"));
        org.assertj.core.api.Assertions.assertThat(openRequests(manager, facility)).isZero();

        form(browser).formParam("facilityId", facility.id()).formParam("employeeNumber", employee.employeeNumber())
                .formParam("receivedOn", "2.3.2026").formParam("kind", "SOMETHING").formParam("channel", "ORAL")
                .when().post("/requests")
                .then().statusCode(422)
                .body(containsString("must be a day, like 2026-03-02"))
                .body(containsString("choose quota descriptions or work speed data"))
                .body(not(containsString("SOMETHING")));
    }

    @Test
    void aComplaintWithAMissingFieldComesBackWithEverythingElseKept() {
        Facility facility = Fixtures.facility("CA");
        Credentials manager = Fixtures.manager(facility);
        Fixtures.Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        CookieFilter browser = Fixtures.signIn(manager);

        form(browser).formParam("facilityId", facility.id()).formParam("employeeNumber", employee.employeeNumber())
                .formParam("madeOn", "2026-03-02").formParam("recipient", "AGENCY").formParam("agency", "")
                .formParam("madeBy", "Union steward Ana").formParam("allegation", "The pick rate rose without notice")
                .when().post("/complaints")
                .then().statusCode(422)
                .body(containsString("The complaint was not recorded"))
                .body(containsString("value=\"Union steward Ana\""))
                .body(containsString(">The pick rate rose without notice</textarea>"))
                .body(containsString("value=\"AGENCY\" selected"))
                .body(containsString("id=\"c-agency-error\">is required when the complaint went to an agency"));

        form(browser).formParam("facilityId", facility.id()).formParam("employeeNumber", employee.employeeNumber())
                .formParam("madeOn", "2026-03-02").formParam("recipient", "EMPLOYER")
                .formParam("madeBy", "Union steward Ana").formParam("allegation", "")
                .when().post("/complaints")
                .then().statusCode(422)
                .body(containsString("value=\"Union steward Ana\""))
                .body(containsString("id=\"c-allegation-error\">is required: say what the complaint alleges"));
        Fixtures.as(manager).when().get("/api/v1/facilities/" + facility.id() + "/complaints").then().statusCode(200)
                .body(not(containsString("pick rate rose")));
    }

    @Test
    void aTenThousandCharacterUserNameIsAFieldErrorWithTheFormKept() {
        CookieFilter browser = Fixtures.signIn(Fixtures.admin());
        String name = "n".repeat(10_000);

        form(browser).formParam("username", name).formParam("password", "long-enough-password")
                .formParam("role", "compliance").formParam("displayName", "Dana Whitfield").formParam("email", "dana@example.com")
                .when().post("/users")
                .then().statusCode(422)
                .body(containsString("must be at most 64 characters (this is 10000)"))
                .body(containsString("value=\"" + name + "\""))
                .body(containsString("value=\"Dana Whitfield\""))
                .body(containsString("value=\"compliance\" selected"))
                .body(not(containsString("size must be between")));

        form(browser).formParam("username", "dw" + Fixtures.unique()).formParam("password", "short")
                .formParam("role", "compliance").formParam("displayName", "d".repeat(300)).formParam("email", "not-an-address")
                .when().post("/users")
                .then().statusCode(422)
                .body(containsString("must be 10 to 72 characters"))
                .body(containsString("must be at most 200 characters (this is 300)"))
                .body(containsString("must be an e-mail address"));
    }

    @Test
    void aFieldPastAnyFormsSizeGetsAPageInWordsWithTheWayBack() {
        CookieFilter browser = Fixtures.signIn(Fixtures.admin());

        form(browser).header("Referer", "http://localhost/users").formParam("username", "n".repeat(300_000))
                .formParam("password", "long-enough-password").formParam("role", "compliance")
                .when().post("/users")
                .then().statusCode(413).contentType(containsString("text/html"))
                .body(containsString("Too much text in the form"))
                .body(containsString("shorten the longest field"))
                .body(containsString("href=\"/users\">Back to the form"))
                .body(not(containsString("Request Entity Too Large")));
    }

    @Test
    void theQuotaFormNamesFieldsInWordsAndNeverShowsPropertyPathsOrDefaults() {
        Facility facility = Fixtures.facility("CA");
        Fixtures.JobRole role = Fixtures.role(facility);
        CookieFilter browser = Fixtures.signIn(Fixtures.manager(facility));

        String page = form(browser).formParam("role", role.code()).formParam("jurisdiction", "CA")
                .formParam("effectiveDate", Fixtures.today("CA").toString()).formParam("shift", "10 hours")
                .formParam("quotas[0].name", "q".repeat(300)).formParam("quotas[0].kind", "COUNT")
                .formParam("quotas[0].quantity", "-5").formParam("quotas[0].unit", "units").formParam("quotas[0].period", "1 hour")
                .when().post("/facilities/" + facility.id() + "/descriptions")
                .then().statusCode(422)
                .body(containsString("Quota 1: name: must be at most 200 characters (this is 300)"))
                .body(containsString("Quota 1: quantity: must be 0 or more"))
                .body(containsString("q".repeat(300)))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(page)
                .doesNotContain("<code>quotas").doesNotContain("size must be between").doesNotContain("must be greater than")
                .doesNotContain("must not be null");
    }

    @Test
    void theApiKeepsItsFieldPathsWithThePlainMessages() {
        Facility facility = Fixtures.facility("CA");
        var document = Fixtures.document(facility, Fixtures.role(facility).code());
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("quotas").get(0)).put("name", "q".repeat(300));
        Fixtures.asAdmin().contentType("application/json").body(document.toString())
                .when().post("/api/v1/facilities/" + facility.id() + "/quota-descriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'quotas[0].name' }.message", equalTo("must be at most 200 characters (this is 300)"));
    }

    @Test
    void theRegulatorIsNotOfferedEvaluateNow() {
        Facility facility = Fixtures.facility("CA");
        given().filter(Fixtures.signIn(Fixtures.manager(facility))).when().get("/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).body(containsString("Evaluate now"));
        given().filter(Fixtures.signIn(Fixtures.regulator())).when().get("/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).body(not(containsString("Evaluate now")))
                .body(not(containsString("/compliance/evaluate")));
    }
}
