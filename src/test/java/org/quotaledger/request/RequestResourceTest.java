package org.quotaledger.request;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RequestResourceTest {

    @Test
    void aCaliforniaRequestIsDueTwentyOneCalendarDaysLater() {
        assertThat(RequestFixtures.dueOn(Fixtures.facility("CA"), "2026-03-02", "WORK_SPEED_DATA")).isEqualTo("2026-03-23");
    }

    @Test
    void aNewYorkRequestIsDueFourteenCalendarDaysLater() {
        assertThat(RequestFixtures.dueOn(Fixtures.facility("NY"), "2026-03-02", "DESCRIPTION")).isEqualTo("2026-03-16");
    }

    @Test
    void aWashingtonDescriptionRequestIsDueTwoBusinessDaysLaterSkippingTheHolidayAndWeekend() {
        // Thursday 2026-07-02; Friday 2026-07-03 is the observed Independence Day, then the weekend.
        assertThat(RequestFixtures.dueOn(Fixtures.facility("WA"), "2026-07-02", "DESCRIPTION")).isEqualTo("2026-07-07");
    }

    @Test
    void theRequestCarriesItsWindowAndTheStatuteOfItsDeadline() {
        Facility facility = Fixtures.facility("CA");
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));

        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-03-02", "kind", "WORK_SPEED_DATA", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests")
                .then().statusCode(201)
                .body("windowFrom", equalTo("2025-12-02")).body("windowTo", equalTo("2026-03-01"))
                .body("deadlineCitation", containsString("§2104")).body("status", equalTo("OPEN"));
    }

    @Test
    void theDashboardListsOverdueRequestsFirstThenByDueDate() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Credentials manager = Fixtures.manager(facility);
        LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        long later = RequestFixtures.take(manager, Fixtures.employee(facility, role), today.toString(), "DESCRIPTION");
        long soon = RequestFixtures.take(manager, Fixtures.employee(facility, role), today.minusDays(19).toString(), "DESCRIPTION");
        long overdue = RequestFixtures.take(manager, Fixtures.employee(facility, role), "2026-03-02", "WORK_SPEED_DATA");

        var rows = Fixtures.as(manager).when().get("/api/v1/requests/dashboard")
                .then().statusCode(200).extract().jsonPath();

        assertThat(rows.getList("id", Long.class)).containsExactly(overdue, soon, later);
        assertThat(rows.getList("overdue", Boolean.class)).containsExactly(true, false, false);
        assertThat(rows.getList("dueSoon", Boolean.class)).containsExactly(false, true, false);
        assertThat(rows.getString("[0].dueOn")).isEqualTo("2026-03-23");
    }

    @Test
    void anEmployeeFilesTheirOwnRequestReceivedTodayAndSeesOnlyTheirOwn() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Employee self = Fixtures.employee(facility, role);
        Employee colleague = Fixtures.employee(facility, role);
        Credentials employee = Fixtures.employeeUser(self);
        RequestFixtures.take(Fixtures.manager(facility), colleague, "2026-03-02", "DESCRIPTION");

        long own = Fixtures.as(employee).contentType(ContentType.JSON).body(Map.of("kind", "WORK_SPEED_DATA"))
                .when().post("/api/v1/me/requests")
                .then().statusCode(201).body("channel", equalTo("WRITTEN"))
                .body("receivedOn", equalTo(LocalDate.now(ZoneId.of("America/Los_Angeles")).toString()))
                .extract().jsonPath().getLong("id");

        List<Long> seen = Fixtures.as(employee).when().get("/api/v1/me/requests")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertThat(seen).containsExactly(own);
    }

    @Test
    void anEmployeeCannotFileARequestForAColleagueNorReadTheFacilitysRequests() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Employee self = Fixtures.employee(facility, role);
        Employee colleague = Fixtures.employee(facility, role);
        Credentials employee = Fixtures.employeeUser(self);

        Fixtures.as(employee).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-03-02", "kind", "DESCRIPTION", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + colleague.id() + "/requests")
                .then().statusCode(403).contentType("application/problem+json");
        Fixtures.as(employee).when().get("/api/v1/facilities/" + facility.id() + "/requests")
                .then().statusCode(403).contentType("application/problem+json");

        assertThat(Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/requests")
                .then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();
    }

    @Test
    void aManagerSeesTheirFacilitysRequestsButNotAnotherFacilitys() {
        Facility facility = Fixtures.facility("CA");
        Facility other = Fixtures.facility("CA");
        Credentials manager = Fixtures.manager(facility);
        long id = RequestFixtures.take(manager, Fixtures.employee(facility, Fixtures.role(facility)), "2026-03-02", "DESCRIPTION");
        Employee foreign = Fixtures.employee(other, Fixtures.role(other));

        assertThat(Fixtures.as(manager).when().get("/api/v1/facilities/" + facility.id() + "/requests")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class)).containsExactly(id);
        Fixtures.as(manager).when().get("/api/v1/facilities/" + other.id() + "/requests")
                .then().statusCode(404).contentType("application/problem+json");
        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-03-02", "kind", "DESCRIPTION", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + foreign.id() + "/requests")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRequestDatedInTheFutureIsRefused() {
        Facility facility = Fixtures.facility("CA");
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));

        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("receivedOn", LocalDate.now().plusDays(5).toString(), "kind", "DESCRIPTION", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aFormerCaliforniaEmployeesSecondRequestIsRecordedAsNotRequiredWithTheCitation() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Employee former = Fixtures.employee(facility, role);
        var input = new java.util.HashMap<>(Fixtures.employeeInput(former.employeeNumber(), former.name(), role));
        input.put("separationDate", "2026-02-01");
        Fixtures.asAdmin().contentType(ContentType.JSON).body(input)
                .when().put("/api/v1/employees/" + former.id()).then().statusCode(200);
        Credentials manager = Fixtures.manager(facility);

        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-03-02", "kind", "WORK_SPEED_DATA", "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + former.id() + "/requests")
                .then().statusCode(201).body("formerEmployee", equalTo(true))
                .body("windowFrom", equalTo("2025-11-03")).body("windowTo", equalTo("2026-01-31"));
        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-04-01", "kind", "WORK_SPEED_DATA", "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + former.id() + "/requests")
                .then().statusCode(201).body("formerEmployee", equalTo(true))
                .body("required", equalTo(false)).body("dueOn", nullValue())
                .body("notRequiredReason", containsString("one request"))
                .body("notRequiredReason", containsString("Cal. Lab. Code §2104(a)(3)"));
        // The same former employee asking for the descriptions on the day of their one request: still that request.
        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-03-02", "kind", "DESCRIPTION", "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + former.id() + "/requests")
                .then().statusCode(201).body("required", equalTo(true)).body("dueOn", equalTo("2026-03-23"));
    }

    @Test
    void aManagerDeclinesARequestWithItsReasonAndItLeavesTheDashboardForTheAuditTrail() {
        Facility facility = Fixtures.facility("CA");
        Credentials manager = Fixtures.manager(facility);
        long id = RequestFixtures.take(manager, Fixtures.employee(facility, Fixtures.role(facility)), "2026-03-02", "DESCRIPTION");

        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of("reason", "  Recorded twice by mistake; see request 1.  "))
                .when().post("/api/v1/requests/" + id + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("Recorded twice by mistake; see request 1."));

        assertThat(Fixtures.as(manager).when().get("/api/v1/requests/dashboard").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class)).doesNotContain(id);
        Fixtures.asAdmin().when().get("/api/v1/audit/events?facilityId=" + facility.id() + "&action=request.declined")
                .then().statusCode(200).body("events[0].entityId", equalTo(String.valueOf(id)))
                .body("events[0].actor", equalTo(manager.username()));
        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/api/v1/requests/" + id + "/decline")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("already declined"));
        Fixtures.as(manager).when().post("/api/v1/requests/" + id + "/fulfilment")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedAndTheRequestStaysOpen() {
        Facility facility = Fixtures.facility("CA");
        Credentials manager = Fixtures.manager(facility);
        long id = RequestFixtures.take(manager, Fixtures.employee(facility, Fixtures.role(facility)), "2026-03-02", "DESCRIPTION");

        for (Object body : List.of(Map.of("reason", "   "), Map.of(), Map.of("reason", "x".repeat(501)), Map.of("reason", 5))) {
            Fixtures.as(manager).contentType(ContentType.JSON).body(body).when().post("/api/v1/requests/" + id + "/decline")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("reason"));
        }
        Fixtures.as(manager).contentType(ContentType.JSON).body("{\"reason\": ").when().post("/api/v1/requests/" + id + "/decline")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(Fixtures.as(manager).when().get("/api/v1/requests/dashboard").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class)).contains(id);
    }

    @Test
    void decliningACurrentNewYorkEmployeesDescriptionRequestIsAFinding() {
        Facility facility = Fixtures.facility("NY");
        Credentials manager = Fixtures.manager(facility);
        Employee employee = Fixtures.employee(facility, Fixtures.role(facility));
        long id = RequestFixtures.take(manager, employee, "2026-03-02", "DESCRIPTION");

        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of("reason", "Asked too often"))
                .when().post("/api/v1/requests/" + id + "/decline").then().statusCode(200);

        Fixtures.asAdmin().when().post("/api/v1/facilities/" + facility.id() + "/evaluations").then().statusCode(200);
        List<Map<String, Object>> findings = Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath().getList("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("ruleId")).isEqualTo("NY-785-REQUEST-DESCRIPTION-ANYTIME");
            assertThat(f.get("outcome")).isEqualTo("FAIL");
            assertThat(String.valueOf(f.get("subject"))).contains(employee.employeeNumber());
        });
    }
}
