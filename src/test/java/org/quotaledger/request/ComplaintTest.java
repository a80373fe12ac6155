package org.quotaledger.request;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Quota complaints: recorded from the API and the pages, and counted by the retaliation rules (§2105, §786). */
@QuarkusTest
class ComplaintTest {

    private static Map<String, Object> complaint(String madeOn, String recipient, String agency) {
        Map<String, Object> body = new HashMap<>();
        body.put("madeOn", madeOn);
        body.put("recipient", recipient);
        body.put("agency", agency);
        body.put("allegation", "The pick rate leaves no time to walk to the bathroom.");
        return body;
    }

    private static void discipline(Credentials manager, Employee employee, String date) {
        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("date", date, "type", "WRITE_UP", "quotaBased", false, "note", "Attendance"))
                .when().post("/api/v1/employees/" + employee.id() + "/adverse-actions").then().statusCode(201);
    }

    private static JsonPath evaluated(Credentials who, Facility facility) {
        Fixtures.as(who).when().post("/api/v1/facilities/" + facility.id() + "/evaluations").then().statusCode(200);
        return Fixtures.as(who).when().get("/api/v1/facilities/" + facility.id() + "/compliance").then().statusCode(200)
                .extract().jsonPath();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "CA, CA-2105-RETALIATION-PRESUMPTION-90D, Cal. Lab. Code §2105",
            "NY, NY-786-RETALIATION-PRESUMPTION-90D, N.Y. Lab. Law §786",
    })
    void aComplaintFollowedByADisciplineThirtyDaysLaterIsFlaggedAsPresumedRetaliation(String state, String rule, String citation) {
        Facility facility = Fixtures.facility(state);
        var role = Fixtures.role(facility);
        Employee complained = Fixtures.employee(facility, role);
        Employee quiet = Fixtures.employee(facility, role);
        Credentials manager = Fixtures.manager(facility);

        Fixtures.as(manager).contentType(ContentType.JSON).body(complaint("2026-03-02", "AGENCY", "Labor Commissioner"))
                .when().post("/api/v1/employees/" + complained.id() + "/complaints")
                .then().statusCode(201).body("recipient", equalTo("AGENCY")).body("madeBy", equalTo(complained.name()));
        discipline(manager, complained, "2026-04-01");
        discipline(manager, quiet, "2026-04-01");

        JsonPath report = evaluated(manager, facility);
        String flagged = "findings.find { it.ruleId == '" + rule + "' && it.subject == 'adverse action "
                + complained.employeeNumber() + " 2026-04-01' }";
        assertThat(report.getString(flagged + ".outcome")).isEqualTo("NEEDS_REVIEW");
        assertThat(report.getString(flagged + ".message")).contains("quota complaint to Labor Commissioner", "2026-03-02", citation);
        assertThat(report.getList("passed.findAll { it.ruleId == '" + rule + "' }.subject", String.class))
                .contains("adverse action " + quiet.employeeNumber() + " 2026-04-01");
        Fixtures.as(manager).when().get("/api/v1/facilities/" + facility.id() + "/complaints").then().statusCode(200)
                .body("[0].employeeNumber", equalTo(complained.employeeNumber()));
    }

    @Test
    void aComplaintNinetyOneDaysBeforeTheActionNoLongerStartsTheWindow() {
        Facility facility = Fixtures.facility("CA");
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        Credentials manager = Fixtures.manager(facility);
        Fixtures.as(manager).contentType(ContentType.JSON).body(complaint("2026-01-01", "EMPLOYER", null))
                .when().post("/api/v1/employees/" + employee.id() + "/complaints").then().statusCode(201);
        discipline(manager, employee, "2026-04-02");
        assertThat(evaluated(manager, facility).getList("passed.findAll { it.ruleId == 'CA-2105-RETALIATION-PRESUMPTION-90D' }.subject",
                String.class)).contains("adverse action " + employee.employeeNumber() + " 2026-04-02");
    }

    @Test
    void aComplaintThatCannotBeRecordedAsGivenChangesNothing() {
        Facility facility = Fixtures.facility("CA");
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        Credentials manager = Fixtures.manager(facility);
        String url = "/api/v1/employees/" + employee.id() + "/complaints";
        Fixtures.as(manager).contentType(ContentType.JSON).body(complaint("2026-03-02", "AGENCY", null)).when().post(url)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("agency"));
        Fixtures.as(manager).contentType(ContentType.JSON).body(complaint("2026-03-02", "EMPLOYER", "DLSE")).when().post(url)
                .then().statusCode(422).body("errors.field", hasItem("agency"));
        Fixtures.as(manager).contentType(ContentType.JSON).body(complaint("2999-01-01", "EMPLOYER", null)).when().post(url)
                .then().statusCode(422).body("errors.field", hasItem("madeOn"));
        Fixtures.as(manager).contentType(ContentType.JSON).body(complaint("2026-03-02", "NEIGHBOUR", null)).when().post(url)
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> blank = complaint("2026-03-02", "EMPLOYER", null);
        blank.put("allegation", " ");
        Fixtures.as(manager).contentType(ContentType.JSON).body(blank).when().post(url)
                .then().statusCode(400).contentType("application/problem+json");
        Fixtures.as(manager).when().get("/api/v1/facilities/" + facility.id() + "/complaints").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void onlyThoseWhoMayActForTheEmployeeRecordTheirComplaintsAndEmployeesRecordTheirOwn() {
        Facility facility = Fixtures.facility("NY");
        var role = Fixtures.role(facility);
        Employee employee = Fixtures.employee(facility, role);
        Employee colleague = Fixtures.employee(facility, role);
        Credentials worker = Fixtures.employeeUser(employee);
        String url = "/api/v1/employees/" + employee.id() + "/complaints";

        Fixtures.as(Fixtures.manager(Fixtures.facility("NY"))).contentType(ContentType.JSON)
                .body(complaint("2026-03-02", "EMPLOYER", null)).when().post(url)
                .then().statusCode(404).contentType("application/problem+json");
        Fixtures.as(Fixtures.regulator()).contentType(ContentType.JSON).body(complaint("2026-03-02", "EMPLOYER", null))
                .when().post(url).then().statusCode(403);
        Fixtures.as(worker).contentType(ContentType.JSON).body(complaint("2026-03-02", "EMPLOYER", null))
                .when().post(url).then().statusCode(403);
        given().contentType(ContentType.JSON).body(complaint("2026-03-02", "EMPLOYER", null))
                .when().post(url).then().statusCode(401);

        Fixtures.as(worker).contentType(ContentType.JSON).body(complaint("2026-03-02", "AGENCY", "New York State Department of Labor"))
                .when().post("/api/v1/me/complaints").then().statusCode(201).body("employeeNumber", equalTo(employee.employeeNumber()));
        Fixtures.as(worker).when().get("/api/v1/me/complaints").then().statusCode(200).body("size()", equalTo(1));
        Fixtures.as(Fixtures.employeeUser(colleague)).when().get("/api/v1/me/complaints").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void theFormsRecordComplaintsForManagersAndEmployees() {
        Facility facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility);
        Employee employee = Fixtures.employee(facility, role);
        Credentials manager = Fixtures.manager(facility);
        var session = Fixtures.signIn(manager);
        given().filter(session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("facilityId", facility.id()).formParam("employeeNumber", employee.employeeNumber())
                .formParam("madeOn", "2026-03-02").formParam("recipient", "EMPLOYER").formParam("allegation", "Rate too high")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(session))
                .when().post("/complaints").then().statusCode(303);
        String page = given().filter(session).accept("text/html").when().get("/requests").then().statusCode(200).extract().asString();
        assertThat(page).contains("Record a quota complaint");

        var own = Fixtures.signIn(Fixtures.employeeUser(employee));
        given().filter(own).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("madeOn", "2026-03-03").formParam("recipient", "AGENCY").formParam("agency", "DLSE")
                .formParam("allegation", "No bathroom time").formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(own))
                .when().post("/me/complaints").then().statusCode(303);
        given().filter(own).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("madeOn", "2026-03-03").formParam("recipient", "AGENCY").formParam("allegation", "No agency named")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(own)).accept("text/html").when().post("/me/complaints").then().statusCode(422);
        String me = given().filter(own).accept("text/html").when().get("/me").then().statusCode(200).extract().asString();
        assertThat(me).contains("Complain about a quota", "Rate too high", "No bathroom time");
        Fixtures.as(manager).when().get("/api/v1/facilities/" + facility.id() + "/complaints").then().statusCode(200)
                .body("size()", equalTo(2));
    }
}
