package org.quotaledger.compliance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import static org.assertj.core.api.Assertions.assertThat;

/** An employee on the roster without a job role is subject to no description, and breaks no estimate. */
@QuarkusTest
class EmployeeWithoutRoleTest {

    @Test
    void aFacilityWithAnEmployeeWithoutARoleIsEvaluatedWithItsPenaltyEstimate() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        long description = Fixtures.activeDescription(facility, role);
        Fixtures.employee(facility, role);
        Fixtures.Employee roleless = Fixtures.employee(facility, null);

        JsonPath run = Fixtures.asAdmin().when().post("/api/v1/facilities/" + facility.id() + "/evaluations")
                .then().statusCode(200).extract().jsonPath();
        assertThat(run.getString("exposureFormula")).isNotNull().contains(" × $100 = ");

        JsonPath report = Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("findings.message", String.class)).noneMatch(m -> m != null && m.contains("NullPointerException"));
        assertThat(report.getList("run.exposureBreakdown.byEmployee.employeeNumber", String.class))
                .doesNotContain(roleless.employeeNumber());
    }
}
