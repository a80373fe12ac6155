package org.quotaledger.employee;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 14: a roster line without a language records "not recorded", not English. Oregon's rule, whose language is
 * the one the employer regularly uses with the employee (ORS 653.556(2)), then asks about the employee.
 */
@QuarkusTest
class LanguageNotRecordedTest {

    private static final String HEADER = "employee_number,name,role,hire_date,separation_date,exempt,primary_language,email\n";

    private static List<Map<String, Object>> languageFindings(Facility facility) {
        Fixtures.asAdmin().when().post("/api/v1/facilities/" + facility.id() + "/evaluations").then().statusCode(200);
        var report = Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> findings = new java.util.ArrayList<>(report.getList("findings"));
        findings.addAll(report.getList("passed"));
        return findings.stream().filter(f -> "OR-556-LANGUAGE".equals(f.get("ruleId"))
                && String.valueOf(f.get("subject")).startsWith("description ")).toList();
    }

    @Test
    void anOregonEmployeeWithoutARecordedLanguageIsAQuestionUntilOneIsRecorded() {
        Facility facility = Fixtures.facility("OR");
        JobRole role = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, role);
        String blank = "L" + Fixtures.unique().replace("-", "");
        String spanish = "S" + Fixtures.unique().replace("-", "");
        Fixtures.asAdmin().contentType("text/csv").body((HEADER
                        + blank + ",Lee Low," + role.code() + ",2025-01-06,,false,,\n"
                        + spanish + ",Sol Soto," + role.code() + ",2025-01-06,,false,es,\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/facilities/" + facility.id() + "/roster").then().statusCode(200);

        List<Map<String, Object>> roster = Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> unrecorded = roster.stream().filter(e -> blank.equals(e.get("employeeNumber"))).findFirst().orElseThrow();
        assertThat(unrecorded).containsEntry("primaryLanguage", null);

        assertThat(languageFindings(facility)).singleElement().satisfies(f -> {
            assertThat(f.get("outcome")).isEqualTo("NEEDS_REVIEW");
            assertThat(String.valueOf(f.get("message"))).contains(blank, "ORS 653.556(2)").doesNotContain(spanish);
        });

        // The record page says so, and the roster upload without a language leaves it unrecorded.
        given().filter(Fixtures.signIn(Fixtures.admin())).when()
                .get("/facilities/" + facility.id() + "/employees/" + blank).then().statusCode(200)
                .body(containsString("not recorded"));

        var input = new java.util.HashMap<>(Fixtures.employeeInput(blank, "Lee Low", role));
        input.put("primaryLanguage", "en");
        long id = ((Number) unrecorded.get("id")).longValue();
        Fixtures.asAdmin().contentType(ContentType.JSON).body(input).when().put("/api/v1/employees/" + id)
                .then().statusCode(200);
        assertThat(languageFindings(facility)).singleElement().satisfies(f -> assertThat(f.get("outcome")).isEqualTo("PASS"));

        // The API may also clear it.
        input.remove("primaryLanguage");
        Fixtures.asAdmin().contentType(ContentType.JSON).body(input).when().put("/api/v1/employees/" + id)
                .then().statusCode(200).body("primaryLanguage", nullValue());
    }

    /** The law table says whose language each law means: Oregon's is the employer's, New York's the employee's. */
    @Test
    void theLawTableSaysWhoseLanguageEachLawMeans() {
        var json = given().when().get("/api/v1/jurisdictions?year=2026").then().statusCode(200).extract().jsonPath();
        assertThat(json.getBoolean("find { it.code == 'OR' }.languages.employersOwn")).isTrue();
        assertThat(json.getBoolean("find { it.code == 'NY' }.languages.employersOwn")).isFalse();
        given().accept("text/html").when().get("/jurisdictions").then().statusCode(200)
                .body(containsString("the language the employer regularly uses with the employee"));
    }
}
