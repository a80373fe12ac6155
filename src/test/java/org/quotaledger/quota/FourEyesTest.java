package org.quotaledger.quota;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Four-eyes approval (#13): who filed or last revised a version cannot activate it while the employer keeps the
 * setting on (the default). Unlike the rest of the suite, these tests use employers created without
 * {@code fourEyesApproval}, and file and activate as managers of the facility rather than as the bootstrap admin.
 */
@QuarkusTest
class FourEyesTest {

    /** A facility of a new employer as the API creates it by default, with one role and two of its managers. */
    private record Site(long employerId, Facility facility, JobRole role, Credentials managerA, Credentials managerB) {
        static Site create() {
            long employer = Fixtures.employerWithFourEyesApproval();
            Facility facility = Fixtures.facility(employer, "CA");
            return new Site(employer, facility, Fixtures.role(facility), Fixtures.manager(facility), Fixtures.manager(facility));
        }

        /** Files version 1 as {@code who} and sends it for review; answers its id. */
        long fileAndSubmit(Credentials who) {
            long id = Fixtures.as(who).contentType(ContentType.JSON)
                    .body(Fixtures.document(facility, role.code()).toString())
                    .when().post("/api/v1/facilities/" + facility.id() + "/quota-descriptions")
                    .then().statusCode(201).extract().jsonPath().getLong("description.id");
            submit(who, id);
            return id;
        }
    }

    private static void submit(Credentials who, long id) {
        Fixtures.as(who).when().post("/api/v1/quota-descriptions/" + id + "/submission").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse activate(Credentials who, long id) {
        return Fixtures.as(who).contentType(ContentType.JSON).when()
                .post("/api/v1/quota-descriptions/" + id + "/activation").then();
    }

    private static JsonPath view(Credentials who, long id) {
        return Fixtures.as(who).when().get("/api/v1/quota-descriptions/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The audit events of this action about this employer, newest first. */
    private static List<Map<String, Object>> events(String action, long entityId) {
        return events(action, entityId, "");
    }

    /** The audit events of this action about this version of the site, newest first. */
    private static List<Map<String, Object>> events(String action, long entityId, Site site) {
        return events(action, entityId, "&facilityId=" + site.facility().id());
    }

    private static List<Map<String, Object>> events(String action, long entityId, String filter) {
        List<Map<String, Object>> events = Fixtures.asAdmin().when()
                .get("/api/v1/audit/events?action=" + action + "&size=200" + filter)
                .then().statusCode(200).extract().jsonPath().getList("events");
        return events.stream().filter(e -> String.valueOf(entityId).equals(e.get("entityId"))
                && action.equals(e.get("action"))).toList();
    }

    @Test
    void anEmployerHasFourEyesApprovalUnlessItSaysOtherwise() {
        long id = Fixtures.employerWithFourEyesApproval();
        Fixtures.asAdmin().when().get("/api/v1/employers").then().statusCode(200)
                .body("find { it.id == " + id + " }.fourEyesApproval", equalTo(true));
        // A rename that does not mention the setting leaves it as it is.
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Renamed " + Fixtures.unique()))
                .when().put("/api/v1/employers/" + id).then().statusCode(200).body("fourEyesApproval", equalTo(true));
        assertThat(events("employer.four-eyes-approval-switched", id)).isEmpty();
    }

    @Test
    void theFilerCannotActivateTheirOwnVersion() {
        Site site = Site.create();
        long id = site.fileAndSubmit(site.managerA());

        activate(site.managerA(), id).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Four-eyes approval"))
                .body("detail", containsString("version 1 cannot also activate it"))
                .body("detail", containsString("another manager of " + site.facility().code() + " or an admin must"));

        JsonPath asFiler = view(site.managerA(), id);
        assertThat(asFiler.getString("description.status")).isEqualTo("IN_REVIEW");
        assertThat(asFiler.getString("description.activatedBy")).isNull();
        assertThat(asFiler.getBoolean("approval.fourEyesApproval")).isTrue();
        assertThat(asFiler.getBoolean("approval.mayActivate")).isFalse();
        assertThat(asFiler.getString("approval.withheldBecause")).contains("Four-eyes approval", site.managerA().username());
        JsonPath asSecond = view(site.managerB(), id);
        assertThat(asSecond.getBoolean("approval.mayActivate")).isTrue();
        assertThat(asSecond.getString("approval.withheldBecause")).isNull();
        assertThat(events("description.activated", id, site)).isEmpty();
    }

    @Test
    void aSecondManagerActivatesAndBothAreNamed() {
        Site site = Site.create();
        long id = site.fileAndSubmit(site.managerA());

        activate(site.managerB(), id).statusCode(200)
                .body("description.status", equalTo("ACTIVE"))
                .body("description.filedBy", equalTo(site.managerA().username()))
                .body("description.revisedBy", nullValue())
                .body("description.activatedBy", equalTo(site.managerB().username()))
                .body("approval.mayActivate", equalTo(false));

        List<Map<String, Object>> activated = events("description.activated", id, site);
        assertThat(activated).hasSize(1);
        assertThat(activated.getFirst().get("actor")).isEqualTo(site.managerB().username());
        JsonNode after = Fixtures.tree((String) activated.getFirst().get("afterJson"));
        assertThat(after.path("filedBy").asText()).isEqualTo(site.managerA().username());
        assertThat(after.path("activatedBy").asText()).isEqualTo(site.managerB().username());
    }

    @Test
    void whoeverLastRevisedCannotActivateEither() {
        Site site = Site.create();
        long id = site.fileAndSubmit(site.managerA());
        Fixtures.as(site.managerB()).contentType(ContentType.JSON)
                .body(Fixtures.document(site.facility(), site.role().code()).put("shift", "PT9H").toString())
                .when().put("/api/v1/quota-descriptions/" + id + "/document")
                .then().statusCode(200).body("description.revisedBy", equalTo(site.managerB().username()))
                .body("approval.withheldBecause", containsString("last revised"));
        submit(site.managerB(), id);

        activate(site.managerB(), id).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Four-eyes approval"));
        activate(site.managerA(), id).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("filed"));
        assertThat(Fixtures.status(id)).isEqualTo("IN_REVIEW");

        Credentials third = Fixtures.manager(site.facility());
        activate(third, id).statusCode(200)
                .body("description.filedBy", equalTo(site.managerA().username()))
                .body("description.revisedBy", equalTo(site.managerB().username()))
                .body("description.activatedBy", equalTo(third.username()));
        JsonNode after = Fixtures.tree((String) events("description.activated", id, site).getFirst().get("afterJson"));
        assertThat(after.path("revisedBy").asText()).isEqualTo(site.managerB().username());
        assertThat(after.path("activatedBy").asText()).isEqualTo(third.username());
    }

    @Test
    void switchedOffTheFilerActivatesAndTheSwitchIsAudited() {
        Site site = Site.create();
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Sole Manager Co " + Fixtures.unique(), "fourEyesApproval", false))
                .when().put("/api/v1/employers/" + site.employerId()).then().statusCode(200)
                .body("fourEyesApproval", equalTo(false));

        List<Map<String, Object>> switched = events("employer.four-eyes-approval-switched", site.employerId());
        assertThat(switched).hasSize(1);
        assertThat(switched.getFirst().get("actor")).isEqualTo(Fixtures.ADMIN);
        assertThat(Fixtures.tree((String) switched.getFirst().get("beforeJson")).path("fourEyesApproval").asBoolean()).isTrue();
        assertThat(Fixtures.tree((String) switched.getFirst().get("afterJson")).path("fourEyesApproval").asBoolean()).isFalse();

        long id = site.fileAndSubmit(site.managerA());
        assertThat(view(site.managerA(), id).getBoolean("approval.mayActivate")).isTrue();
        activate(site.managerA(), id).statusCode(200)
                .body("description.filedBy", equalTo(site.managerA().username()))
                .body("description.activatedBy", equalTo(site.managerA().username()));
    }

    @Test
    void theVersionPageWithholdsActivationFromTheFilerAndNamesBothPeople() {
        Site site = Site.create();
        long id = site.fileAndSubmit(site.managerA());

        String asFiler = given().filter(Fixtures.signIn(site.managerA())).when().get("/descriptions/" + id)
                .then().statusCode(200).extract().asString();
        assertThat(asFiler).contains("Four-eyes approval", "Filed by " + site.managerA().username())
                .doesNotContain("action=\"/descriptions/" + id + "/activate\"");
        given().filter(Fixtures.signIn(site.managerB())).when().get("/descriptions/" + id)
                .then().statusCode(200).body(containsString("action=\"/descriptions/" + id + "/activate\""))
                .body(not(containsString("Four-eyes approval")));

        activate(site.managerB(), id).statusCode(200);
        given().filter(Fixtures.signIn(site.managerA())).when().get("/descriptions/" + id)
                .then().statusCode(200)
                .body(containsString("Filed by " + site.managerA().username()))
                .body(containsString("Activated by " + site.managerB().username()));
    }
}
