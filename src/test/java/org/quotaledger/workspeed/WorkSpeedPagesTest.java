package org.quotaledger.workspeed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The work speed CSV upload of the facility page: its columns in words, its template, and a result naming every problem. */
@QuarkusTest
class WorkSpeedPagesTest {

    private static final String HEADER = "employee_number,date,metric,units,time_on_task_minutes,off_task_bathroom\n";

    private static ValidatableResponse upload(CookieFilter browser, Facility facility, String csv, boolean partial) {
        var request = given().filter(browser).multiPart(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .multiPart("file", "work-speed.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        if (partial) {
            request.multiPart("partial", "true");
        }
        return request.when().post("/facilities/" + facility.id() + "/work-speed").then();
    }

    private static int records(Employee employee) {
        return Fixtures.asAdmin().when().get("/api/v1/employees/" + employee.id() + "/work-speed?from=2026-01-01&to=2026-12-31")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void theFacilityPageExplainsTheColumnsAndItsTemplateUploadsAsItIs() {
        Facility facility = Fixtures.facility("CA");
        var input = Fixtures.employeeInput("E1001", "Ana Alvarez", Fixtures.role(facility));
        long id = Fixtures.asAdmin().contentType("application/json").body(input)
                .when().post("/api/v1/facilities/" + facility.id() + "/employees").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        CookieFilter manager = Fixtures.signIn(Fixtures.manager(facility));

        String page = given().filter(manager).when().get("/facilities/" + facility.id()).then().statusCode(200).extract().asString();
        assertThat(page).contains("action=\"/facilities/" + facility.id() + "/work-speed\"",
                "href=\"/facilities/" + facility.id() + "/work-speed/template.csv\"", "<code>time_on_task_minutes</code>",
                "counted as 0", "for=\"work-speed-file\"");
        String template = given().filter(manager).when().get("/facilities/" + facility.id() + "/work-speed/template.csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(template).startsWith("employee_number,date,metric,units,time_on_task_minutes,off_task_bathroom,");

        String result = upload(manager, facility, template, false).statusCode(200).extract().asString();

        assertThat(result).contains("The work speed data was stored.").doesNotContain("Lines left out");
        assertThat(records(new Employee(id, facility.id(), "E1001", "Ana Alvarez"))).isEqualTo(1);
    }

    @Test
    void aLineWithThreeProblemsIsListedWithEachProblemInWordsAndNothingIsStored() {
        Facility facility = Fixtures.facility("CA");
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        CookieFilter manager = Fixtures.signIn(Fixtures.manager(facility));
        String csv = HEADER
                + employee.employeeNumber() + ",2026-03-02,units picked,120,480,10\n"   // 2: good
                + "NOBODY,2026-02-30,units picked,lots,480,10\n";                       // 3: three problems

        String page = upload(manager, facility, csv, false).statusCode(422).extract().asString();

        assertThat(page).contains("3 problems on 1 line, each listed below; nothing was stored.")
                .contains("tick &quot;store the valid lines even if some are wrong&quot;").doesNotContain("line(s)", "partial=true")
                .contains("<strong>Line 3</strong><div class=\"muted\">3 problems</div>")
                .contains("Employee number (<code>employee_number</code>): employee &quot;NOBODY&quot; is not on this facility&#39;s roster")
                .contains("Day (<code>date</code>): must be an ISO-8601 date")
                .contains("Units (<code>units</code>): must be a number, not &quot;lots&quot;")
                .doesNotContain("Line 2<");
        assertThat(records(employee)).isZero();
        // The API counts the same way.
        Fixtures.asAdmin().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.startsWith("3 problems on 1 of 2 lines, each listed; nothing was stored."));
    }

    @Test
    void withPartialTheGoodLinesAreStoredAndTheBadOnesListed() {
        Facility facility = Fixtures.facility("CA");
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        CookieFilter manager = Fixtures.signIn(Fixtures.manager(facility));
        String csv = HEADER
                + employee.employeeNumber() + ",2026-03-02,units picked,120,480,10\n"
                + employee.employeeNumber() + ",2026-03-03,units picked,120,1500,10\n";

        String page = upload(manager, facility, csv, true).statusCode(200).extract().asString();

        assertThat(page).contains("The work speed data was stored.", "Lines left out", "<strong>Line 3</strong>",
                "Minutes on task (<code>time_on_task_minutes</code>): must be between 0 and 1440 minutes");
        assertThat(records(employee)).isEqualTo(1);
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() {
        Facility facility = Fixtures.facility("CA");
        CookieFilter manager = Fixtures.signIn(Fixtures.manager(facility));

        String page = upload(manager, facility, "employee_number,date\nE1,2026-03-02\n", false).statusCode(422)
                .extract().asString();

        assertThat(page).contains("missing: metric, units, time_on_task_minutes", "<strong>Line 1</strong>");
    }

    @Test
    void readersSeeNoUploadFormAndCannotUploadAndAnotherFacilitysManagerFindsNoFacility() {
        Facility facility = Fixtures.facility("CA");
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        String csv = HEADER + employee.employeeNumber() + ",2026-03-02,units picked,120,480,10\n";
        CookieFilter regulator = Fixtures.signIn(Fixtures.regulator());
        CookieFilter compliance = Fixtures.signIn(Fixtures.compliance());
        CookieFilter outsider = Fixtures.signIn(Fixtures.manager(Fixtures.facility("CA")));

        assertThat(given().filter(regulator).when().get("/facilities/" + facility.id()).then().statusCode(200).extract().asString())
                .doesNotContain("action=\"/facilities/" + facility.id() + "/work-speed\"");
        upload(regulator, facility, csv, false).statusCode(403);
        upload(compliance, facility, csv, false).statusCode(403);
        upload(outsider, facility, csv, false).statusCode(404);
        given().filter(Fixtures.signIn(Fixtures.employeeUser(employee))).when()
                .get("/facilities/" + facility.id() + "/work-speed/template.csv").then().statusCode(403);

        assertThat(records(employee)).isZero();
    }
}
