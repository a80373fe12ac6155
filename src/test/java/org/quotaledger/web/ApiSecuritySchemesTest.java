package org.quotaledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The API document offers the bearer token beside HTTP Basic on every secured operation, with the same roles. */
@QuarkusTest
class ApiSecuritySchemesTest {

    @Test
    void everySecuredOperationTakesBasicOrABearerTokenWithTheSameRoles() {
        JsonNode openapi = Fixtures.tree(given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
        JsonNode schemes = openapi.path("components").path("securitySchemes");
        assertThat(schemes.path(ApiSecuritySchemes.BASIC).path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path(ApiSecuritySchemes.BEARER).path("scheme").asText()).isEqualTo("bearer");

        List<String> secured = new ArrayList<>();
        openapi.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode security = op.getValue().path("security");
            JsonNode basic = null;
            JsonNode bearer = null;
            for (JsonNode requirement : security) {
                basic = requirement.has(ApiSecuritySchemes.BASIC) ? requirement.get(ApiSecuritySchemes.BASIC) : basic;
                bearer = requirement.has(ApiSecuritySchemes.BEARER) ? requirement.get(ApiSecuritySchemes.BEARER) : bearer;
            }
            if (basic != null) {
                secured.add(op.getKey() + " " + path.getKey());
                assertThat(bearer).as(op.getKey() + " " + path.getKey()).isEqualTo(basic);
            }
        }));
        assertThat(secured).contains("get /api/v1/me", "post /api/v1/tokens");
    }
}
