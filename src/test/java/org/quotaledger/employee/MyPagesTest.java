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

    @Test
    void anEmployeeWithNoJobRoleSeesTheirPortalAndNoQuota() {
        var facility = Fixtures.facility("CA");
        Fixtures.activeDescription(facility, Fixtures.role(facility));
        var employee = Fixtures.employee(facility, null);

        given().filter(Fixtures.signIn(Fixtures.employeeUser(employee))).when().get("/me").then().statusCode(200)
                .body(containsString(employee.employeeNumber()))
                .body(containsString("no job role"))
                .body(containsString("No quota description is in force for your role"))
                .body(not(containsString("120 units")));
    }

    @Test
    void aVersionDecidedForALaterDayIsAnnouncedWhileTheCurrentOneStaysInForce() {
        var facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, role);
        Fixtures.activeDescription(facility, role);
        var later = Fixtures.today("CA").plusDays(10);
        var next = Fixtures.document(facility, role.code());
        next.put("effectiveDate", later.toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) next.withArray("quotas").get(0)).put("quantity", 110);
        long v2 = Fixtures.file(facility, next);
        Fixtures.submit(v2);
        Fixtures.activate(v2);

        given().filter(Fixtures.signIn(Fixtures.employeeUser(employee))).when().get("/me").then().statusCode(200)
                .body(containsString("120 units"))
                .body(containsString("Version 2 takes effect on " + later))
                .body(not(containsString("110 units")));
    }

    @Test
    void aVersionWhoseDayHasComeIsNotAnnouncedAsUpcoming() {
        var facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility);
        var employee = Fixtures.employee(facility, role);
        Fixtures.activeDescription(facility, role);

        given().filter(Fixtures.signIn(Fixtures.employeeUser(employee))).when().get("/me").then().statusCode(200)
                .body(containsString("120 units"))
                .body(not(containsString("takes effect on")));
    }
}
