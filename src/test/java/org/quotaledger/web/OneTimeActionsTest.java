package org.quotaledger.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.AtOnce;
import org.quotaledger.testing.Fixtures;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, hole 7: a one-time action sent twenty times at once happens once. The others are refused with 409 (or,
 * for an idempotent upload, get the same answer), and the audit trail records one event.
 */
@QuarkusTest
class OneTimeActionsTest {

    private static final int PARALLEL = 20;

    @TestHTTPResource("/")
    URL base;

    @Test
    void twentyParallelAcknowledgementsOfOneDeliveryAreOneAcknowledgement() throws Exception {
        var d = Fixtures.draftDescription();
        Fixtures.submit(d.id());
        Fixtures.activate(d.id());
        var employee = Fixtures.employee(d.facility(), d.role());
        var worker = Fixtures.employeeUser(employee);
        long delivery = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("descriptionId", d.id(), "channel", "PAPER"))
                .when().post("/api/v1/employees/" + employee.id() + "/deliveries").then().statusCode(201).extract().jsonPath().getLong("id");

        List<HttpResponse<String>> answers = atOnce(worker, "POST", "/api/v1/deliveries/" + delivery + "/acknowledgement", null);

        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() != 200)
                .allSatisfy(a -> {
                    assertThat(a.statusCode()).as(a.body()).isEqualTo(409);
                    assertThat(a.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                });
        assertThat(events(d.facility().id(), "delivery.acknowledged")).isEqualTo(1);
    }

    @Test
    void twentyParallelDeclinesOfOneRequestAreOneDecline() throws Exception {
        var facility = Fixtures.facility();
        var employee = Fixtures.employee(facility, Fixtures.role(facility));
        long request = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-03-02", "kind", "DESCRIPTION", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");

        List<HttpResponse<String>> answers = atOnce(Fixtures.admin(), "POST", "/api/v1/requests/" + request + "/decline",
                "{\"reason\": \"Asked twice\"}");

        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() != 200).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(409));
        assertThat(events(facility.id(), "request.declined")).isEqualTo(1);
    }

    @Test
    void twentyParallelSubmissionsOfOneDraftAreOneSubmission() throws Exception {
        var d = Fixtures.draftDescription();

        List<HttpResponse<String>> answers = atOnce(Fixtures.admin(), "POST", "/api/v1/quota-descriptions/" + d.id() + "/submission", null);

        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() != 200).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(409));
        assertThat(events(d.facility().id(), "description.submitted")).isEqualTo(1);
    }

    @Test
    void twentyParallelUploadsWithOneIdempotencyKeyGetTheSameAnswerAndLoadOnce() throws Exception {
        var facility = Fixtures.facility();
        var employee = Fixtures.employee(facility, Fixtures.role(facility));
        String csv = "employee_number,date,metric,units,time_on_task_minutes\n" + employee.employeeNumber() + ",2026-03-01,picks,100,400\n";

        List<HttpResponse<String>> answers = atOnce(Fixtures.admin(), "POST", "/api/v1/facilities/" + facility.id() + "/work-speed",
                csv, Map.of("Content-Type", "text/csv", "Idempotency-Key", "upload-" + Fixtures.unique()));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        assertThat(answers.stream().map(a -> Fixtures.tree(a.body()))).allSatisfy(body -> assertThat(body.get("stored").asInt()).isEqualTo(1));
        assertThat(events(facility.id(), "work-speed.loaded")).isEqualTo(1);
    }

    private List<HttpResponse<String>> atOnce(Fixtures.Credentials who, String method, String path, String json) throws Exception {
        return atOnce(who, method, path, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    private List<HttpResponse<String>> atOnce(Fixtures.Credentials who, String method, String path, String body,
                                              Map<String, String> headers) throws Exception {
        return AtOnce.send(base, who, PARALLEL, i -> new AtOnce.Call(method, path, body, headers));
    }

    private static int events(long facilityId, String action) {
        return Fixtures.asAdmin().when().get("/api/v1/audit/events?facilityId=" + facilityId + "&action=" + action)
                .then().statusCode(200).extract().jsonPath().getInt("total");
    }
}
