package org.quotaledger.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.hibernate.orm.panache.Panache;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Facility;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Work speed data goes a whole month at a time (V22's partitions), only when every row in the month is past every
 * period that applies to it, with an audit event per facility whose rows went. Months of 2016 are this test's own:
 * no other test stores work speed data that old.
 */
@QuarkusTest
class WorkSpeedMonthRetentionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String HEADER = "employee_number,date,metric,units,time_on_task_minutes\n";

    /** An employee hired in 2015 and separated on {@code separated} (null: still employed); returns the employee number. */
    private static String employee(Facility facility, LocalDate separated) {
        String number = "W" + Fixtures.unique();
        var input = new HashMap<>(Fixtures.employeeInput(number, "Former Worker", null));
        input.put("hireDate", "2015-01-05");
        if (separated != null) {
            input.put("separationDate", separated.toString());
        }
        Fixtures.asAdmin().contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/facilities/" + facility.id() + "/employees").then().statusCode(201);
        return number;
    }

    private static void upload(Facility facility, String... lines) {
        Fixtures.asAdmin().contentType("text/csv").body(HEADER + String.join("\n", lines) + "\n")
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200);
    }

    private static boolean partitionExists(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("select to_regclass(?1) is not null").setParameter(1, name).getSingleResult().equals(Boolean.TRUE));
    }

    @Test
    void aMonthPastEveryPeriodIsDroppedWithItsAuditEventAndAMonthStillWithinAnyFacilitysPeriodIsKept() {
        Facility ny = Fixtures.facility("NY");      // N.Y. Lab. Law §784: three years
        Facility ca = Fixtures.facility("CA");      // no statutory period: the four-year fallback
        String nyGone = employee(ny, LocalDate.of(2016, 6, 30));
        String nyCurrent = employee(ny, null);
        // Separated three and a half years ago: past New York's three years and the database's floor, not California's four.
        String caLeftRecently = employee(ca, TODAY.minusMonths(42));
        upload(ny, nyGone + ",2016-03-02,picks,100,400", nyGone + ",2016-03-03,picks,110,400",
                nyGone + ",2016-05-02,picks,100,400", nyGone + ",2016-07-04,picks,100,400",
                nyCurrent + ",2016-07-05,picks,90,400");
        upload(ca, caLeftRecently + ",2016-05-03,picks,95,400");

        var preview = Fixtures.as(Fixtures.compliance()).when().get("/api/v1/retention/preview")
                .then().statusCode(200).extract().jsonPath();
        assertThat(preview.getString("workSpeedMonths.find { it.month == '2016-03' }.keptBecause")).isNull();
        assertThat(preview.getString("workSpeedMonths.find { it.month == '2016-05' }.keptBecause")).contains("runs until");
        assertThat(preview.getString("workSpeedMonths.find { it.month == '2016-07' }.keptBecause")).contains("current employees");
        assertThat(partitionExists("work_speed_record_2016_03")).isTrue();    // a preview changes nothing

        var purge = Fixtures.asAdmin().when().post("/api/v1/retention/purge").then().statusCode(200).extract().jsonPath();

        assertThat(purge.getInt("workSpeedMonths.find { it.month == '2016-03' }.rows")).isEqualTo(2);
        assertThat(partitionExists("work_speed_record_2016_03")).isFalse();
        assertThat(partitionExists("work_speed_record_2016_05")).isTrue();     // California's period still runs
        assertThat(partitionExists("work_speed_record_2016_07")).isTrue();     // a current employee's rows
        assertThat(records(ny, "2016-05-01", "2016-07-31")).isEqualTo(3);
        assertThat(records(ny, "2016-03-01", "2016-03-31")).isZero();

        List<Map<String, Object>> events = Fixtures.asAdmin()
                .when().get("/api/v1/audit/events?action=retention.work-speed-month-dropped&facilityId=" + ny.id())
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath().getList("events");
        assertThat((String) events.getFirst().get("afterJson")).contains("\"month\":\"2016-03\"").contains("\"rows\":2")
                .contains("P3Y");
        Fixtures.asAdmin().when().get("/api/v1/audit/events?action=retention.work-speed-month-dropped&facilityId=" + ca.id())
                .then().statusCode(200).body("total", equalTo(0));
        Fixtures.asAdmin().when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));

        // A second run finds nothing more to drop and writes no second event.
        Fixtures.asAdmin().when().post("/api/v1/retention/purge").then().statusCode(200);
        Fixtures.asAdmin().when().get("/api/v1/audit/events?action=retention.work-speed-month-dropped&facilityId=" + ny.id())
                .then().statusCode(200).body("total", equalTo(1));
    }

    private static long records(Facility facility, String from, String to) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from work_speed_record where facility_id = ?1 and work_date between ?2 and ?3")
                .setParameter(1, facility.id()).setParameter(2, LocalDate.parse(from)).setParameter(3, LocalDate.parse(to))
                .getSingleResult()).longValue());
    }
}
