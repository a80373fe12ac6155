package org.quotaledger.facility;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.quotaledger.testing.Fixtures.asAdmin;

/** What the manager of a facility may do to its records: the positive side of the denial tests. */
@QuarkusTest
class FacilityResourceTest {

    @Test
    void theManagerOfAFacilityUpdatesItsHeadcount() {
        Facility facility = Fixtures.facility();
        Credentials manager = Fixtures.manager(facility);
        var input = new HashMap<>(Fixtures.facilityInput(facility));
        input.put("siteNonexemptHeadcount", 1500);

        Fixtures.as(manager).contentType(ContentType.JSON).body(input)
                .when().put("/api/v1/facilities/" + facility.id())
                .then().statusCode(200).body("siteNonexemptHeadcount", equalTo(1500))
                .body("employerId", equalTo((int) facility.employerId()));

        asAdmin().when().get("/api/v1/facilities/" + facility.id())
                .then().statusCode(200).body("siteNonexemptHeadcount", equalTo(1500));
    }

    @Test
    void theFacilityCodeCannotBeChanged() {
        Facility facility = Fixtures.facility();
        var input = new HashMap<>(Fixtures.facilityInput(facility));
        input.put("code", "RENAMED" + Fixtures.unique().replace("-", ""));

        asAdmin().contentType(ContentType.JSON).body(input)
                .when().put("/api/v1/facilities/" + facility.id())
                .then().statusCode(422).contentType("application/problem+json");

        asAdmin().when().get("/api/v1/facilities/" + facility.id()).then().statusCode(200).body("code", equalTo(facility.code()));
    }

    @Test
    void aSecondFacilityWithTheSameCodeIsAConflict() {
        Facility facility = Fixtures.facility();

        asAdmin().contentType(ContentType.JSON).body(Fixtures.facilityInput(facility))
                .when().post("/api/v1/facilities")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theManagerAddsARoleAndItIsListed() {
        Facility facility = Fixtures.facility();
        Credentials manager = Fixtures.manager(facility);

        Fixtures.as(manager).contentType(ContentType.JSON).body(java.util.Map.of("code", "STOW", "title", "Stower"))
                .when().post("/api/v1/facilities/" + facility.id() + "/roles")
                .then().statusCode(201).header("Location", endsWith("/api/v1/facilities/" + facility.id() + "/roles/"
                        + Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/roles")
                        .then().extract().jsonPath().getLong("find { it.code == 'STOW' }.id")));

        List<String> codes = asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/roles")
                .then().statusCode(200).extract().jsonPath().getList("code");
        assertThat(codes).containsExactly("STOW");
    }

    @Test
    void theManagerRenamesAnEmployee() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        Employee employee = Fixtures.employee(facility, role);
        Credentials manager = Fixtures.manager(facility);

        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Fixtures.employeeInput(employee.employeeNumber(), "New Name", role))
                .when().put("/api/v1/employees/" + employee.id())
                .then().statusCode(200).body("name", equalTo("New Name")).body("roleCode", equalTo(role.code()));

        asAdmin().when().get("/api/v1/employees/" + employee.id()).then().statusCode(200).body("name", equalTo("New Name"));
    }

    @Test
    void anEmployeeWithAnUnknownRoleIsRefusedAndNotStored() {
        Facility facility = Fixtures.facility();
        var input = new HashMap<>(Fixtures.employeeInput("N1", "Nia North", null));
        input.put("roleCode", "NO-SUCH-ROLE");

        asAdmin().contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(422).contentType("application/problem+json");

        assertThat(Fixtures.employeeCount(facility)).isZero();
    }
}
