package org.quotaledger.compliance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;
import org.quotaledger.time.AppClock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * One notion of time (issue 10), with the application's clock pinned: versions are in force from their effective
 * date, every day is the facility's local day, and the facility can be judged as of any past day.
 */
@QuarkusTest
@Tag("dates")
class TimeTest {

    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    @Inject
    AppClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    // ---- versions in force from their effective date ------------------------------------------------------

    @Test
    void aBackDatedVersionDeliveredFourteenDaysAfterHireFailsNamingTheFourteenDays() {
        clock.pin(LocalDate.of(2026, 6, 15), "CA");
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Employee worker = employee(facility, role, "2025-03-03");
        long v1 = fileAndSubmit(facility, role, "2025-03-03", 120);

        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/quota-descriptions/" + v1 + "/activation")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("backdateReason"));
        assertThat(Fixtures.status(v1)).isEqualTo("IN_REVIEW");

        Fixtures.activateBackdated(v1, "Rate in force since March 2025; this description was filed late");
        JsonPath version = Fixtures.asAdmin().when().get("/api/v1/quota-descriptions/" + v1).then().statusCode(200)
                .extract().jsonPath();
        assertThat(version.getString("description.effectiveOn")).isEqualTo("2025-03-03");
        assertThat(version.getString("description.standing.kind")).isEqualTo("IN_FORCE");
        assertThat(version.getString("description.backdateReason")).contains("filed late");

        // Never delivered: the employee has been held to it since 2025-03-03, so it is late, not pending.
        assertThat(finding(facility, "CA-2101-TIMING-HIRE", worker)).containsEntry("outcome", "FAIL");

        deliver(worker, v1, LocalDate.of(2025, 3, 17));
        Map<String, String> late = finding(facility, "CA-2101-TIMING-HIRE", worker);
        assertThat(late).containsEntry("outcome", "FAIL");
        assertThat(late.get("message")).contains("2025-03-17", "14 days late", "2025-03-03");
    }

    @Test
    void aFutureDatedVersionIsScheduledAndThePreviousOneStaysInForceUntilTheDayBefore() {
        clock.pin(LocalDate.of(2026, 1, 5), "CA");
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Employee told = employee(facility, role, "2025-06-02");
        Employee notTold = employee(facility, role, "2025-06-02");
        long v1 = fileAndSubmit(facility, role, "2026-01-05", 110);
        Fixtures.activate(v1);
        deliver(told, v1, LocalDate.of(2026, 1, 5));
        deliver(notTold, v1, LocalDate.of(2026, 1, 5));

        clock.pin(LocalDate.of(2026, 6, 15), "CA");
        Set<String> failsBefore = fails(facility);
        long v2 = fileAndSubmit(facility, role, "2026-07-01", 130);
        Fixtures.activate(v2);

        assertThat(standing(v1)).containsEntry("kind", "IN_FORCE").containsEntry("to", "2026-06-30");
        assertThat(standing(v2)).containsEntry("kind", "SCHEDULED").containsEntry("from", "2026-07-01");
        assertThat(fails(facility)).as("deciding a future version changes nothing today").isEqualTo(failsBefore);
        assertThat(finding(facility, "CA-2101-TIMING-HIRE", notTold)).isNull(); // v1, delivered on time: a PASS

        clock.pin(LocalDate.of(2026, 6, 20), "CA");
        deliver(told, v2, LocalDate.of(2026, 6, 20)); // advance notice

        clock.pin(LocalDate.of(2026, 7, 1), "CA");
        assertThat(standing(v2)).containsEntry("kind", "IN_FORCE");
        assertThat(finding(facility, "CA-2101-TIMING-HIRE", told)).as("advance notice counts").isNull();
        assertThat(finding(facility, "CA-2101-TIMING-HIRE", notTold)).containsEntry("outcome", "PENDING");

        clock.pin(LocalDate.of(2026, 7, 2), "CA");
        Map<String, String> late = finding(facility, "CA-2101-TIMING-HIRE", notTold);
        assertThat(late).containsEntry("outcome", "FAIL");
        assertThat(late.get("message")).contains("1 day late");
    }

    @Test
    void aNewVersionFromAnExistingOneProposesTodayNotTheOldEffectiveDate() {
        clock.pin(LocalDate.of(2026, 6, 15), "CA");
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        long v1 = fileAndSubmit(facility, role, "2026-06-15", 120);
        Fixtures.activate(v1);
        var cookies = Fixtures.signIn(Fixtures.admin());
        String form = io.restassured.RestAssured.given().filter(cookies)
                .when().get("/facilities/" + facility.id() + "/descriptions/new?from=" + v1)
                .then().statusCode(200).extract().asString();
        assertThat(form).contains("value=\"2026-06-15\"");

        clock.pin(LocalDate.of(2026, 8, 3), "CA");
        form = io.restassured.RestAssured.given().filter(cookies)
                .when().get("/facilities/" + facility.id() + "/descriptions/new?from=" + v1)
                .then().statusCode(200).extract().asString();
        assertThat(form).contains("value=\"2026-08-03\"").doesNotContain("value=\"2026-06-15\"");
    }

    // ---- request answers ---------------------------------------------------------------------------------

    /**
     * A request received 2026-06-01 covers 2026-03-03 to 2026-05-31. v1 took effect 2026-01-05, v2 on the day given:
     * the answer holds the versions in force on some day of the window and the one in force on the day received.
     */
    @ParameterizedTest(name = "v2 from {0}: answer holds {1}")
    @CsvSource({
            "2026-03-02, 2",      // replaced the day before the window: v1 ended before it began
            "2026-03-03, 2",      // replaced on the window's first day
            "2026-03-04, 1 2",    // v1 still in force on the window's first day
            "2026-06-01, 1 2",    // replaced on the day the request was received
            "2026-06-02, 1",      // replaced after it
    })
    void anAnswerHoldsExactlyTheVersionsInForceDuringItsWindowAndOnTheDayReceived(String v2From, String expected) {
        clock.pin(LocalDate.of(2026, 1, 5), "CA");
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Credentials manager = Fixtures.manager(facility);
        Employee worker = employee(facility, role, "2025-01-06");
        long v1 = fileAndSubmit(facility, role, "2026-01-05", 110);
        Fixtures.activate(v1);

        clock.pin(LocalDate.of(2026, 6, 15), "CA");
        long v2 = fileAndSubmit(facility, role, v2From, 130);
        Fixtures.activateBackdated(v2, "test: effective " + v2From);
        long request = Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-06-01", "kind", "DESCRIPTION", "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + worker.id() + "/requests")
                .then().statusCode(201).body("windowFrom", equalTo("2026-03-03")).body("windowTo", equalTo("2026-05-31"))
                .extract().jsonPath().getLong("id");

        JsonPath answer = Fixtures.as(manager).when().post("/api/v1/requests/" + request + "/fulfilment")
                .then().statusCode(200).extract().jsonPath();

        List<Integer> versions = answer.getList("contents.findAll { it.kind == 'notice' }.version", Integer.class);
        assertThat(versions).containsExactlyElementsOf(
                java.util.Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList());
        // Answering delivers only the version in force today (v2); an earlier one is a signed copy, not a delivery.
        List<Integer> delivered = Fixtures.asAdmin().when().get("/api/v1/employees/" + worker.id() + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("version", Integer.class);
        assertThat(delivered).isEqualTo(versions.contains(2) ? List.of(2) : List.of());
    }

    // ---- compliance as of any day ------------------------------------------------------------------------

    @Test
    void aFacilityJudgedAsOfAPastDayGivesWhatAnEvaluationStoredThatDayGave() {
        clock.pin(LocalDate.of(2026, 6, 1), "CA");
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Credentials manager = Fixtures.manager(facility);
        Employee early = employee(facility, role, "2026-01-05");
        Employee recent = employee(facility, role, "2026-06-01");
        long v1 = fileAndSubmit(facility, role, "2026-06-01", 110);
        Fixtures.activate(v1);

        clock.pin(LocalDate.of(2026, 6, 15), "CA");
        deliver(early, v1, LocalDate.of(2026, 6, 15));
        long request = Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-06-10", "kind", "DESCRIPTION", "channel", "ORAL"))
                .when().post("/api/v1/employees/" + recent.id() + "/requests").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        JsonPath stored = Fixtures.as(Fixtures.compliance()).when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).body("asOf", equalTo("2026-06-15")).extract().jsonPath();
        Set<String> thatDay = findings(stored);
        assertThat(thatDay).isNotEmpty();

        // Ten days later, with records dated after that day.
        clock.pin(LocalDate.of(2026, 6, 25), "CA");
        employee(facility, role, "2026-06-20");
        deliver(recent, v1, LocalDate.of(2026, 6, 24));
        Fixtures.as(manager).when().post("/api/v1/requests/" + request + "/fulfilment").then().statusCode(200);
        long v2 = fileAndSubmit(facility, role, "2026-06-25", 130);
        Fixtures.activate(v2);
        Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("date", "2026-06-24", "type", "WARNING", "quotaBased", false))
                .when().post("/api/v1/employees/" + early.id() + "/adverse-actions").then().statusCode(201);
        Set<String> today = findings(Fixtures.as(Fixtures.compliance())
                .when().get("/api/v1/facilities/" + facility.id() + "/compliance").then().statusCode(200).extract().jsonPath());
        assertThat(today).as("the later records change today's picture").isNotEqualTo(thatDay);

        JsonPath asOf = Fixtures.as(Fixtures.compliance())
                .when().get("/api/v1/facilities/" + facility.id() + "/compliance?asOf=2026-06-15")
                .then().statusCode(200).body("asOf", equalTo("2026-06-15")).extract().jsonPath();
        assertThat(findings(asOf)).isEqualTo(thatDay);

        JsonPath run = Fixtures.as(Fixtures.compliance())
                .when().post("/api/v1/facilities/" + facility.id() + "/evaluations?asOf=2026-06-15")
                .then().statusCode(200).body("asOf", equalTo("2026-06-15")).extract().jsonPath();
        assertThat(run.getInt("fail")).isEqualTo(stored.getInt("run.fail"));
        assertThat(run.getInt("pending")).isEqualTo(stored.getInt("run.pending"));
        assertThat(run.getInt("pass")).isEqualTo(stored.getInt("run.pass"));
    }

    @Test
    void anEvaluationAsOfADayStillToComeIsABadRequest() {
        // 23:30 on 2026-06-15 in California is already 2026-06-16 in New York and in UTC.
        clock.pin(LocalDate.of(2026, 6, 15).atTime(23, 30).atZone(PACIFIC).toInstant());
        Facility facility = Fixtures.facility("CA");
        Fixtures.as(Fixtures.compliance()).when().post("/api/v1/facilities/" + facility.id() + "/evaluations?asOf=2026-06-16")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        Fixtures.as(Fixtures.compliance()).when().get("/api/v1/facilities/" + facility.id() + "/compliance?asOf=2026-06-16")
                .then().statusCode(400).contentType("application/problem+json");
        Fixtures.as(Fixtures.compliance()).when().post("/api/v1/facilities/" + facility.id() + "/evaluations?asOf=2026-06-15")
                .then().statusCode(200).body("asOf", equalTo("2026-06-15"));
    }

    @Test
    void theDashboardShowsTwelveMonthsEachAsOfItsLastDay() {
        clock.pin(LocalDate.of(2026, 6, 15), "CA");
        Facility facility = Fixtures.facility("CA");
        JsonPath report = Fixtures.as(Fixtures.compliance()).when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("monthly.asOf", String.class)).containsExactly("2025-07-31", "2025-08-31", "2025-09-30",
                "2025-10-31", "2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30",
                "2026-05-31", "2026-06-15");
        var cookies = Fixtures.signIn(Fixtures.compliance());
        String page = io.restassured.RestAssured.given().filter(cookies)
                .when().get("/facilities/" + facility.id() + "/compliance?asOf=2026-03-31")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("as it stood at the end of 2026-03-31", "Month by month", "2025-04-30");
    }

    // ---- facility-local days in packets ------------------------------------------------------------------

    @Test
    void theDefaultAuditPacketOfAnEveningInCaliforniaHoldsThatDaysNoticesAndEvents() throws IOException {
        // 20:30 on 2026-06-15 in California: already 2026-06-16 in UTC.
        clock.pin(LocalDate.of(2026, 6, 15).atTime(LocalTime.of(20, 30)).atZone(PACIFIC).toInstant());
        Facility facility = Fixtures.facility("CA");
        JobRole role = Fixtures.role(facility);
        Employee worker = employee(facility, role, "2026-06-01");
        long v1 = fileAndSubmit(facility, role, "2026-06-15", 110);
        Fixtures.activate(v1);
        String code = Fixtures.as(Fixtures.manager(facility)).when().post("/api/v1/employees/" + worker.id() + "/notices")
                .then().statusCode(201).extract().jsonPath().getString("verificationCode");

        for (String query : List.of("", "?to=2026-06-15")) {
            Map<String, String> packet = unzip(Fixtures.as(Fixtures.compliance())
                    .when().get("/api/v1/facilities/" + facility.id() + "/audit-packet" + query)
                    .then().statusCode(200).extract().asByteArray());
            assertThat(packet.get("notices/index.csv")).as(query).contains(code);
            assertThat(packet.get("audit/audit-trail.csv")).as(query).contains("notice.issued", "description.activated");
            assertThat(packet.get("manifest.json")).as(query).contains("\"to\" : \"2026-06-15\"", "\"from\" : \"2025-06-16\"");
            assertThat(packet.get("descriptions/timeline.csv")).as(query)
                    .contains(role.code() + ",Picker,1," + v1 + ",2026-06-15,2026-06-15,,1,");
            assertThat(packet.get("records/roster.csv")).as(query)
                    .contains(worker.employeeNumber() + "," + worker.name() + "," + role.code() + ",false,2026-06-01,,2026-06-01,2026-06-15,en,");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static Employee employee(Facility facility, JobRole role, String hireDate) {
        String number = "E" + Fixtures.unique();
        Map<String, Object> body = new HashMap<>(Fixtures.employeeInput(number, "Worker " + number, role));
        body.put("hireDate", hireDate);
        long id = Fixtures.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Employee(id, facility.id(), number, "Worker " + number);
    }

    private static long fileAndSubmit(Facility facility, JobRole role, String effectiveDate, int rate) {
        ObjectNode doc = Fixtures.document(facility, role.code());
        doc.put("effectiveDate", effectiveDate);
        ((ObjectNode) doc.withArray("quotas").get(0)).put("quantity", rate);
        long id = Fixtures.file(facility, doc);
        Fixtures.submit(id);
        return id;
    }

    /** A paper delivery handed over at 10:00 on a California day. */
    private static void deliver(Employee employee, long descriptionId, LocalDate on) {
        Instant at = on.atTime(10, 0).atZone(PACIFIC).toInstant();
        Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("descriptionId", descriptionId, "channel", "PAPER", "deliveredAt", at.toString()))
                .when().post("/api/v1/employees/" + employee.id() + "/deliveries").then().statusCode(201);
    }

    private static Map<String, String> standing(long descriptionId) {
        Map<String, String> standing = Fixtures.asAdmin().when().get("/api/v1/quota-descriptions/" + descriptionId)
                .then().statusCode(200).extract().jsonPath().getMap("description.standing");
        return standing;
    }

    /** The employee's finding of a rule on the facility's dashboard today, null when it passed (not listed). */
    private static Map<String, String> finding(Facility facility, String ruleId, Employee employee) {
        List<Map<String, String>> found = Fixtures.as(Fixtures.compliance())
                .when().get("/api/v1/facilities/" + facility.id() + "/compliance").then().statusCode(200)
                .extract().jsonPath().getList("findings.findAll { it.ruleId == '" + ruleId + "' && it.subject == 'employee "
                        + employee.employeeNumber() + "' }");
        return found.isEmpty() ? null : found.getFirst();
    }

    private static Set<String> fails(Facility facility) {
        return Fixtures.as(Fixtures.compliance()).when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath()
                .getList("findings.findAll { it.outcome == 'FAIL' }", Map.class).stream()
                .map(f -> f.get("ruleId") + " " + f.get("subject") + " " + f.get("message")).collect(Collectors.toSet());
    }

    private static Set<String> findings(JsonPath report) {
        return report.getList("findings", Map.class).stream()
                .map(f -> f.get("ruleId") + "|" + f.get("outcome") + "|" + f.get("subject") + "|" + f.get("message"))
                .collect(Collectors.toSet());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
