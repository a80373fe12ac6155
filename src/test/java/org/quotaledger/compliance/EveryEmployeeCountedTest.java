package org.quotaledger.compliance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.quotaledger.signing.ExternalTools;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Employees in a role whose description is only a draft or in review have no written description at all (the
 * failure cited against Amazon in 2024): the dashboard, the exposure and the regulator summary count them.
 */
@QuarkusTest
class EveryEmployeeCountedTest {

    private static Employee employee(Facility facility, JobRole role, boolean exempt) {
        String number = "E" + Fixtures.unique();
        Map<String, Object> body = new HashMap<>(Fixtures.employeeInput(number, "Worker " + number, role));
        body.put("exempt", exempt);
        long id = Fixtures.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Employee(id, facility.id(), number, "Worker " + number);
    }

    @Test
    void employeesInARoleWithOnlyADraftAreCountedOnTheDashboardInTheExposureAndInTheRegulatorSummary() throws Exception {
        Facility facility = Fixtures.facility("CA");
        JobRole drafted = Fixtures.role(facility);
        JobRole office = Fixtures.role(facility);
        Fixtures.file(facility, Fixtures.document(facility, drafted.code()));
        List<Employee> held = List.of(employee(facility, drafted, false), employee(facility, drafted, false),
                employee(facility, drafted, false));
        employee(facility, drafted, true);     // exempt: outside the law
        employee(facility, office, false);     // a role with no quota at all
        Credentials compliance = Fixtures.compliance();

        Fixtures.as(compliance).when().post("/api/v1/facilities/" + facility.id() + "/evaluations").then().statusCode(200);
        JsonPath report = Fixtures.as(compliance).when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath();
        List<String> numbers = held.stream().map(Employee::employeeNumber).sorted().toList();

        assertThat(report.getList("employeesWithoutCurrentDescription.employeeNumber", String.class))
                .containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(report.getList("employeesWithoutCurrentDescription.version")).containsOnlyNulls();
        assertThat(report.getList("findings.findAll { it.ruleId == 'CA-2101-CONTENT-EACH-QUOTA' && it.outcome == 'FAIL' }.subject",
                String.class)).containsExactlyInAnyOrderElementsOf(numbers.stream().map(n -> "employee " + n).toList());
        assertThat(report.getString("run.exposureFormula")).startsWith("3 × $100 = $300");
        assertThat(report.getList("run.exposureBreakdown.byRule.ruleId", String.class)).containsExactly("CA-2101-CONTENT-EACH-QUOTA");
        assertThat(report.getList("run.exposureBreakdown.byRule[0].employeeNumbers", String.class)).containsExactlyElementsOf(numbers);
        assertThat(report.getList("run.exposureBreakdown.byEmployee.employeeNumber", String.class)).containsExactlyElementsOf(numbers);

        String page = Fixtures.as(compliance).accept("text/html").when().get("/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("no version in force", "Rule that failed", "CA-2101-CONTENT-EACH-QUOTA", numbers.getFirst());

        long notice = Fixtures.as(compliance).when().post("/api/v1/facilities/" + facility.id() + "/regulator-notices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] pdf = Fixtures.as(compliance).when().get("/api/v1/notices/" + notice + "/pdf").then().statusCode(200)
                .extract().asByteArray();
        Path file = Files.write(Files.createTempFile("summary", ".pdf"), pdf);
        String text = ExternalTools.pdftotext(file).replaceAll("\\s+", " ");
        Files.delete(file);
        assertThat(text).contains("Roles held to quotas with no description in force",
                drafted.code() + "): 3 employee(s), no version in force",
                "Employees in roles with a quota (described or not) 3", "Not yet received 3", "0% delivered",
                "(counted from the roster and agency workers: 4)");
    }
}
