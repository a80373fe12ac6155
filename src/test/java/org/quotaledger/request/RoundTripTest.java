package org.quotaledger.request;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotaledger.law.StateLaws;
import org.quotaledger.signing.ExternalTools;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;
import org.quotaledger.time.AppClock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own outputs pass its own rules, state by state: requests from a current and a former employee, for their
 * descriptions and their data, filed through the API and answered by the app, then the facility evaluated. Every
 * answer is on time, covers the state's window (six months and aggregated data in Washington), is in the languages
 * the state wants (English and Spanish for a Spanish speaker in New York); a request the law does not oblige the
 * employer to answer is recorded as such and judged without a failure.
 */
@QuarkusTest
class RoundTripTest {

    /** Per state: the deadline rule, and the rule judging the data produced for a current employee. */
    private static final Map<String, List<String>> RULES = Map.of(
            "CA", List.of("CA-2104-DEADLINE-21D", "CA-2104-SCOPE-CURRENT"),
            "NY", List.of("NY-785-DEADLINE-14D", "NY-785-REQUEST-DATA"),
            "WA", List.of("WA-037-DEADLINES-AND-COST", "WA-037-REQUEST-CURRENT"),
            "MN", List.of("MN-REQUEST-RIGHTS", "MN-REQUEST-RIGHTS"),
            "OR", List.of("OR-557-REQUESTS", "OR-557-REQUESTS"));

    @Inject
    AppClock clock;

    private static Employee employee(Facility facility, JobRole role, String language, String hired, String separated) {
        String number = "E" + Fixtures.unique();
        Map<String, Object> body = new HashMap<>(Fixtures.employeeInput(number, "Worker " + number, role));
        body.put("primaryLanguage", language);
        body.put("hireDate", hired);
        if (separated != null) {
            body.put("separationDate", separated);
        }
        long id = Fixtures.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Employee(id, facility.id(), number, "Worker " + number);
    }

    private static JsonPath take(Credentials manager, Employee e, LocalDate received, String kind) {
        return Fixtures.as(manager).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", received.toString(), "kind", kind, "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + e.id() + "/requests")
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath answer(Credentials manager, long request) {
        return Fixtures.as(manager).when().post("/api/v1/requests/" + request + "/fulfilment")
                .then().statusCode(200).extract().jsonPath();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CA", "NY", "WA", "MN", "OR"})
    void theAppsOwnAnswersPassItsOwnRules(String state) throws IOException {
        LocalDate today = clock.today(state);
        Facility facility = Fixtures.facility(state);
        JobRole role = Fixtures.role(facility);
        // In force for the whole window the answers cover, and handed to the employees on paper when it took effect.
        LocalDate effective = today.minusDays(200);
        ObjectNode doc = Fixtures.document(facility, role.code());
        doc.put("jurisdiction", state).put("effectiveDate", effective.toString());
        long description = Fixtures.file(facility, doc);
        Fixtures.submit(description);
        // Filed and decided late, with the reason recorded: in force from its effective date.
        Fixtures.activateBackdated(description, "described after the fact for this test");
        Instant inForceSince = effective.atTime(8, 0).atZone(StateLaws.zone(state)).toInstant();

        Employee english = employee(facility, role, "en", "2025-01-06", null);
        Employee spanish = employee(facility, role, "es", "2025-01-06", null);
        Employee former = employee(facility, role, "en", "2025-01-06", today.minusDays(30).toString());
        Employee longGone = employee(facility, role, "en", "2019-01-07", today.minusYears(4).toString());
        Credentials manager = Fixtures.manager(facility);
        for (Employee current : List.of(english, spanish, former)) {
            Fixtures.as(manager).contentType(ContentType.JSON)
                    .body(Map.of("descriptionId", description, "deliveredAt", inForceSince.plusSeconds(3600).toString(), "channel", "PAPER"))
                    .when().post("/api/v1/employees/" + current.id() + "/deliveries").then().statusCode(201);
        }
        String day = today.minusDays(5).toString();
        String left = today.minusDays(35).toString();
        String csv = "employee_number,date,metric,units,time_on_task_minutes\n"
                + english.employeeNumber() + "," + day + ",picks,410,420\n"
                + spanish.employeeNumber() + "," + day + ",picks,390,415\n"
                + former.employeeNumber() + "," + left + ",picks,400,410\n";
        Fixtures.as(manager).contentType("text/csv").body(csv)
                .when().post("/api/v1/facilities/" + facility.id() + "/work-speed").then().statusCode(200);

        List<Long> answered = new ArrayList<>();
        Map<Long, JsonPath> answers = new LinkedHashMap<>();
        for (Employee e : List.of(english, spanish, former)) {
            LocalDate received = e == former ? today.minusDays(1) : today;
            for (String kind : List.of("DESCRIPTION", "WORK_SPEED_DATA")) {
                JsonPath request = take(manager, e, received, kind);
                assertThat(request.getBoolean("required")).as(state + " " + kind).isTrue();
                answers.put(request.getLong("id"), answer(manager, request.getLong("id")));
                answered.add(request.getLong("id"));
            }
        }
        // A former employee asking again, and one who left four years ago: recorded either way, never refused.
        JsonPath again = take(manager, former, today, "WORK_SPEED_DATA");
        boolean oneRequestOnly = List.of("CA", "NY", "OR").contains(state);
        assertThat(again.getBoolean("required")).as(state + ": a former employee's second request").isEqualTo(!oneRequestOnly);
        if (oneRequestOnly) {
            assertThat(again.getString("notRequiredReason")).contains("one request");
        } else {
            answer(manager, again.getLong("id"));
        }
        JsonPath stale = take(manager, longGone, today, "DESCRIPTION");
        assertThat(stale.getBoolean("required")).as(state + ": four years after leaving")
                .isEqualTo(!List.of("WA", "OR").contains(state));

        Fixtures.as(manager).when().post("/api/v1/facilities/" + facility.id() + "/evaluations").then().statusCode(200);
        JsonPath report = Fixtures.as(manager).when().get("/api/v1/facilities/" + facility.id() + "/compliance")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> failures = report.getList("findings.findAll { it.outcome == 'FAIL' }");
        assertThat(failures).as(state + ": no rule fails what the app produced").isEmpty();

        List<Map<String, Object>> passed = report.getList("passed");
        String firstRequest = "request " + english.employeeNumber() + " " + today;
        for (String rule : RULES.get(state)) {
            assertThat(passed).as(state + " " + rule).anySatisfy(f -> {
                assertThat(f.get("ruleId")).isEqualTo(rule);
                assertThat(f.get("subject")).isEqualTo(firstRequest);
            });
        }

        long spanishData = answered.get(3);
        JsonPath spanishAnswer = answers.get(spanishData);
        if (state.equals("NY")) {
            assertThat(spanishAnswer.getList("contents.findAll { it.kind == 'notice' }.language", String.class))
                    .containsExactly("en", "es");
            assertThat(spanishAnswer.getList("contents.findAll { it.kind == 'report' }.name", String.class))
                    .containsExactly("work-speed-report.pdf", "work-speed-report-es.pdf");
            assertThat(passed).anySatisfy(f -> {
                assertThat(f.get("ruleId")).isEqualTo("NY-785-LANGUAGE");
                assertThat(f.get("subject")).isEqualTo("request " + spanish.employeeNumber() + " " + today);
            });
            assertThat(Fixtures.as(manager).when().get("/api/v1/facilities/" + facility.id() + "/requests").then().statusCode(200)
                    .extract().jsonPath().getList("find { it.id == " + spanishData + " }.answerLanguages", String.class))
                    .containsExactly("en", "es");
            Map<String, byte[]> zip = unzip(Fixtures.as(Fixtures.employeeUser(spanish))
                    .when().get("/api/v1/me/requests/" + spanishData + "/response").then().statusCode(200).extract().asByteArray());
            String name = "quota-description-" + role.code() + "-v1";
            assertThat(zip).containsKeys(name + ".pdf", name + "-es.pdf", "work-speed-report.pdf", "work-speed-report-es.pdf");
            assertThat(text(zip.get(name + "-es.pdf"))).contains("Sus derechos", "inglés y en su idioma principal");
            assertThat(text(zip.get(name + ".pdf"))).contains("Your rights", "English and in your primary language");
            assertThat(text(zip.get("work-speed-report-es.pdf"))).contains("Informe de datos de ritmo de trabajo");
        } else if (state.equals("WA")) {
            // RCW 49.84.020(4): the preferred language and English.
            assertThat(spanishAnswer.getList("contents.findAll { it.kind == 'notice' }.language", String.class))
                    .containsExactly("en", "es");
        } else {
            assertThat(spanishAnswer.getList("contents.findAll { it.kind == 'notice' }.language", String.class))
                    .as(state + ": the employee's own language").containsExactly("es");
        }
        JsonPath englishData = answers.get(answered.get(1));
        boolean aggregate = List.of("NY", "WA").contains(state);
        int aggregateRows = englishData.getInt("contents.find { it.kind == 'report' }.aggregateRows");
        if (aggregate) {
            assertThat(aggregateRows).as(state + ": aggregated data of similar employees").isPositive();
        } else {
            assertThat(aggregateRows).as(state + ": no aggregated data").isZero();
        }
        if (state.equals("WA")) {
            assertThat(englishData.getString("contents.find { it.kind == 'report' }.from")).isEqualTo(today.minusMonths(6).toString());
            assertThat(passed).anySatisfy(f -> {
                assertThat(f.get("ruleId")).isEqualTo("WA-037-REQUEST-FORMER");
                assertThat(f.get("subject")).isEqualTo("request " + former.employeeNumber() + " " + today.minusDays(1));
            });
        }
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

    private static String text(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("answer", ".pdf");
        try {
            return ExternalTools.pdftotext(Files.write(file, pdf)).replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
