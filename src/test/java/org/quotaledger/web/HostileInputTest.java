package org.quotaledger.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/** Issue 12, hole 5: bounds on numbers, strings and bodies, whoever sends them and however. */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aQuantityOf1e999999999IsAShortRefusalNamingTheFieldEvenForAnEmployee() {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        var employee = Fixtures.employeeUser(Fixtures.employee(facility, role));
        ObjectNode document = Fixtures.document(facility, role.code());
        ((ObjectNode) document.get("quotas").get(0)).put("quantity", new BigDecimal("1e999999999"));

        String answer = Fixtures.as(employee).contentType(ContentType.JSON).body(document.toString())
                .when().post("/api/v1/checks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("quotas[0].quantity"))
                .extract().asString();
        assertThat(answer.length()).isLessThan(2_000);
    }

    @Test
    void aChunkedDocumentOverTheJsonLimitIsRefusedAndStoresNothing() throws Exception {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);
        ObjectNode document = Fixtures.document(facility, role.code());
        ((ObjectNode) document.get("quotas").get(0)).put("howMeasured", "x".repeat(3 << 20));

        HttpResponse<String> answer = chunked("/api/v1/facilities/" + facility.id() + "/quota-descriptions", document.toString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Fixtures.descriptionCount(facility)).isZero();
    }

    @Test
    void aChunkedDocumentWithinTheLimitIsFiledAsUsual() throws Exception {
        var facility = Fixtures.facility();
        var role = Fixtures.role(facility);

        HttpResponse<String> answer = chunked("/api/v1/facilities/" + facility.id() + "/quota-descriptions",
                Fixtures.document(facility, role.code()).toString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(Fixtures.descriptionCount(facility)).isEqualTo(1);
    }

    @Test
    void datesOutsideTheSupportedYearsAreRefusedNamingTheField() {
        var facility = Fixtures.facility();
        var employee = Fixtures.employee(facility, Fixtures.role(facility));
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "+999999999-12-31", "kind", "DESCRIPTION", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("receivedOn"));
        Fixtures.asAdmin().when().get("/api/v1/employees/" + employee.id() + "/work-speed?from=-999999999-01-01")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("1900-01-01"));
        Fixtures.asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/audit-packet?from=2026-01-01&to=+999999999-12-31")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aNumberParameterThatIsNoNumberIsABadRequestNotAMissingPage() {
        Fixtures.asAdmin().when().get("/api/v1/audit/events?page=abc")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("\"abc\""));
        Fixtures.asAdmin().when().get("/api/v1/audit/events?page=2147483647&size=100")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aNulCharacterThatPostgresCannotStoreIsRefused() {
        Fixtures.asAdmin().contentType(ContentType.JSON).body("{\"name\": \"Acme\\u0000 Logistics\"}")
                .when().post("/api/v1/employers")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name"));
        Fixtures.asAdmin().queryParam("actor", "a\u0000b").when().get("/api/v1/audit/events")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aNumberWhereTextBelongsIsAWrongTypeNotAComplaintAboutNulCharacters() {
        Fixtures.asAdmin().contentType(ContentType.JSON).body("{\"name\": 5}")
                .when().post("/api/v1/employers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.equalTo("Wrong type")).body("errors.field", hasItem("name"))
                .body("detail", org.hamcrest.Matchers.not(containsString("NUL")));
    }

    @Test
    void aWorkSpeedBatchOfNullOrAGigabyteNumberIsRefusedPerLine() {
        var facility = Fixtures.facility();
        var employee = Fixtures.employee(facility, Fixtures.role(facility));
        Fixtures.asAdmin().contentType(ContentType.JSON).body("null")
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed/records")
                .then().statusCode(400).contentType("application/problem+json");
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body("[{\"employeeNumber\": \"" + employee.employeeNumber() + "\", \"date\": \"2026-03-02\", \"metric\": \"picks\","
                        + " \"units\": 1e999999999, \"timeOnTaskMinutes\": 400}]")
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed/records")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("units"));
    }

    private HttpResponse<String> chunked(String path, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (Fixtures.ADMIN + ":" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                // A stream of unknown length: sent chunked, without a Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
