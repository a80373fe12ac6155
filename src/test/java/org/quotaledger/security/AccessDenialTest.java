package org.quotaledger.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Credentials;
import org.quotaledger.testing.Fixtures.Employee;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.quotaledger.testing.Fixtures.asAdmin;

/**
 * Who may call what: every registry endpoint, asked by every kind of caller who should be refused.
 * A refused call answers problem+json and leaves the registry exactly as it was.
 */
@QuarkusTest
class AccessDenialTest {

    /**
     * One facility with a role, two employees (one with an account), version 1 ACTIVE and version 2
     * DRAFT of a description, its manager, and callers who must not change it.
     */
    record World(Facility facility, JobRole role, Employee colleague, Employee self, long active, long draft,
                 long delivery, long notice, long job, Credentials manager, Facility otherFacility, Credentials outsider, Credentials employee,
                 Credentials compliance, Credentials regulator) {

        static World create() {
            Facility facility = Fixtures.facility();
            JobRole role = Fixtures.role(facility);
            Employee colleague = Fixtures.employee(facility, role);
            Employee self = Fixtures.employee(facility, role);
            long active = Fixtures.activeDescription(facility, role);
            ObjectNode next = Fixtures.document(facility, role.code());
            ((ObjectNode) next.get("quotas").get(0)).put("quantity", 130);
            long draft = Fixtures.file(facility, next);
            long delivery = asAdmin().contentType(ContentType.JSON)
                    .body(Map.of("descriptionId", active, "channel", "PAPER"))
                    .when().post("/api/v1/employees/" + colleague.id() + "/deliveries")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            long notice = asAdmin().when().post("/api/v1/employees/" + colleague.id() + "/notices")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            long job = asAdmin().contentType(ContentType.JSON).body(Map.of())
                    .when().post("/api/v1/facilities/" + facility.id() + "/notice-jobs")
                    .then().statusCode(202).extract().jsonPath().getLong("id");
            Facility other = Fixtures.facility();
            return new World(facility, role, colleague, self, active, draft, delivery, notice, job, Fixtures.manager(facility), other,
                    Fixtures.manager(other), Fixtures.employeeUser(self), Fixtures.compliance(), Fixtures.regulator());
        }

        String url(String template) {
            if (template.contains("{rid}")) {
                // a fresh open request per call, so a permitted fulfilment never finds it already answered
                Long prepared = FRESH_REQUEST.getAndSet(null);
                long request = prepared != null ? prepared : freshRequest();
                template = template.replace("{rid}", String.valueOf(request));
            }
            if (template.contains("{uid}")) {
                // The facility manager's own account: an admin-only change to it must be refused to everyone else.
                long account = asAdmin().when().get("/api/v1/users").then().statusCode(200).extract().jsonPath()
                        .getLong("find { it.username == '" + manager.username() + "' }.id");
                template = template.replace("{uid}", String.valueOf(account));
            }
            if (template.contains("{tid}")) {
                // An API token of the facility manager's: nobody else may see or revoke it.
                template = template.replace("{tid}", String.valueOf(managerToken()));
            }
            return template.replace("{fid}", String.valueOf(facility.id()))
                    .replace("{eid}", String.valueOf(colleague.id()))
                    .replace("{did}", String.valueOf(draft))
                    .replace("{aid}", String.valueOf(active))
                    .replace("{dlid}", String.valueOf(delivery))
                    .replace("{nid}", String.valueOf(notice))
                    .replace("{jid}", String.valueOf(job))
                    .replace("{mid}", String.valueOf(facility.employerId()))
                    .replace("{rlid}", String.valueOf(role.id()));
        }

        static final java.util.concurrent.atomic.AtomicReference<Long> FRESH_REQUEST = new java.util.concurrent.atomic.AtomicReference<>();

        static final java.util.concurrent.atomic.AtomicReference<Long> MANAGER_TOKEN = new java.util.concurrent.atomic.AtomicReference<>();

        long managerToken() {
            return MANAGER_TOKEN.updateAndGet(id -> id != null ? id : Fixtures.as(manager).contentType(ContentType.JSON)
                    .body(Map.of("name", "the manager's own")).when().post("/api/v1/tokens")
                    .then().statusCode(201).extract().jsonPath().getLong("id"));
        }

        long freshRequest() {
            return asAdmin().contentType(ContentType.JSON)
                    .body(Map.of("receivedOn", java.time.LocalDate.now().minusDays(1).toString(), "kind", "DESCRIPTION",
                            "channel", "ORAL"))
                    .when().post("/api/v1/employees/" + colleague.id() + "/requests")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }

        /** What an admin sees of everything a refused call to this endpoint could have changed. */
        List<String> snapshot(Endpoint endpoint) {
            String path = endpoint.path();
            List<String> urls;
            if (path.contains("audit") || path.contains("retention")) {
                urls = List.of("/api/v1/audit/events?size=1");          // nothing appended, nothing purged
            } else if (path.contains("requests") || path.contains("fulfilment")) {
                urls = List.of("/api/v1/facilities/{fid}/requests");
            } else if (path.contains("complaints")) {
                urls = List.of("/api/v1/facilities/{fid}/complaints");
            } else if (path.contains("employers")) {
                urls = List.of("/api/v1/employers");
            } else if (path.contains("adverse-actions")) {
                urls = List.of("/api/v1/facilities/{fid}/adverse-actions");
            } else if (path.contains("work-speed")) {
                urls = List.of("/api/v1/employees/{eid}/work-speed?from=2026-01-01&to=2026-01-31");
            } else if (path.endsWith("/checks")) {
                urls = List.of("/api/v1/facilities/{fid}/quota-descriptions");    // a check stores nothing
            } else if (path.startsWith("/api/v1/tokens")) {
                urls = List.of("/api/v1/tokens");                      // every token, as an administrator sees them
            } else if (path.startsWith("/api/v1/users")) {
                urls = List.of("/api/v1/users");                       // nobody's account changed or disabled
            } else if (!path.contains("{")) {
                urls = List.of(path);                                  // users, employers, facilities
            } else if (path.contains("notice")) {
                urls = List.of("/api/v1/employees/{eid}/notices", "/api/v1/employees/{eid}/deliveries");
            } else if (path.contains("deliveries")) {
                urls = List.of("/api/v1/employees/{eid}/deliveries", "/api/v1/facilities/{fid}/quota-descriptions");
            } else if (path.contains("quota-descriptions")) {
                urls = List.of("/api/v1/facilities/{fid}/quota-descriptions", "/api/v1/quota-descriptions/{did}/document");
            } else if (path.contains("employees") || path.contains("roster")) {
                urls = List.of("/api/v1/facilities/{fid}/employees");
            } else if (path.contains("/roles")) {
                urls = List.of("/api/v1/facilities/{fid}/roles");
            } else {
                urls = List.of("/api/v1/facilities/{fid}");
            }
            var views = new ArrayList<String>();
            for (String url : urls) {
                views.add(asAdmin().when().get(url(url)).then().statusCode(200).extract().asString());
            }
            return views;
        }
    }

    private static World world;

    private static synchronized World world() {
        if (world == null) {
            world = World.create();
        }
        return world;
    }

    /**
     * An endpoint and the status each refused caller gets: the manager of another facility, an
     * employee, a regulator and a compliance officer. 200 means the caller may read it.
     */
    record Endpoint(String method, String path, Function<World, Object> body, String contentType,
                    int outsider, int employee, int regulator, int compliance) {

        boolean writes() {
            return !method.equals("GET");
        }

        Response call(RequestSpecification request, World w) {
            if (contentType != null) {
                request = request.contentType(contentType);
            }
            if (body != null) {
                Object content = body.apply(w);
                request = content instanceof byte[] bytes ? request.body(bytes) : request.body(content);
            }
            return request.when().request(method, w.url(path));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String JSON = "application/json";

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/api/v1/me", null, null, 200, 200, 200, 200),
                new Endpoint("GET", "/api/v1/users", null, null, 403, 403, 403, 403),
                new Endpoint("POST", "/api/v1/users", w -> Map.of("username", "intruder-" + Fixtures.unique(),
                        "password", "intruder-password", "role", "admin"), JSON, 403, 403, 403, 403),
                new Endpoint("GET", "/api/v1/users/{uid}", null, null, 403, 403, 403, 403),
                new Endpoint("PUT", "/api/v1/users/{uid}", w -> Map.of("role", "admin"), JSON, 403, 403, 403, 403),
                new Endpoint("POST", "/api/v1/users/{uid}/disable", null, null, 403, 403, 403, 403),
                new Endpoint("POST", "/api/v1/users/{uid}/enable", null, null, 403, 403, 403, 403),
                new Endpoint("PUT", "/api/v1/users/{uid}/password", w -> Map.of("password", "intruder-password-1"), JSON,
                        403, 403, 403, 403),
                new Endpoint("GET", "/api/v1/tokens", null, null, 200, 200, 200, 200),
                new Endpoint("POST", "/api/v1/tokens", w -> Map.of("name", "own token " + Fixtures.unique()), JSON, 201, 201, 201, 201),
                new Endpoint("GET", "/api/v1/tokens/{tid}", null, null, 404, 404, 404, 404),
                new Endpoint("DELETE", "/api/v1/tokens/{tid}", null, null, 404, 404, 404, 404),
                new Endpoint("GET", "/api/v1/service-accounts", null, null, 403, 403, 403, 403),
                new Endpoint("POST", "/api/v1/service-accounts", w -> Map.of("username", "intruder-feed-" + Fixtures.unique(),
                        "role", "regulator"), JSON, 403, 403, 403, 403),
                new Endpoint("GET", "/api/v1/employers", null, null, 403, 403, 200, 200),
                new Endpoint("POST", "/api/v1/employers", w -> Map.of("name", "Intruder Inc"), JSON, 403, 403, 403, 403),
                new Endpoint("PUT", "/api/v1/employers/{mid}", w -> Map.of("name", "Renamed By Intruder",
                        "controlledGroup", "Intruders"), JSON, 403, 403, 403, 403),
                new Endpoint("GET", "/api/v1/facilities/{fid}/headcount", null, null, 404, 403, 200, 200),
                new Endpoint("PUT", "/api/v1/facilities/{fid}/roles/{rlid}", w -> Map.of("code", w.role().code(),
                        "title", "Renamed By Intruder", "jobFunction", "DRIVER"), JSON, 404, 403, 403, 403),
                new Endpoint("POST", "/api/v1/employees/{eid}/complaints", w -> Map.of("madeOn", "2026-01-05",
                        "recipient", "EMPLOYER", "allegation", "The rate leaves no time for breaks"), JSON, 404, 403, 403, 201),
                new Endpoint("POST", "/api/v1/me/complaints", w -> Map.of("madeOn", "2026-01-05",
                        "recipient", "EMPLOYER", "allegation", "The rate leaves no time for breaks"), JSON, 403, 201, 403, 403),
                new Endpoint("GET", "/api/v1/me/complaints", null, null, 403, 200, 403, 403),
                new Endpoint("GET", "/api/v1/facilities/{fid}/complaints", null, null, 404, 403, 200, 200),
                new Endpoint("GET", "/api/v1/facilities", null, null, 200, 403, 200, 200),
                new Endpoint("POST", "/api/v1/facilities", w -> {
                    var input = new HashMap<>(Fixtures.facilityInput(w.facility()));
                    input.put("code", "INTRUDER" + Fixtures.unique().replace("-", ""));
                    return input;
                }, JSON, 403, 403, 403, 403),
                new Endpoint("GET", "/api/v1/facilities/{fid}", null, null, 404, 403, 200, 200),
                new Endpoint("PUT", "/api/v1/facilities/{fid}", w -> {
                    var input = new HashMap<>(Fixtures.facilityInput(w.facility()));
                    input.put("siteNonexemptHeadcount", 12);
                    return input;
                }, JSON, 404, 403, 403, 403),
                new Endpoint("GET", "/api/v1/facilities/{fid}/roles", null, null, 404, 403, 200, 200),
                new Endpoint("POST", "/api/v1/facilities/{fid}/roles", w -> Map.of("code", "INTRUDER", "title", "Intruder"),
                        JSON, 404, 403, 403, 403),
                new Endpoint("GET", "/api/v1/facilities/{fid}/employees", null, null, 404, 403, 200, 200),
                new Endpoint("POST", "/api/v1/facilities/{fid}/employees",
                        w -> Fixtures.employeeInput("X-INTRUDER", "Intruder", null), JSON, 404, 403, 403, 403),
                new Endpoint("GET", "/api/v1/employees/{eid}", null, null, 404, 404, 200, 200),
                new Endpoint("PUT", "/api/v1/employees/{eid}",
                        w -> Fixtures.employeeInput(w.colleague().employeeNumber(), "Renamed By Intruder", w.role()),
                        JSON, 404, 403, 403, 403),
                new Endpoint("POST", "/api/v1/facilities/{fid}/roster", w -> "employee_number,name,role,hire_date\n"
                        + "X-INTRUDER,Intruder," + w.role().code() + ",2024-01-01\n", "text/csv", 404, 403, 403, 403),
                new Endpoint("GET", "/api/v1/facilities/{fid}/quota-descriptions", null, null, 404, 403, 200, 200),
                new Endpoint("POST", "/api/v1/facilities/{fid}/quota-descriptions",
                        w -> Fixtures.document(w.facility(), w.role().code()).toString(), JSON, 404, 403, 403, 403),
                new Endpoint("GET", "/api/v1/quota-descriptions/{did}", null, null, 404, 403, 200, 200),
                new Endpoint("GET", "/api/v1/quota-descriptions/{did}/document", null, null, 404, 403, 200, 200),
                new Endpoint("PUT", "/api/v1/quota-descriptions/{did}/document", w -> {
                    ObjectNode doc = Fixtures.document(w.facility(), w.role().code());
                    ((ObjectNode) doc.get("quotas").get(0)).put("quantity", 999);
                    return doc.toString();
                }, JSON, 404, 403, 403, 403),
                new Endpoint("POST", "/api/v1/quota-descriptions/{did}/submission", null, null, 404, 403, 403, 403),
                new Endpoint("POST", "/api/v1/quota-descriptions/{did}/activation", null, JSON, 404, 403, 403, 403),
                new Endpoint("DELETE", "/api/v1/quota-descriptions/{did}", null, null, 404, 403, 403, 403),
                new Endpoint("GET", "/api/v1/quota-descriptions/{did}/history", null, null, 404, 403, 200, 200),
                new Endpoint("GET", "/api/v1/quota-descriptions/{did}/diff", null, null, 404, 403, 200, 200),
                new Endpoint("POST", "/api/v1/checks", w -> Fixtures.document(w.facility(), w.role().code()), JSON, 200, 200, 200, 200),
                new Endpoint("GET", "/api/v1/facilities/{fid}/compliance", null, null, 404, 403, 200, 200),
                new Endpoint("GET", "/api/v1/facilities/{fid}/evaluations", null, null, 404, 403, 200, 200),
                new Endpoint("POST", "/api/v1/facilities/{fid}/evaluations", null, null, 404, 403, 403, 200),
                new Endpoint("GET", "/api/v1/employees/{eid}/deliveries", null, null, 404, 404, 200, 200),
                new Endpoint("POST", "/api/v1/employees/{eid}/deliveries", w -> Map.of("descriptionId", w.active(),
                        "channel", "PAPER"), JSON, 404, 403, 403, 403),
                new Endpoint("POST", "/api/v1/quota-descriptions/{aid}/deliveries", w -> Map.of("channel", "PAPER"), JSON,
                        404, 403, 403, 403),
                new Endpoint("POST", "/api/v1/deliveries/{dlid}/acknowledgement", null, null, 404, 404, 403, 403),
                new Endpoint("GET", "/api/v1/audit/verify", null, null, 403, 403, 200, 200),
                new Endpoint("GET", "/api/v1/audit/heads/latest", null, null, 403, 403, 200, 200),
                new Endpoint("POST", "/api/v1/employees/{eid}/notices", null, null, 404, 403, 403, 403),
                new Endpoint("GET", "/api/v1/employees/{eid}/notices", null, null, 404, 404, 200, 200),
                new Endpoint("GET", "/api/v1/notices/{nid}/pdf", null, null, 404, 404, 200, 200),
                new Endpoint("POST", "/api/v1/facilities/{fid}/notice-jobs", w -> Map.of(), JSON, 404, 403, 403, 403),
                new Endpoint("GET", "/api/v1/notice-jobs/{jid}", null, null, 404, 403, 200, 200),
                new Endpoint("POST", "/api/v1/facilities/{fid}/regulator-notices", null, null, 404, 403, 403, 201),
                new Endpoint("POST", "/api/v1/employees/{eid}/requests", w -> Map.of("receivedOn",
                        java.time.LocalDate.now().minusDays(2).toString(), "kind", "WORK_SPEED_DATA", "channel", "WRITTEN"),
                        JSON, 404, 403, 403, 201),
                new Endpoint("POST", "/api/v1/me/requests", w -> Map.of("kind", "DESCRIPTION"), JSON, 403, 201, 403, 403),
                new Endpoint("GET", "/api/v1/me/requests", null, null, 403, 200, 403, 403),
                new Endpoint("GET", "/api/v1/me/requests/{rid}/response", null, null, 403, 404, 403, 403),
                new Endpoint("GET", "/api/v1/facilities/{fid}/requests", null, null, 404, 403, 200, 200),
                new Endpoint("GET", "/api/v1/requests/dashboard", null, null, 200, 403, 403, 200),
                new Endpoint("POST", "/api/v1/requests/{rid}/fulfilment", null, null, 404, 403, 403, 200),
                new Endpoint("POST", "/api/v1/requests/{rid}/decline", w -> Map.of("reason", "Recorded twice by mistake"), JSON,
                        404, 403, 403, 200),
                new Endpoint("POST", "/api/v1/employees/{eid}/adverse-actions", w -> Map.of("date", "2026-01-05",
                        "type", "WARNING", "quotaBased", false), JSON, 404, 403, 403, 403),
                new Endpoint("GET", "/api/v1/facilities/{fid}/adverse-actions", null, null, 404, 403, 200, 200),
                new Endpoint("POST", "/api/v1/facilities/{fid}/work-speed", w -> "employee_number,date,metric,units,time_on_task_minutes\n"
                        + w.colleague().employeeNumber() + ",2026-01-05,picks,100,400\n", "text/csv", 404, 403, 403, 403),
                new Endpoint("POST", "/api/v1/facilities/{fid}/work-speed/records", w -> List.of(Map.of("employeeNumber",
                        w.colleague().employeeNumber(), "date", "2026-01-06", "metric", "picks", "units", 100,
                        "timeOnTaskMinutes", 400)), JSON, 404, 403, 403, 403),
                new Endpoint("GET", "/api/v1/employees/{eid}/work-speed", null, null, 404, 404, 200, 200),
                new Endpoint("GET", "/api/v1/audit/events", null, null, 403, 403, 200, 200),
                new Endpoint("GET", "/api/v1/facilities/{fid}/audit-packet", null, null, 403, 403, 200, 200),
                // A body that is no packet: callers who may verify get 400, the others are refused before it is read.
                new Endpoint("POST", "/api/v1/audit-packets/verify", w -> "not a zip".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        "application/zip", 400, 403, 400, 400),
                new Endpoint("GET", "/api/v1/retention/preview", null, null, 403, 403, 200, 200),
                new Endpoint("POST", "/api/v1/retention/purge", null, null, 403, 403, 403, 403));
    }

    /**
     * Open to anyone by design: whoever holds a notice may check it (details stay hidden, see NoticeIssuingTest),
     * whoever kept a signed audit head may check it against the trail (AuditHeadsTest), and the law table is public
     * (JurisdictionResourceTest).
     */
    static final List<String> PUBLIC = List.of("POST /api/v1/notices/verify", "GET /api/v1/notices/verify/{}",
            "POST /api/v1/audit/heads/verify", "GET /api/v1/jurisdictions", "GET /api/v1/jurisdictions/{}", "GET /api/v1/jurisdictions/{}/deadlines");

    static Stream<Endpoint> facilityEndpoints() {
        return endpoints().stream().filter(e -> e.path().contains("{") && !e.path().startsWith("/api/v1/me/"));
    }

    private static void expectRefusalOrRead(Endpoint endpoint, Credentials caller, int expected) {
        expectRefusalOrRead(endpoint, () -> Fixtures.as(caller), caller.username(), expected);
    }

    private static void expectRefusalOrRead(Endpoint endpoint, java.util.function.Supplier<RequestSpecification> caller, String who,
                                            int expected) {
        World w = world();
        if (endpoint.path().contains("{rid}")) {
            World.FRESH_REQUEST.set(w.freshRequest());   // made before the snapshot, used by the call after it
        }
        List<String> before = endpoint.writes() ? w.snapshot(endpoint) : List.of();

        Response response = endpoint.call(caller.get(), w);

        assertThat(response.statusCode()).as(endpoint + " by " + who + ": " + response.asString())
                .isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).as(endpoint.toString()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getInt("status")).isEqualTo(expected);
        }
        if (endpoint.writes() && expected >= 400) {
            assertThat(w.snapshot(endpoint)).as("the registry after a refused " + endpoint).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} without credentials is 401")
    @MethodSource("endpoints")
    void aCallWithoutCredentialsIsAskedToAuthenticate(Endpoint endpoint) {
        Response response = endpoint.call(given(), world());

        assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).as(endpoint.toString()).startsWith("Basic");
    }

    @ParameterizedTest(name = "{0} with a wrong password is 401")
    @MethodSource("endpoints")
    void aCallWithAWrongPasswordIsRefused(Endpoint endpoint) {
        Response response = endpoint.call(Fixtures.as(world().manager().withPassword("not-the-password")), world());

        assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{0} by the manager of another facility is answered as the table says")
    @MethodSource("endpoints")
    void aManagerOfAnotherFacilityCannotSeeOrChangeItsRecords(Endpoint endpoint) {
        expectRefusalOrRead(endpoint, world().outsider(), endpoint.outsider());
    }

    @ParameterizedTest(name = "{0} by an employee is answered as the table says")
    @MethodSource("endpoints")
    void anEmployeeReachesOnlyTheirOwnRecord(Endpoint endpoint) {
        expectRefusalOrRead(endpoint, world().employee(), endpoint.employee());
    }

    private static String employeeToken;

    /** The employee's API token, made once with their password. */
    private static synchronized String employeeToken() {
        if (employeeToken == null) {
            employeeToken = Fixtures.as(world().employee()).contentType(ContentType.JSON).body(Map.of("name", "denial test"))
                    .when().post("/api/v1/tokens").then().statusCode(201).extract().jsonPath().getString("token");
        }
        return employeeToken;
    }

    @ParameterizedTest(name = "{0} with an employee's API token is answered as with their password")
    @MethodSource("endpoints")
    void anEmployeesTokenReachesWhatTheirPasswordDoes(Endpoint endpoint) {
        // Every operation takes a token; only making tokens needs the password (a token makes none).
        int expected = endpoint.toString().equals("POST /api/v1/tokens") ? 403 : endpoint.employee();
        expectRefusalOrRead(endpoint, () -> given().header("Authorization", "Bearer " + employeeToken()), "the employee's token", expected);
    }

    @ParameterizedTest(name = "{0} with a revoked API token is 401")
    @MethodSource("endpoints")
    void aRevokedTokenIsRefusedEverywhere(Endpoint endpoint) {
        Response response = endpoint.call(given().header("Authorization", "Bearer " + revokedToken()), world());

        assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static String revokedToken;

    private static synchronized String revokedToken() {
        if (revokedToken == null) {
            var made = Fixtures.as(world().manager()).contentType(ContentType.JSON).body(Map.of("name", "revoked at once"))
                    .when().post("/api/v1/tokens").then().statusCode(201).extract().jsonPath();
            Fixtures.as(world().manager()).when().delete("/api/v1/tokens/" + made.getLong("id")).then().statusCode(204);
            revokedToken = made.getString("token");
        }
        return revokedToken;
    }

    @ParameterizedTest(name = "{0} by a regulator is answered as the table says")
    @MethodSource("endpoints")
    void aRegulatorCanReadButNotChangeAnything(Endpoint endpoint) {
        expectRefusalOrRead(endpoint, world().regulator(), endpoint.regulator());
    }

    @ParameterizedTest(name = "{0} by a compliance officer is answered as the table says")
    @MethodSource("endpoints")
    void aComplianceOfficerCanReadButNotChangeAnything(Endpoint endpoint) {
        expectRefusalOrRead(endpoint, world().compliance(), endpoint.compliance());
    }

    @ParameterizedTest(name = "{0} by the facility's own manager is not refused")
    @MethodSource("facilityEndpoints")
    void theFacilitysOwnManagerIsNotRefusedWhereTheOutsiderIs(Endpoint endpoint) {
        // The control for the outsider's 404s: the same reads by the facility's manager succeed.
        // Endpoints refused to every manager by role (403) have no control here.
        if (endpoint.writes() || endpoint.outsider() == 403) {
            return;
        }
        endpoint.call(Fixtures.as(world().manager()), world()).then().statusCode(200);
    }

    @Test
    void theTableCoversEveryApiEndpoint() {
        // A new endpoint must be added to the table above, so its denial paths are tested too.
        com.fasterxml.jackson.databind.JsonNode paths = Fixtures.tree(given().accept(ContentType.JSON)
                .when().get("/q/openapi?format=json").then().statusCode(200).extract().asString()).get("paths");
        var published = new java.util.TreeSet<String>();
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames().forEachRemaining(method -> {
            if (path.startsWith("/api/") && List.of("get", "post", "put", "delete", "patch").contains(method)) {
                published.add(method.toUpperCase() + " " + path.replaceAll("\\{[^}]+}", "{}"));
            }
        }));
        var tested = new java.util.TreeSet<String>();
        endpoints().forEach(e -> tested.add(e.method() + " " + e.path().replaceAll("\\{[^}]+}", "{}")));
        tested.addAll(PUBLIC);

        assertThat(tested).isEqualTo(published);
    }

    @Test
    void anEmployeeReadsTheirOwnRecordButNotAColleaguesOne() {
        World w = world();

        Fixtures.as(w.employee()).when().get("/api/v1/employees/" + w.self().id())
                .then().statusCode(200).body("employeeNumber", equalTo(w.self().employeeNumber()));
        Fixtures.as(w.employee()).when().get("/api/v1/employees/" + w.colleague().id())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNonexistentRecordLooksTheSameAsAForeignOne() {
        Credentials outsider = world().outsider();

        String foreign = Fixtures.as(outsider).when().get("/api/v1/quota-descriptions/" + world().draft())
                .then().statusCode(404).extract().jsonPath().getString("title");
        String missing = Fixtures.as(outsider).when().get("/api/v1/quota-descriptions/987654321")
                .then().statusCode(404).extract().jsonPath().getString("title");

        assertThat(foreign).isEqualTo(missing);
    }

    @Test
    void aManagerCannotCreateUsers() {
        String username = "made-by-manager-" + Fixtures.unique();

        Fixtures.as(world().manager()).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "long-enough-password", "role", "admin"))
                .when().post("/api/v1/users")
                .then().statusCode(403).contentType("application/problem+json");

        List<String> usernames = asAdmin().when().get("/api/v1/users").then().statusCode(200)
                .extract().jsonPath().getList("username");
        assertThat(usernames).doesNotContain(username).contains(world().manager().username());
    }

    @Test
    void aManagerCannotCreateFacilities() {
        var input = new HashMap<>(Fixtures.facilityInput(world().facility()));
        String code = "BYMANAGER" + Fixtures.unique().replace("-", "");
        input.put("code", code);

        Fixtures.as(world().manager()).contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/facilities")
                .then().statusCode(403).contentType("application/problem+json");

        List<String> codes = asAdmin().when().get("/api/v1/facilities").then().statusCode(200)
                .extract().jsonPath().getList("code");
        assertThat(codes).doesNotContain(code).contains(world().facility().code());
    }

    @Test
    void aManagerListsOnlyTheirOwnFacilities() {
        Facility second = Fixtures.facility();
        Credentials manager = Fixtures.manager(world().facility(), second);

        List<String> codes = Fixtures.as(manager).when().get("/api/v1/facilities")
                .then().statusCode(200).extract().jsonPath().getList("code");

        assertThat(codes).containsExactlyInAnyOrder(world().facility().code(), second.code());
    }

    @Test
    void complianceListsEveryFacility() {
        Facility later = Fixtures.facility();

        List<String> seen = Fixtures.as(world().compliance()).when().get("/api/v1/facilities")
                .then().statusCode(200).extract().jsonPath().getList("code");
        List<String> all = asAdmin().when().get("/api/v1/facilities")
                .then().statusCode(200).extract().jsonPath().getList("code");

        assertThat(seen).contains(world().facility().code(), world().otherFacility().code(), later.code())
                .containsExactlyElementsOf(all);
    }

    @Test
    void theUnauthorizedAnswerNamesTheBasicScheme() {
        given().when().get("/api/v1/facilities")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
    }
}
