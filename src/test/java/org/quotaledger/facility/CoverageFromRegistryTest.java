package org.quotaledger.facility;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Coverage counted from the registry (Cal. Lab. Code §2100: 100 at one site or 1,000 at the employer's California
 * sites, its controlled group and agency workers included): the rosters, not a number typed on each facility.
 */
@QuarkusTest
class CoverageFromRegistryTest {

    private static final String HEADER = "employee_number,name,role,hire_date,separation_date,exempt,primary_language,email\n";

    private static long employer(String group) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Employer " + Fixtures.unique());
        body.put("controlledGroup", group);
        return Fixtures.asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/employers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A California site with no typed headcount and {@code staff} nonexempt employees on its roster. */
    private static long site(long employerId, int staff, int agencyWorkers) {
        String code = "C" + Fixtures.unique().replace("-", "");
        Map<String, Object> body = new HashMap<>();
        body.put("employerId", employerId);
        body.put("code", code);
        body.put("name", "Site " + code);
        body.put("state", "CA");
        body.put("naicsCode", "493110");
        body.put("agencyWorkers", agencyWorkers);
        long id = Fixtures.asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/facilities")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("code", "PICK", "title", "Picker"))
                .when().post("/api/v1/facilities/" + id + "/roles").then().statusCode(201);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < staff; i++) {
            csv.append(code).append('-').append(i).append(",Worker ").append(i).append(",PICK,2024-01-08,,false,en,\n");
        }
        // An exempt lead and a worker who has left: neither counts.
        csv.append(code).append("-LEAD,Lead,PICK,2024-01-08,,true,en,\n");
        csv.append(code).append("-GONE,Gone,PICK,2023-01-09,2024-06-28,false,en,\n");
        Fixtures.asAdmin().contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/facilities/" + id + "/roster").then().statusCode(200);
        return id;
    }

    /** The registry's own coverage verdict, from a description filed at the site. */
    private static JsonPath threshold(long facilityId) {
        Fixtures.Facility f = new Fixtures.Facility(facilityId, 0, code(facilityId), "Site", "CA", "493110", 0, 0);
        var doc = Fixtures.document(f, "PICK");
        long id = Fixtures.file(f, doc);
        return Fixtures.asAdmin().when().get("/api/v1/quota-descriptions/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String code(long facilityId) {
        return Fixtures.asAdmin().when().get("/api/v1/facilities/" + facilityId).then().statusCode(200)
                .extract().jsonPath().getString("code");
    }

    private static String outcome(JsonPath view, String ruleId) {
        return view.getString("findings.find { it.ruleId == '" + ruleId + "' }.outcome");
    }

    @Test
    void elevenCaliforniaSitesOfNinetyNineUnderOneEmployerAreCoveredTenAreNot() {
        long ten = employer(null);
        List<Long> sites = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sites.add(site(ten, 99, 0));
        }
        Fixtures.asAdmin().when().get("/api/v1/facilities/" + sites.getFirst() + "/headcount?asOf=2026-06-01")
                .then().statusCode(200).body("site.employees", equalTo(99)).body("site.used", equalTo(99))
                .body("statewide.employees", equalTo(990)).body("sitesCounted", equalTo(10));
        JsonPath notCovered = threshold(sites.getFirst());
        assertThat(outcome(notCovered, "CA-2100-COVER-THRESHOLD")).isEqualTo("N_A");
        assertThat(notCovered.getList("findings.outcome", String.class)).containsOnly("N_A");

        sites.add(site(ten, 99, 0));
        JsonPath covered = threshold(sites.getFirst());
        assertThat(outcome(covered, "CA-2100-COVER-THRESHOLD")).isEqualTo("PASS");
        assertThat(covered.getString("findings.find { it.ruleId == 'CA-2100-COVER-THRESHOLD' }.message")).contains("1089");
        long run = Fixtures.asAdmin().when().post("/api/v1/facilities/" + sites.get(5) + "/evaluations")
                .then().statusCode(200).extract().jsonPath().getLong("pass");
        assertThat(run).as("an evaluation of any of the eleven sites applies the law").isPositive();
    }

    @Test
    void aControlledGroupAndAgencyWorkersCountTogether() {
        String group = "Group " + Fixtures.unique();
        long parent = employer(null);
        List<Long> parentSites = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            parentSites.add(site(parent, 99, 0));
        }
        long sister = employer(null);
        for (int i = 0; i < 4; i++) {
            site(sister, 99, 0);
        }
        assertThat(outcome(threshold(parentSites.getFirst()), "CA-2100-COVER-THRESHOLD")).isEqualTo("N_A");

        for (long id : List.of(parent, sister)) {
            Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Linked " + id, "controlledGroup", group))
                    .when().put("/api/v1/employers/" + id).then().statusCode(200).body("controlledGroup", equalTo(group));
        }
        Fixtures.asAdmin().when().get("/api/v1/facilities/" + parentSites.getFirst() + "/headcount")
                .then().statusCode(200).body("statewide.employees", equalTo(990)).body("controlledGroup", equalTo(group));
        assertThat(outcome(threshold(parentSites.getFirst()), "CA-2100-COVER-THRESHOLD")).isEqualTo("N_A");

        // Ten agency workers at one site of the group make 1,000.
        long withAgency = site(sister, 0, 10);
        Fixtures.asAdmin().when().get("/api/v1/facilities/" + withAgency + "/headcount")
                .then().statusCode(200).body("site.agencyWorkers", equalTo(10)).body("statewide.counted", equalTo(1000));
        assertThat(outcome(threshold(parentSites.getFirst()), "CA-2100-COVER-THRESHOLD")).isEqualTo("PASS");
    }

    @Test
    void aTypedHeadcountIsAnOverrideThatNeedsAReasonAndIsShownNextToTheCount() {
        long employerId = employer(null);
        long id = site(employerId, 3, 0);
        Map<String, Object> input = new HashMap<>();
        input.put("employerId", employerId);
        input.put("code", code(id));
        input.put("name", "Site");
        input.put("state", "CA");
        input.put("naicsCode", "493110");
        input.put("siteNonexemptHeadcount", 1200);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(input).when().put("/api/v1/facilities/" + id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("headcountOverrideReason"));
        Fixtures.asAdmin().when().get("/api/v1/facilities/" + id + "/headcount").then().body("site.override", equalTo(null));

        input.put("headcountOverrideReason", "Roster upload pending for the night shift");
        Fixtures.asAdmin().contentType(ContentType.JSON).body(input).when().put("/api/v1/facilities/" + id)
                .then().statusCode(200).body("headcountOverrideReason", equalTo("Roster upload pending for the night shift"));
        Fixtures.asAdmin().when().get("/api/v1/facilities/" + id + "/headcount").then().statusCode(200)
                .body("site.counted", equalTo(3)).body("site.override", equalTo(1200)).body("site.used", equalTo(1200))
                .body("overrideReason", equalTo("Roster upload pending for the night shift"));
        assertThat(outcome(threshold(id), "CA-2100-COVER-THRESHOLD")).isEqualTo("PASS");
        String page = Fixtures.asAdmin().accept("text/html").when().get("/facilities/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("counted 3", "override 1200", "Roster upload pending for the night shift");

        input.remove("siteNonexemptHeadcount");
        Fixtures.asAdmin().contentType(ContentType.JSON).body(input).when().put("/api/v1/facilities/" + id)
                .then().statusCode(422).body("errors.field", hasItem("headcountOverrideReason"));
    }

    @Test
    void onlyThoseWhoMaySeeAFacilityReadItsHeadcountAndOnlyAdminsLinkEmployers() {
        long employerId = employer(null);
        long id = site(employerId, 1, 0);
        Fixtures.Facility other = Fixtures.facility("CA");
        Fixtures.as(Fixtures.manager(other)).when().get("/api/v1/facilities/" + id + "/headcount")
                .then().statusCode(404).contentType("application/problem+json");
        Fixtures.as(Fixtures.compliance()).contentType(ContentType.JSON).body(Map.of("name", "x", "controlledGroup", "g"))
                .when().put("/api/v1/employers/" + employerId).then().statusCode(403);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x"))
                .when().put("/api/v1/employers/999999999").then().statusCode(404).contentType("application/problem+json");
        Fixtures.asAdmin().when().get("/api/v1/facilities/" + id + "/headcount?asOf=soon")
                .then().statusCode(400).contentType("application/problem+json");
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("agencyWorkers", -1, "employerId", employerId,
                        "code", code(id), "name", "Site", "state", "CA"))
                .when().put("/api/v1/facilities/" + id).then().statusCode(400).body("detail", containsString("agencyWorkers"));
    }
}
