package org.quotaledger.workspeed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class WorkSpeedResourceTest {

    static final String HEADER = "employee_number,date,metric,units,time_on_task_minutes,off_task_bathroom,off_task_break,off_task_safety,off_task_other\n";

    private static ValidatableResponse upload(Facility facility, String csv, boolean partial) {
        return Fixtures.asAdmin().contentType("text/csv").body(csv)
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed" + (partial ? "?partial=true" : ""))
                .then();
    }

    private static int stored(Employee employee, String from, String to) {
        return Fixtures.asAdmin().when().get("/api/v1/employees/" + employee.id() + "/work-speed?from=" + from + "&to=" + to)
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static long count(Facility facility) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().createNativeQuery("select count(*) from work_speed_record where facility_id = ?1")
                .setParameter(1, facility.id()).getSingleResult()).longValue());
    }

    @Test
    void aFileWithThreeBadLinesIsRefusedWholeListingExactlyThoseLines() {
        Facility facility = Fixtures.facility();
        Employee e = Fixtures.employee(facility, Fixtures.role(facility));
        String n = e.employeeNumber();
        String csv = HEADER
                + n + ",2026-01-05,picks,120,420,10,30,5,0\n"        // line 2: good
                + "NOBODY,2026-01-05,picks,120,420,0,0,0,0\n"        // line 3: unknown employee
                + n + ",2026-01-32,picks,120,420,0,0,0,0\n"          // line 4: bad date
                + n + ",2026-01-06,picks,120,420,0,0,0,0\n"          // line 5: good
                + n + ",2026-01-07,picks,-4,420,0,0,0,0\n";          // line 6: negative units

        var problem = upload(facility, csv, false).statusCode(422).contentType("application/problem+json")
                .extract().jsonPath();

        assertThat(problem.getList("errors.line", Integer.class)).containsExactly(3, 4, 6);
        assertThat(count(facility)).isZero();
    }

    @Test
    void aPartialUploadStoresTheGoodLinesAndReportsTheBadOnes() {
        Facility facility = Fixtures.facility();
        Employee e = Fixtures.employee(facility, Fixtures.role(facility));
        String n = e.employeeNumber();
        String csv = HEADER + n + ",2026-01-05,picks,120,420,10,30,5,0\n" + n + ",yesterday,picks,1,1,0,0,0,0\n"
                + n + ",2026-01-06,picks,99.5,400,,,,\n";

        upload(facility, csv, true).statusCode(200).body("lines", equalTo(3)).body("received", equalTo(2))
                .body("stored", equalTo(2)).body("rejected[0].line", equalTo(3)).body("rejected[0].field", equalTo("date"));

        assertThat(stored(e, "2026-01-01", "2026-01-31")).isEqualTo(2);
    }

    @Test
    void theSameHundredThousandLineFileTwiceLeavesExactlyHundredThousandRecords() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        List<Employee> staff = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            staff.add(Fixtures.employee(facility, role));
        }
        var csv = new StringBuilder(HEADER);
        LocalDate start = LocalDate.of(2020, 1, 1);
        int lines = 0;
        for (int day = 0; lines < 100_000; day++) {
            for (Employee e : staff) {
                for (String metric : List.of("picks", "stows", "packs", "scans", "moves")) {
                    if (lines == 100_000) {
                        break;
                    }
                    csv.append(e.employeeNumber()).append(',').append(start.plusDays(day)).append(',').append(metric)
                            .append(',').append(100 + lines % 50).append(",400,10,30,5,").append(lines % 7).append('\n');
                    lines++;
                }
            }
        }

        upload(facility, csv.toString(), false).statusCode(200).body("received", equalTo(100_000)).body("stored", equalTo(100_000));
        upload(facility, csv.toString(), false).statusCode(200).body("received", equalTo(100_000)).body("stored", equalTo(0))
                .body("duplicates", equalTo(100_000));

        assertThat(count(facility)).isEqualTo(100_000);
    }

    @Test
    void aJsonBatchWithAnIdempotencyKeyIsStoredOnceAndAnsweredAlike() {
        Facility facility = Fixtures.facility();
        Employee e = Fixtures.employee(facility, Fixtures.role(facility));
        var batch = List.of(Map.of("employeeNumber", e.employeeNumber(), "date", "2026-02-02", "metric", "picks",
                        "units", 310, "timeOnTaskMinutes", 440, "offTaskBathroom", 12),
                Map.of("employeeNumber", e.employeeNumber(), "date", "2026-02-03", "metric", "picks",
                        "units", 295.25, "timeOnTaskMinutes", 430));
        String key = "batch-" + Fixtures.unique();

        for (int i = 0; i < 2; i++) {
            Fixtures.asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(batch)
                    .when().post("/api/v1/facilities/" + facility.id() + "/work-speed/records")
                    .then().statusCode(200).body("received", equalTo(2)).body("stored", equalTo(2));
        }

        assertThat(count(facility)).isEqualTo(2);
        assertThat(Fixtures.asAdmin().when().get("/api/v1/employees/" + e.id() + "/work-speed?from=2026-02-01&to=2026-02-28")
                .then().statusCode(200).extract().jsonPath().getInt("[0].offTaskBathroom")).isEqualTo(12);
    }

    @Test
    void aJsonBatchWithAValueOfTheWrongTypeIsRefusedNamingItsRecordAndField() {
        Facility facility = Fixtures.facility();
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body("[{\"employeeNumber\": 5, \"date\": \"2026-02-02\", \"metric\": \"picks\", \"units\": 1, \"timeOnTaskMinutes\": 1}]")
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed/records")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Wrong type")).body("errors.field", hasItem("[0].employeeNumber"))
                .body("detail", not(containsString("CoercionConfig")));
        assertThat(count(facility)).isZero();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() {
        upload(Fixtures.facility(), "employee,day\nE1,2026-01-01\n", false)
                .statusCode(422).contentType("application/problem+json");
    }

    @Test
    void anUploadOverTheLimitIsRefusedAsTooLarge() {
        Facility facility = Fixtures.facility();
        byte[] line = "E1,2026-01-05,picks,120,420,0,0,0,0\n".getBytes();
        byte[] body = new byte[50 * 1024 * 1024 + 100];
        byte[] header = HEADER.getBytes();
        System.arraycopy(header, 0, body, 0, header.length);
        for (int at = header.length; at < body.length; at += line.length) {
            System.arraycopy(line, 0, body, at, Math.min(line.length, body.length - at));
        }

        Fixtures.asAdmin().contentType("text/csv").body(body)
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }
}
