package org.quotaledger.compliance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The regulator reads a facility's standing; nothing it does adds an evaluation run to the record. */
@QuarkusTest
class RegulatorStoresNothingTest {

    @Test
    void theRegulatorsViewsAndAttemptsLeaveTheRunsAsTheyWere() {
        Facility facility = Fixtures.facility();
        String runs = "/api/v1/facilities/" + facility.id() + "/evaluations";
        int before = runCount(runs);

        // Today's first view stores a run for the other roles; the regulator's is computed and shown only.
        Fixtures.as(Fixtures.regulator()).when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).body("run.id", org.hamcrest.Matchers.nullValue());
        var browser = Fixtures.signIn(Fixtures.regulator());
        RestAssured.given().filter(browser).when().get("/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).body(not(containsString("Evaluate now")));

        Fixtures.as(Fixtures.regulator()).when().post(runs)
                .then().statusCode(403).contentType("application/problem+json");
        RestAssured.given().filter(browser).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .when().post("/facilities/" + facility.id() + "/compliance/evaluate")
                .then().statusCode(403);

        assertThat(runCount(runs)).isEqualTo(before);
    }

    @Test
    void theComplianceOfficersFirstViewOfTheDayIsStoredAndTheButtonIsOffered() {
        Facility facility = Fixtures.facility();
        String runs = "/api/v1/facilities/" + facility.id() + "/evaluations";
        int before = runCount(runs);
        var browser = Fixtures.signIn(Fixtures.compliance());
        RestAssured.given().filter(browser).when().get("/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).body(containsString("Evaluate now"));
        assertThat(runCount(runs)).isEqualTo(before + 1);
    }

    private static int runCount(String runs) {
        return Fixtures.asAdmin().when().get(runs).then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
