package org.quotaledger.facility;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SmokeTest {

    @Test
    void readinessIsUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anonymousApiCallIsAskedForCredentials() {
        given().when().get("/api/v1/facilities").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void adminListsFacilities() {
        given().auth().preemptive().basic("admin", "admin-test-password")
                .when().get("/api/v1/facilities").then().statusCode(200);
    }
}
