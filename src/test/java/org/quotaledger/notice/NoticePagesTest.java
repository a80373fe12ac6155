package org.quotaledger.notice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Notice downloads as a signed-in browser makes them: the pages use the login cookie, never the API's Basic auth. */
@QuarkusTest
class NoticePagesTest {

    @Test
    void anEmployeeDownloadsTheirOwnNoticeFromThePortalButNotAColleagues() {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        long description = Fixtures.file(facility, Fixtures.document(facility, role.code()));
        Fixtures.submit(description);
        Fixtures.activate(description);
        var self = Fixtures.employee(facility, role);
        var colleague = Fixtures.employee(facility, role);
        long own = Fixtures.asAdmin().when().post("/api/v1/employees/" + self.id() + "/notices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long theirs = Fixtures.asAdmin().when().post("/api/v1/employees/" + colleague.id() + "/notices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        CookieFilter browser = Fixtures.signIn(Fixtures.employeeUser(self));

        given().filter(browser).when().get("/me").then().statusCode(200)
                .body(containsString("href=\"/notices/" + own + ".pdf\""));
        given().filter(browser).when().get("/notices/" + own + ".pdf").then().statusCode(200).contentType("application/pdf");
        given().filter(browser).when().get("/notices/" + theirs + ".pdf").then().statusCode(404);
    }

    @Test
    void aManagerOpensTheDocumentJsonFromTheDescriptionPage() {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        long description = Fixtures.file(facility, Fixtures.document(facility, role.code()));
        CookieFilter browser = Fixtures.signIn(Fixtures.manager(facility));

        given().filter(browser).when().get("/descriptions/" + description).then().statusCode(200)
                .body(containsString("/descriptions/" + description + "/document.json"));
        given().filter(browser).when().get("/descriptions/" + description + "/document.json").then().statusCode(200)
                .contentType("application/json").body("schema", org.hamcrest.Matchers.equalTo("quota-description/v1"));
        given().filter(Fixtures.signIn(Fixtures.manager(Fixtures.facility()))).when()
                .get("/descriptions/" + description + "/document.json").then().statusCode(404);
    }
}
