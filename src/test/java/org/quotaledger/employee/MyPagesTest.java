package org.quotaledger.employee;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The employee's own portal, as their browser opens it. */
@QuarkusTest
class MyPagesTest {

    @Test
    void aNewHireWhoseRoleHasNoDescriptionYetSeesTheirPortalAndTheirRights() {
        var facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, role);

        given().filter(Fixtures.signIn(Fixtures.employeeUser(employee))).when().get("/me").then().statusCode(200)
                .body(containsString(employee.employeeNumber()))
                .body(containsString(facility.code()))
                .body(containsString("No quota description is in force for your role"))
                .body(containsString("Request my quota descriptions"))
                .body(not(containsString("/q/swagger-ui")));
    }
}
