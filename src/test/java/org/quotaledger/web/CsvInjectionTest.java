package org.quotaledger.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.time.AppClock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, hole 7: a value a spreadsheet would run as a formula ({@code =cmd|' /C calc'!A0}) reaches no CSV the app
 * writes as the first character of a cell. Every CSV of the audit packet and of an employee's answer is read, so a CSV
 * added later is covered too.
 */
@QuarkusTest
class CsvInjectionTest {

    private static final String FORMULA = "=cmd|' /C calc'!A0";

    @Inject
    AppClock clock;

    @Test
    void noCsvExportStartsACellWithAFormulaCharacter() throws IOException {
        String tag = Fixtures.unique().replace("-", "");
        var facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility, "-2-3" + tag);
        String managerName = "@mallory" + tag;
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", managerName, "password", Fixtures.PASSWORD, "role", "manager", "facilityIds", List.of(facility.id())))
                .when().post("/api/v1/users").then().statusCode(201);
        var manager = new Fixtures.Credentials(managerName, Fixtures.PASSWORD);
        String number = "=1+2" + tag;
        long employeeId = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Fixtures.employeeInput(number, "=HYPERLINK(\"http://evil.example\",\"pay\")", role))
                .when().post("/api/v1/facilities/" + facility.id() + "/employees").then().statusCode(201).extract().jsonPath().getLong("id");
        var worker = Fixtures.employeeUser(new Fixtures.Employee(employeeId, facility.id(), number, "x"));

        long description = Fixtures.as(manager).contentType(ContentType.JSON).body(Fixtures.document(facility, role.code()).toString())
                .when().post("/api/v1/facilities/" + facility.id() + "/quota-descriptions")
                .then().statusCode(201).extract().jsonPath().getLong("description.id");
        Fixtures.as(manager).when().post("/api/v1/quota-descriptions/" + description + "/submission").then().statusCode(200);
        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of("overrideReason", "+SUM(1,2)"))
                .when().post("/api/v1/quota-descriptions/" + description + "/activation").then().statusCode(200);
        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of("descriptionId", description, "channel", "PAPER"))
                .when().post("/api/v1/employees/" + employeeId + "/deliveries").then().statusCode(201);
        Fixtures.as(manager).contentType(ContentType.JSON).when().post("/api/v1/employees/" + employeeId + "/notices")
                .then().statusCode(201);
        Fixtures.as(manager).contentType("text/csv")
                .body("employee_number,date,metric,units,time_on_task_minutes\n\"" + number.replace("\"", "\"\"") + "\",2026-03-01,\""
                        + FORMULA + "\",100,400\n")
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200);
        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("date", "2026-03-01", "type", "WARNING", "quotaBased", true, "descriptionId", description, "note", "@SUM(A1:A9)"))
                .when().post("/api/v1/employees/" + employeeId + "/adverse-actions").then().statusCode(201);
        long answered = request(manager, employeeId, "WORK_SPEED_DATA");
        Fixtures.as(manager).when().post("/api/v1/requests/" + answered + "/fulfilment").then().statusCode(200);
        long declined = request(manager, employeeId, "DESCRIPTION");
        Fixtures.as(manager).contentType(ContentType.JSON).body(Map.of("reason", "-1+1 " + FORMULA))
                .when().post("/api/v1/requests/" + declined + "/decline").then().statusCode(200);

        Map<String, List<String>> cells = new LinkedHashMap<>();
        byte[] packet = Fixtures.asAdmin()
                .when().get("/api/v1/facilities/" + facility.id() + "/audit-packet?from=2026-01-01&to=" + clock.today("CA"))
                .then().statusCode(200).extract().asByteArray();
        csvCells(packet, "packet/", cells);
        byte[] answer = Fixtures.as(worker).when().get("/api/v1/me/requests/" + answered + "/response")
                .then().statusCode(200).extract().asByteArray();
        csvCells(answer, "answer/", cells);

        assertThat(cells.keySet()).contains("packet/records/deliveries.csv", "packet/records/requests.csv",
                "packet/records/adverse-actions.csv", "packet/records/work-speed-summary.csv", "packet/audit/audit-trail.csv",
                "packet/notices/index.csv", "packet/descriptions/index.csv", "answer/work-speed-data.csv");
        cells.forEach((file, values) -> assertThat(values).as(file)
                .noneMatch(v -> !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0));
        List<String> all = cells.values().stream().flatMap(List::stream).toList();
        // The hostile values did reach the files, neutralised.
        assertThat(all).contains("'" + number, "'" + managerName, "'" + FORMULA, "'@SUM(A1:A9)", "'-1+1 " + FORMULA,
                "'" + role.code(), "'+SUM(1,2)");
        assertThat(cells.get("answer/work-speed-data.csv")).contains("'" + number, "'" + FORMULA);
    }

    @Test
    void aCellIsNeutralisedByOneApostropheThatAReaderDropsToRecoverIt() {
        for (String formula : List.of("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "'quoted")) {
            assertThat(CsvWriter.cell(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvWriter.cell("")).isEqualTo("");
        assertThat(CsvWriter.cell(-5)).isEqualTo(-5);
    }

    private static long request(Fixtures.Credentials manager, long employeeId, String kind) {
        return Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-03-02", "kind", kind, "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + employeeId + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Every cell below the header of every CSV file in the zip, by file. */
    private static void csvCells(byte[] zip, String prefix, Map<String, List<String>> cells) throws IOException {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.getName().endsWith(".csv")) {
                    continue;
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                List<String> values = new ArrayList<>();
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setSkipHeaderRecord(true).setHeader().get().parse(new StringReader(text))) {
                    r.forEach(values::add);
                }
                cells.put(prefix + e.getName(), values);
            }
        }
    }
}
