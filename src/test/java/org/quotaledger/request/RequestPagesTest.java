package org.quotaledger.request;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Facility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The deadline dashboard as a signed-in browser uses it. */
@QuarkusTest
class RequestPagesTest {

    @Test
    void aManagerDeclinesAnOpenRequestFromTheDashboardWithAReason() {
        Facility facility = Fixtures.facility("CA");
        Credentials manager = Fixtures.manager(facility);
        Fixtures.Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        long id = RequestFixtures.take(manager, employee, "2026-03-02", "DESCRIPTION");
        CookieFilter browser = Fixtures.signIn(manager);
        given().filter(browser).when().get("/requests").then().statusCode(200)
                .body(containsString("action=\"/requests/" + id + "/decline\""));

        given().filter(browser).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("reason", "Recorded twice by mistake").formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .when().post("/requests/" + id + "/decline")
                .then().statusCode(303).header("Location", endsWith("/requests?declined=" + id));

        given().filter(browser).when().get("/requests?declined=" + id).then().statusCode(200)
                .body(containsString("Request " + id + " was declined"))
                .body(not(containsString("action=\"/requests/" + id + "/decline\"")));
        // The employee sees it closed, and why.
        given().filter(Fixtures.signIn(Fixtures.employeeUser(employee))).when().get("/me").then().statusCode(200)
                .body(containsString("declined")).body(containsString("Recorded twice by mistake"));
    }

    @Test
    void aManagerOfAnotherFacilityCannotDeclineIt() {
        Facility facility = Fixtures.facility("CA");
        long id = RequestFixtures.take(Fixtures.manager(facility), Fixtures.employee(facility, Fixtures.role(facility)),
                "2026-03-02", "DESCRIPTION");
        CookieFilter outsider = Fixtures.signIn(Fixtures.manager(Fixtures.facility("CA")));

        given().filter(outsider).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("reason", "not mine").formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(outsider))
                .when().post("/requests/" + id + "/decline")
                .then().statusCode(404);
        Fixtures.asAdmin().when().get("/api/v1/requests/dashboard").then().statusCode(200)
                .body(containsString("\"id\":" + id + ","));
    }
}
