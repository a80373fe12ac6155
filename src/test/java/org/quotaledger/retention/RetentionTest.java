package org.quotaledger.retention;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The purge removes a former employee's deliveries only after every applicable period ended, and says so in the trail. */
@QuarkusTest
class RetentionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    record Site(Facility facility, JobRole role, long description) {
        static Site of(String state) {
            Facility facility = Fixtures.facility(state);
            JobRole role = Fixtures.role(facility);
            long id = Fixtures.activeDescription(facility, role);
            return new Site(facility, role, id);
        }

        /** An employee hired ten years ago, separated on {@code separated} (null: still employed), given the description six years ago. */
        long employeeWithOldDelivery(LocalDate separated) {
            var input = new HashMap<>(Fixtures.employeeInput("R" + Fixtures.unique(), "Former Worker", role));
            input.put("hireDate", TODAY.minusYears(10).toString());
            if (separated != null) {
                input.put("separationDate", separated.toString());
            }
            long employee = Fixtures.asAdmin().contentType(ContentType.JSON).body(input)
                    .when().post("/api/v1/facilities/" + facility.id() + "/employees")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            Fixtures.asAdmin().contentType(ContentType.JSON)
                    .body(Map.of("descriptionId", description, "channel", "PAPER",
                            "deliveredAt", TODAY.minusYears(6).atStartOfDay().toInstant(ZoneOffset.UTC).toString()))
                    .when().post("/api/v1/employees/" + employee + "/deliveries").then().statusCode(201);
            return employee;
        }
    }

    @Test
    void aPurgeRemovesOnlyDeliveriesWhoseEveryPeriodHasEnded() {
        Site ny = Site.of("NY");
        Site ca = Site.of("CA");
        long nyLongGone = ny.employeeWithOldDelivery(TODAY.minusYears(5));          // NY 3 y after separation: ended
        long nyRecentlyLeft = ny.employeeWithOldDelivery(TODAY.minusYears(2));      // still inside 3 y
        long nyCurrent = ny.employeeWithOldDelivery(null);                         // still employed: never
        long caLongGone = ca.employeeWithOldDelivery(TODAY.minusYears(5));          // CA 4 y: ended
        long caLeftThreeAndAHalfYearsAgo = ca.employeeWithOldDelivery(TODAY.minusMonths(42)); // NY would purge; CA keeps 4 y

        var preview = Fixtures.as(Fixtures.compliance()).when().get("/api/v1/retention/preview")
                .then().statusCode(200).extract().jsonPath();
        assertThat(preview.getInt("facilities.find { it.facilityId == " + ny.facility().id() + " }.deliveries")).isEqualTo(1);
        assertThat(preview.getInt("facilities.find { it.facilityId == " + ca.facility().id() + " }.deliveries")).isEqualTo(1);
        assertThat(preview.getString("facilities.find { it.facilityId == " + ca.facility().id() + " }.keptFor")).isEqualTo("P4Y");
        var later = Fixtures.asAdmin().when().get("/api/v1/retention/preview?asOf=" + TODAY.plusYears(2))
                .then().statusCode(200).extract().jsonPath();
        assertThat(later.getInt("facilities.find { it.facilityId == " + ny.facility().id() + " }.deliveries")).isEqualTo(2);
        assertThat(deliveries(nyLongGone)).isEqualTo(1);    // a preview changes nothing

        Fixtures.asAdmin().when().post("/api/v1/retention/purge").then().statusCode(200);

        assertThat(deliveries(nyLongGone)).isZero();
        assertThat(deliveries(caLongGone)).isZero();
        assertThat(deliveries(nyRecentlyLeft)).isEqualTo(1);
        assertThat(deliveries(nyCurrent)).isEqualTo(1);
        assertThat(deliveries(caLeftThreeAndAHalfYearsAgo)).isEqualTo(1);
        List<Map<String, Object>> events = Fixtures.asAdmin()
                .when().get("/api/v1/audit/events?action=retention.purged&facilityId=" + ny.facility().id())
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath().getList("events");
        assertThat((String) events.getFirst().get("afterJson")).contains("\"deliveries\"").contains("P3Y");
        Fixtures.asAdmin().when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void onlyAnAdministratorMayPurge() {
        Fixtures.as(Fixtures.compliance()).when().post("/api/v1/retention/purge")
                .then().statusCode(403).contentType("application/problem+json");
        Fixtures.as(Fixtures.manager(Fixtures.facility())).when().get("/api/v1/retention/preview")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static int deliveries(long employeeId) {
        return Fixtures.asAdmin().when().get("/api/v1/employees/" + employeeId + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
