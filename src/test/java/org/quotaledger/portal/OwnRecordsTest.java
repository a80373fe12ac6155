package org.quotaledger.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.employee.Employee;
import org.quotaledger.employee.EmployeeViews;
import org.quotaledger.portal.RecordFixtures.Staffed;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.quota.QuotaDescriptionViews.DecidedVersion;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employee, their role's decided versions and their four lists are read in plain SQL (one round trip on
 * {@code /me}), while the facility's lists and the records just written are worded from the entities. Both wordings must say the same thing: a column read into the
 * wrong field, a lost time zone or a dropped deadline citation shows here as two answers that differ.
 */
@QuarkusTest
class OwnRecordsTest {

    @Test
    void theEmployeesListsSayWhatTheEntitiesSay() {
        Staffed s = RecordFixtures.staffed();
        Credentials manager = Fixtures.manager(s.facility());
        Credentials worker = Fixtures.employeeUser(s.employee());
        String employee = "/api/v1/employees/" + s.employee().id();

        JsonNode recorded = Fixtures.tree(Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("descriptionId", s.description(), "deliveredAt", "2026-03-02T16:30:00.123456Z",
                        "channel", "PAPER", "language", "es"))
                .when().post(employee + "/deliveries").then().statusCode(201).extract().response());
        JsonNode acknowledged = Fixtures.tree(Fixtures.as(worker)
                .when().post("/api/v1/deliveries/" + recorded.get("id").asLong() + "/acknowledgement")
                .then().statusCode(200).extract().response());
        JsonNode notice = Fixtures.tree(Fixtures.as(manager).when().post(employee + "/notices")
                .then().statusCode(201).extract().response());

        long declined = take(manager, s, "2026-03-02", "DESCRIPTION");
        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of("reason", "Recorded twice by mistake."))
                .when().post("/api/v1/requests/" + declined + "/decline").then().statusCode(200);
        take(manager, s, Fixtures.today("CA").toString(), "WORK_SPEED_DATA");
        Fixtures.as(worker).contentType(ContentType.JSON)
                .body(Map.of("madeOn", "2026-03-03", "recipient", "AGENCY", "agency", "Labor Commissioner",
                        "allegation", "The pick rate leaves no time for the rest break."))
                .when().post("/api/v1/me/complaints").then().statusCode(201);

        // Deliveries: the list (SQL) against what recording and acknowledging answered (entity), newest first.
        JsonNode deliveries = Fixtures.tree(Fixtures.as(worker).when().get(employee + "/deliveries")
                .then().statusCode(200).extract().response());
        JsonNode ownDelivery = find(deliveries, recorded.get("id").asLong());
        assertThat(ownDelivery).isEqualTo(acknowledged);
        assertThat(ownDelivery.get("deliveredAt").asText()).isEqualTo("2026-03-02T16:30:00.123456Z");
        assertThat(deliveries.get(0).get("deliveredAt").asText())
                .isGreaterThan(deliveries.get(deliveries.size() - 1).get("deliveredAt").asText());

        // Requests and complaints: the employee's own lists (SQL) against the facility's (entities).
        assertThat(Fixtures.tree(Fixtures.as(worker).when().get("/api/v1/me/requests").then().statusCode(200).extract().response()))
                .isEqualTo(Fixtures.tree(Fixtures.as(manager).when().get("/api/v1/facilities/" + s.facility().id() + "/requests")
                        .then().statusCode(200).extract().response()))
                .hasSize(2);
        JsonNode ownRequests = Fixtures.tree(Fixtures.as(worker).when().get("/api/v1/me/requests").then().statusCode(200).extract().response());
        assertThat(ownRequests.get(0).get("deadlineCitation").asText()).isEqualTo("Cal. Lab. Code §2104(b)");
        assertThat(ownRequests.get(1).get("status").asText()).isEqualTo("DECLINED");
        assertThat(ownRequests.get(1).get("declineReason").asText()).isEqualTo("Recorded twice by mistake.");
        assertThat(Fixtures.tree(Fixtures.as(worker).when().get("/api/v1/me/complaints").then().statusCode(200).extract().response()))
                .isEqualTo(Fixtures.tree(Fixtures.as(manager).when().get("/api/v1/facilities/" + s.facility().id() + "/complaints")
                        .then().statusCode(200).extract().response()))
                .hasSize(1);

        // The page reads all four in one round trip and shows each.
        String page = given().filter(Fixtures.signIn(worker)).when().get("/me").then().statusCode(200).extract().asString();
        assertThat(page).contains("/notices/" + notice.get("id").asLong() + ".pdf")
                .contains(notice.get("verificationCode").asText())
                .contains("The pick rate leaves no time for the rest break.")
                .contains("Recorded twice by mistake.")
                .contains(ownRequests.get(0).get("windowFrom").asText() + " – " + ownRequests.get(0).get("windowTo").asText());
    }

    @Test
    void theEmployeeAndTheirRoleSayWhatTheEntitiesSay() {
        Staffed s = RecordFixtures.staffed();
        var later = Fixtures.document(s.facility(), s.role().code()).put("effectiveDate", Fixtures.today("CA").plusDays(10).toString());
        long next = Fixtures.file(s.facility(), later);
        Fixtures.submit(next);
        Fixtures.activate(next);
        Fixtures.file(s.facility(), Fixtures.document(s.facility(), s.role().code()));
        Fixtures.Employee roleless = Fixtures.employee(s.facility(), null);

        QuarkusTransaction.requiringNew().run(() -> {
            Employee e = Employee.withFacilityAndRole(s.employee().id());
            EmployeeViews.Self self = Employee.selfView(e.id).list().getFirst();
            assertThat(self).isEqualTo(new EmployeeViews.Self(EmployeeViews.EmployeeView.from(e), e.facility.name, e.facility.state));
            // Version 1 in force and version 2 decided for a later day; the draft (version 3) is nobody's yet.
            assertThat(QuotaDescription.decidedForEmployee(e.id).list()).isEqualTo(QuotaDescription.decided(e.role).stream()
                    .map(d -> new DecidedVersion(d.id, d.version, d.status, d.effectiveOn)).toList())
                    .extracting(DecidedVersion::id).containsExactly(s.description(), next);

            Employee none = Employee.withFacilityAndRole(roleless.id());
            assertThat(Employee.selfView(none.id).list()).containsExactly(
                    new EmployeeViews.Self(EmployeeViews.EmployeeView.from(none), none.facility.name, none.facility.state));
            assertThat(QuotaDescription.decidedForEmployee(none.id).list()).isEmpty();
        });
    }

    @Test
    void anotherEmployeesListsStayTheirs() {
        Staffed s = RecordFixtures.staffed();
        Staffed other = RecordFixtures.staffed();
        Credentials manager = Fixtures.manager(other.facility());
        take(manager, other, "2026-03-02", "DESCRIPTION");

        Credentials worker = Fixtures.employeeUser(s.employee());
        Fixtures.as(worker).when().get("/api/v1/me/requests").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
        Fixtures.as(worker).when().get("/api/v1/employees/" + other.employee().id() + "/deliveries")
                .then().statusCode(404).contentType("application/problem+json");
        Credentials elsewhere = Fixtures.manager(s.facility());
        Fixtures.as(elsewhere).when().get("/api/v1/employees/" + other.employee().id() + "/deliveries")
                .then().statusCode(404).contentType("application/problem+json");
        given().filter(Fixtures.signIn(elsewhere)).when().get(other.page()).then().statusCode(404);
        String page = given().filter(Fixtures.signIn(worker)).when().get("/me").then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain(other.employee().employeeNumber());
    }

    private static long take(Credentials who, Staffed s, String receivedOn, String kind) {
        return Fixtures.as(who).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", receivedOn, "kind", kind, "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + s.employee().id() + "/requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode item : list) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }
}
