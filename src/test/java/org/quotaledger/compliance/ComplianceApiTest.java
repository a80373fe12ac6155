package org.quotaledger.compliance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ComplianceApiTest {

    @Test
    void aFacilityWhereTwelveOfThreeHundredLackTheCurrentVersionReportsExactlyThoseTwelve() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        Credentials manager = Fixtures.manager(facility);
        var csv = new StringBuilder("employee_number,name,role,hire_date\n");
        List<String> delivered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String number = "C" + String.format("%03d", i);
            csv.append(number).append(",Worker ").append(i).append(',').append(role.code()).append(",2025-01-06\n");
            (i % 25 == 3 ? missing : delivered).add(number);
        }
        assertThat(missing).hasSize(12);
        Fixtures.as(manager).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/facilities/" + facility.id() + "/roster").then().statusCode(200);
        long description = Fixtures.activeDescription(facility, role);
        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("channel", "PAPER", "employeeNumbers", delivered))
                .when().post("/api/v1/quota-descriptions/" + description + "/deliveries")
                .then().statusCode(200).body("recorded", equalTo(288));

        JsonPath report = Fixtures.as(Fixtures.compliance()).when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("employeesWithoutCurrentDescription.employeeNumber", String.class))
                .containsExactlyInAnyOrderElementsOf(missing);
        List<String> subjects = missing.stream().map(n -> "employee " + n).toList();
        assertThat(report.getList("findings.findAll { it.ruleId == 'CA-2101-CONTENT-EACH-QUOTA' && it.outcome == 'FAIL' }.subject", String.class))
                .containsExactlyInAnyOrderElementsOf(subjects);
        // The version applies from today, and §2101 allows delivery up to that day: the timing rule is still pending.
        assertThat(report.getList("findings.findAll { it.ruleId == 'CA-2101-TIMING-HIRE' && it.outcome == 'PENDING' }.subject", String.class))
                .containsExactlyInAnyOrderElementsOf(subjects);
        assertThat(report.getDouble("run.exposure")).isEqualTo(1200.0);
        assertThat(report.getString("run.exposureFormula")).startsWith("12 × $100 = $1,200");
    }

    @Test
    void everyChangeIsFollowedByANewEvaluationAndTheTrendKeepsThemAll() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        Fixtures.employee(facility, role);
        long description = Fixtures.file(facility, Fixtures.document(facility, role.code()));
        Fixtures.submit(description);
        Fixtures.activate(description);                    // activation re-evaluates
        Fixtures.employee(facility, role);                 // so does a roster change

        var runs = Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/evaluations")
                .then().statusCode(200).extract().jsonPath();
        assertThat(runs.getList("trigger", String.class)).anyMatch(t -> t.contains("activated")).anyMatch(t -> t.contains("added"));
        Fixtures.asAdmin().when().post("/api/v1/facilities/" + facility.id() + "/evaluations").then().statusCode(200)
                .body("trigger", containsString("on demand"));
    }

    @Test
    void checkingADocumentStoresNothingAndCitesTheStatute() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        ObjectNode document = Fixtures.document(facility, role.code());
        ((ObjectNode) document.get("quotas").get(0)).remove("quantity");
        int before = Fixtures.descriptionCount(facility);

        Fixtures.as(Fixtures.regulator()).contentType(ContentType.JSON).body(document.toString())
                .when().post("/api/v1/checks").then().statusCode(200)
                .body("findings.find { it.ruleId == 'CA-2101-CONTENT-QUANTITY' }.outcome", equalTo("FAIL"))
                .body("findings.find { it.ruleId == 'CA-2101-CONTENT-QUANTITY' }.citation", containsString("§2101"))
                .body("findings.find { it.ruleId == 'CA-2101-CONTENT-QUANTITY' }.subject", equalTo("quotas[0]"));
        assertThat(Fixtures.descriptionCount(facility)).isEqualTo(before);
    }

    @Test
    void aSiteOutsideTheLawReportsNotApplicableForEveryRule() {
        Facility facility = Fixtures.facility();
        ObjectNode document = Fixtures.document(facility, "PICK");
        ((ObjectNode) document.get("facility")).put("naicsCode", "493130");

        Fixtures.asAdmin().contentType(ContentType.JSON).body(document.toString())
                .when().post("/api/v1/checks").then().statusCode(200)
                .body("findings.outcome", everyItem(equalTo("N_A")))
                .body("findings.ruleId", hasItem("CA-2100-COVER-NAICS"));
    }

    @Test
    void activatingAVersionTheRulesFailNeedsARecordedReason() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        ObjectNode document = Fixtures.document(facility, role.code());
        ((ObjectNode) document.get("quotas").get(0)).remove("quantity");
        long description = Fixtures.file(facility, document);
        Fixtures.asAdmin().when().get("/api/v1/quota-descriptions/" + description).then().statusCode(200)
                .body("findings.outcome", hasItem("FAIL"));
        Fixtures.submit(description);

        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/quota-descriptions/" + description + "/activation")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CA-2101-CONTENT-QUANTITY"));
        assertThat(Fixtures.status(description)).isEqualTo("IN_REVIEW");

        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("overrideReason", "Quantity is set per shift by the CBA"))
                .when().post("/api/v1/quota-descriptions/" + description + "/activation")
                .then().statusCode(200).body("description.status", equalTo("ACTIVE"))
                .body("description.activationOverrideReason", equalTo("Quantity is set per shift by the CBA"));
        Fixtures.asAdmin().when().get("/api/v1/quota-descriptions/" + description).then()
                .body("findings.outcome", not(everyItem(equalTo("PASS"))));
    }
}
