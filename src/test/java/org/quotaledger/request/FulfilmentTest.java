package org.quotaledger.request;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class FulfilmentTest {

    /** Three versions of the role, in force from 2025-06-01, 2025-12-20 and 2026-05-01 (decided late, with a reason). */
    private static List<Long> versionsWithHistory(Facility facility, JobRole role) {
        List<Long> ids = new java.util.ArrayList<>();
        String[] effective = {"2025-06-01", "2025-12-20", "2026-05-01"};
        int[] quantities = {120, 125, 130};
        for (int i = 0; i < 3; i++) {
            ObjectNode doc = Fixtures.document(facility, role.code());
            doc.put("effectiveDate", effective[i]);
            ((ObjectNode) doc.get("quotas").get(0)).put("quantity", quantities[i]);
            long id = Fixtures.file(facility, doc);
            Fixtures.submit(id);
            Fixtures.activateBackdated(id, "recorded after the fact for this test");
            ids.add(id);
        }
        return ids;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void aFulfilledCaliforniaRequestHoldsExactlyTheNinetyDaysBeforeItAndEveryVersionInForce() throws IOException {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Employee employee = Fixtures.employee(facility, role);
        Credentials worker = Fixtures.employeeUser(employee);
        Credentials manager = Fixtures.manager(facility);
        List<Long> versions = versionsWithHistory(facility, role);
        String n = employee.employeeNumber();
        String csv = "employee_number,date,metric,units,time_on_task_minutes,off_task_bathroom,off_task_break,off_task_safety,off_task_other\n"
                + n + ",2025-12-01,picks,100,400,0,0,0,0\n"
                + n + ",2025-12-02,picks,101,400,5,30,0,0\n"
                + n + ",2026-01-15,picks,102,400,0,30,0,0\n"
                + n + ",2026-03-01,picks,103,400,0,30,0,0\n"
                + n + ",2026-03-02,picks,104,400,0,30,0,0\n";
        Fixtures.as(manager).contentType("text/csv").body(csv)
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200).body("stored", equalTo(5));
        long request = RequestFixtures.take(manager, employee, "2026-03-02", "WORK_SPEED_DATA");

        var response = Fixtures.as(manager).when().post("/api/v1/requests/" + request + "/fulfilment")
                .then().statusCode(200).extract().jsonPath();

        assertThat(response.getList("contents.kind", String.class)).containsExactly("notice", "notice", "report", "data", "audit-head");
        assertThat(response.getList("contents.descriptionId", Long.class).subList(0, 2)).containsExactly(versions.get(0), versions.get(1));
        Fixtures.as(worker).when().get("/api/v1/me/requests").then().statusCode(200)
                .body("[0].status", equalTo("FULFILLED")).body("[0].responseAvailable", equalTo(true));

        byte[] zip = Fixtures.as(worker).when().get("/api/v1/me/requests/" + request + "/response")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet()).containsExactly("quota-description-" + role.code() + "-v1.pdf",
                "quota-description-" + role.code() + "-v2.pdf", "work-speed-report.pdf", "work-speed-data.csv",
                "audit-head.txt", "audit-head.p7s");
        List<String> dates = new String(files.get("work-speed-data.csv"), StandardCharsets.UTF_8).lines().skip(1)
                .map(l -> l.split(",")[1]).toList();
        assertThat(dates).containsExactly("2025-12-02", "2026-01-15", "2026-03-01");
        String report = new String(files.get("work-speed-report.pdf"), StandardCharsets.ISO_8859_1);
        assertThat(report).startsWith("%PDF").contains("/ByteRange").contains("ETSI.CAdES.detached");
    }

    @Test
    void aRequestIsAnsweredOnceAndOnlyTheEmployeeDownloadsTheirPacket() {
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Employee employee = Fixtures.employee(facility, role);
        Employee colleague = Fixtures.employee(facility, role);
        Credentials manager = Fixtures.manager(facility);
        long request = RequestFixtures.take(manager, employee, "2026-03-02", "DESCRIPTION");

        Fixtures.as(manager).when().post("/api/v1/requests/" + request + "/fulfilment").then().statusCode(200);
        Fixtures.as(manager).when().post("/api/v1/requests/" + request + "/fulfilment")
                .then().statusCode(409).contentType("application/problem+json");
        Fixtures.as(Fixtures.employeeUser(colleague)).when().get("/api/v1/me/requests/" + request + "/response")
                .then().statusCode(404).contentType("application/problem+json");
        Fixtures.as(Fixtures.manager(Fixtures.facility("CA"))).when().post("/api/v1/requests/" + request + "/fulfilment")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewYorkWorkSpeedAnswerAlsoHoldsTheAggregateOfSimilarEmployees() {
        Facility facility = Fixtures.facility("NY");
        JobRole role = Fixtures.role(facility);
        Employee employee = Fixtures.employee(facility, role);
        Employee colleague = Fixtures.employee(facility, role);
        Credentials manager = Fixtures.manager(facility);
        String csv = "employee_number,date,metric,units,time_on_task_minutes\n"
                + employee.employeeNumber() + ",2026-02-10,picks,100,400\n"
                + colleague.employeeNumber() + ",2026-02-10,picks,140,410\n";
        Fixtures.as(manager).contentType("text/csv").body(csv)
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200);
        long request = Fixtures.as(manager).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("receivedOn", "2026-03-02", "kind", "WORK_SPEED_DATA", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests")
                .then().statusCode(201).body("aggregateIncluded", equalTo(true)).body("dueOn", equalTo("2026-03-16"))
                .extract().jsonPath().getLong("id");

        var response = Fixtures.as(manager).when().post("/api/v1/requests/" + request + "/fulfilment")
                .then().statusCode(200).extract().jsonPath();

        assertThat(response.getInt("contents.find { it.kind == 'report' }.records")).isEqualTo(1);
        assertThat(response.getInt("contents.find { it.kind == 'report' }.aggregateRows")).isEqualTo(1);
    }
}
