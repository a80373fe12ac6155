package org.quotaledger.request;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests and adverse actions recorded through the API reach the rules, which flag them. */
@QuarkusTest
class AdverseActionEvaluationTest {

    private static void record(Credentials manager, Employee employee, Map<String, Object> action) {
        Fixtures.as(manager).contentType(ContentType.JSON).body(action)
                .when().post("/api/v1/employees/" + employee.id() + "/adverse-actions").then().statusCode(201);
    }

    private static JsonPath findings(Facility facility) {
        Fixtures.asAdmin().when().post("/api/v1/facilities/" + facility.id() + "/evaluations").then().statusCode(200);
        return Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String outcome(JsonPath report, String ruleId, String subject) {
        List<Map<String, Object>> findings = report.getList("findings");
        return findings.stream().filter(f -> ruleId.equals(f.get("ruleId")) && String.valueOf(f.get("subject")).contains(subject))
                .map(f -> (String) f.get("outcome")).findFirst().orElse("none");
    }

    @Test
    void californiaFlagsAnActionOnAnUndeliveredQuotaAndOneSoonAfterARequest() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, role);
        Employee employee = Fixtures.employee(facility, role);
        Credentials manager = Fixtures.manager(facility);
        RequestFixtures.take(manager, employee, "2026-03-02", "WORK_SPEED_DATA");
        var action = new HashMap<String, Object>(Map.of("date", "2026-04-10", "type", "WRITE_UP", "quotaBased", true,
                "descriptionId", description));
        record(manager, employee, action);

        JsonPath report = findings(facility);

        assertThat(outcome(report, "CA-2102-ADVERSE-UNDISCLOSED", employee.employeeNumber())).isEqualTo("FAIL");
        // §2105: presumed retaliation within 90 days of the first request of the year; rebuttable, so a person judges.
        assertThat(outcome(report, "CA-2105-RETALIATION-PRESUMPTION-90D", employee.employeeNumber())).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void newYorkAndWashingtonFlagAnActionWithoutHandingOverTheQuotaAndTheData() {
        for (String state : List.of("NY", "WA")) {
            Facility facility = Fixtures.facility(state);
            JobRole role = Fixtures.role(facility);
            long description = Fixtures.activeDescription(facility, role);
            Employee employee = Fixtures.employee(facility, role);
            Credentials manager = Fixtures.manager(facility);
            record(manager, employee, Map.of("date", "2026-04-10", "type", "WARNING", "quotaBased", true,
                    "descriptionId", description));

            JsonPath report = findings(facility);

            String rule = state.equals("NY") ? "NY-781-ADVERSE-GIVE-QUOTA" : "WA-020-ADVERSE-PROVIDE-DATA";
            assertThat(outcome(report, rule, employee.employeeNumber())).as(state).isEqualTo("FAIL");
        }
    }

    @Test
    void aQuotaBasedActionMustNameTheDescriptionItReliedOn() {
        Facility facility = Fixtures.facility("CA");
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));

        Fixtures.as(Fixtures.manager(facility)).contentType(ContentType.JSON)
                .body(Map.of("date", "2026-04-10", "type", "WARNING", "quotaBased", true))
                .when().post("/api/v1/employees/" + employee.id() + "/adverse-actions")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
