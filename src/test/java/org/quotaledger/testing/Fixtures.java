package org.quotaledger.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Test data created through the API as the bootstrap admin. Every call uses fresh, unique codes and
 * usernames, so no test depends on another one or on the order in which they run.
 */
public final class Fixtures {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "fixture-password-1";

    public static final ObjectMapper JSON = new ObjectMapper();

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /**
     * Test facilities are covered sites of 1,450 whose rosters hold only the few employees a test needs: the headcounts
     * are typed as overrides, which need a reason.
     */
    public static final String OVERRIDE_REASON = "Test fixture: the roster holds only the employees this test needs";

    private Fixtures() {
    }

    public record Credentials(String username, String password) {
        public Credentials withPassword(String other) {
            return new Credentials(username, other);
        }
    }

    public record Facility(long id, long employerId, String code, String name, String state, String naicsCode,
                           int siteNonexemptHeadcount, int statewideNonexemptHeadcount) {
    }

    public record JobRole(long id, long facilityId, String code, String title) {
    }

    public record Employee(long id, long facilityId, String employeeNumber, String name) {
    }

    public record Description(long id, Facility facility, JobRole role) {
    }

    /** A short token unique in this run: a counter plus a random suffix. */
    public static String unique() {
        return COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    public static Credentials admin() {
        return new Credentials(ADMIN, ADMIN_PASSWORD);
    }

    /** A request signed in with HTTP Basic, sent on the first request (no challenge round trip). */
    public static RequestSpecification as(Credentials who) {
        return given().auth().preemptive().basic(who.username(), who.password());
    }

    /**
     * Signs in through the login form, as a browser does: opens the login page (which sets the CSRF cookie and
     * puts its token in the form) and posts it; the pages then take the returned cookies.
     */
    public static io.restassured.filter.cookie.CookieFilter signIn(Credentials who) {
        var cookies = new io.restassured.filter.cookie.CookieFilter();
        io.restassured.RestAssured.given().filter(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", who.username()).formParam("j_password", who.password())
                .formParam(CSRF_FIELD, csrfToken(cookies))
                .when().post("/j_security_check").then().statusCode(302);
        return cookies;
    }

    /** Name of the hidden field that carries the CSRF token in every form. */
    public static final String CSRF_FIELD = "csrf-token";

    private static final java.util.regex.Pattern CSRF_INPUT =
            java.util.regex.Pattern.compile("name=\"" + CSRF_FIELD + "\" value=\"([^\"]+)\"");

    /**
     * The CSRF token a page's forms carry for this browser, read from the login page's form as a browser would
     * (the first visit also sets the cookie it must match). Send it as {@link #CSRF_FIELD} with every form post.
     */
    public static String csrfToken(io.restassured.filter.cookie.CookieFilter browser) {
        String page = io.restassured.RestAssured.given().filter(browser).redirects().follow(false)
                .when().get("/login").then().statusCode(200).extract().asString();
        var token = CSRF_INPUT.matcher(page);
        if (!token.find()) {
            throw new AssertionError("the login page's form carries no CSRF token");
        }
        return token.group(1);
    }

    public static RequestSpecification asAdmin() {
        return as(admin());
    }

    // ---- registry --------------------------------------------------------------------------------------

    /**
     * An employer without four-eyes approval: the suite files and activates as the one bootstrap admin, which
     * four-eyes approval refuses. The tests of four-eyes approval (quota.FourEyesTest) create their own employer.
     */
    public static long employer() {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Employer " + unique(), "fourEyesApproval", false))
                .when().post("/api/v1/employers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Facility facility() {
        return facility("CA");
    }

    /** An employer as the API creates it when nothing is said: with four-eyes approval. */
    public static long employerWithFourEyesApproval() {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Employer " + unique()))
                .when().post("/api/v1/employers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Facility facility(String state) {
        return facility(employer(), state);
    }

    /** A fresh facility of this employer. */
    public static Facility facility(long employerId, String state) {
        String code = "F" + unique().replace("-", "");
        var body = new java.util.HashMap<String, Object>();
        body.put("employerId", employerId);
        body.put("code", code);
        body.put("name", "Fulfillment " + code);
        body.put("address", "1 Test Way");
        body.put("state", state);
        body.put("naicsCode", "493110");
        body.put("siteNonexemptHeadcount", 1450);
        body.put("statewideNonexemptHeadcount", 9800);
        body.put("headcountOverrideReason", OVERRIDE_REASON);
        body.put("cbaCovered", false);
        body.put("cbaMetricsNegotiable", false);
        body.put("cbaRecordsRightEquivalent", false);
        body.put("federalOptIn", false);
        long id = asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/facilities")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Facility(id, employerId, code, "Fulfillment " + code, state, "493110", 1450, 9800);
    }

    /** The body a manager would PUT to update the facility without changing anything. */
    public static Map<String, Object> facilityInput(Facility f) {
        var body = new java.util.HashMap<String, Object>();
        body.put("employerId", f.employerId());
        body.put("code", f.code());
        body.put("name", f.name());
        body.put("address", "1 Test Way");
        body.put("state", f.state());
        body.put("naicsCode", f.naicsCode());
        body.put("siteNonexemptHeadcount", f.siteNonexemptHeadcount());
        body.put("statewideNonexemptHeadcount", f.statewideNonexemptHeadcount());
        body.put("headcountOverrideReason", OVERRIDE_REASON);
        body.put("cbaCovered", false);
        body.put("cbaMetricsNegotiable", false);
        body.put("cbaRecordsRightEquivalent", false);
        body.put("federalOptIn", false);
        return body;
    }

    public static JobRole role(Facility facility) {
        return role(facility, "PICK" + unique().replace("-", ""));
    }

    public static JobRole role(Facility facility, String code) {
        long id = asAdmin().contentType(ContentType.JSON).body(Map.of("code", code, "title", "Picker"))
                .when().post("/api/v1/facilities/" + facility.id() + "/roles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new JobRole(id, facility.id(), code, "Picker");
    }

    public static Map<String, Object> employeeInput(String number, String name, JobRole role) {
        var body = new java.util.HashMap<String, Object>();
        body.put("employeeNumber", number);
        body.put("name", name);
        body.put("roleCode", role == null ? null : role.code());
        body.put("hireDate", "2025-01-06");
        body.put("primaryLanguage", "en");
        return body;
    }

    public static Employee employee(Facility facility, JobRole role) {
        String number = "E" + unique();
        String name = "Worker " + number;
        long id = asAdmin().contentType(ContentType.JSON).body(employeeInput(number, name, role))
                .when().post("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Employee(id, facility.id(), number, name);
    }

    // ---- users -----------------------------------------------------------------------------------------

    private static Credentials user(String role, Long employeeId, List<Long> facilityIds) {
        String username = role + "-" + unique();
        var body = new java.util.HashMap<String, Object>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", role);
        body.put("displayName", "Test " + role);
        if (employeeId != null) {
            body.put("employeeId", employeeId);
        }
        if (!facilityIds.isEmpty()) {
            body.put("facilityIds", facilityIds);
        }
        asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/users")
                .then().statusCode(201);
        return new Credentials(username, PASSWORD);
    }

    public static Credentials manager(Facility... facilities) {
        return user("manager", null, java.util.Arrays.stream(facilities).map(Facility::id).toList());
    }

    public static Credentials employeeUser(Employee employee) {
        return user("employee", employee.id(), List.of());
    }

    public static Credentials compliance() {
        return user("compliance", null, List.of());
    }

    public static Credentials regulator() {
        return user("regulator", null, List.of());
    }

    // ---- quota descriptions ------------------------------------------------------------------------------

    /**
     * Today at a facility in this state, as the application's clock sees it when nobody pinned it: the sample
     * document takes effect the day it is filed.
     */
    public static java.time.LocalDate today(String state) {
        return java.time.LocalDate.now(org.quotaledger.law.StateLaws.zone(state));
    }

    /** Activates with a recorded reason, as needed for an effective date in the past. */
    public static void activateBackdated(long descriptionId, String reason) {
        asAdmin().contentType(ContentType.JSON).body(Map.of("backdateReason", reason))
                .when().post("/api/v1/quota-descriptions/" + descriptionId + "/activation").then().statusCode(200);
    }

    /** The spec's sample v1 document (effective today), filed for this facility (with the registry's facility block) and role. */
    public static ObjectNode document(Facility facility, String roleCode) {
        String json = """
                {
                  "schema": "quota-description/v1",
                  "jurisdiction": "CA",
                  "facility": {
                    "code": "%s",
                    "name": "%s",
                    "state": "%s",
                    "naicsCode": "%s",
                    "siteNonexemptHeadcount": %d,
                    "statewideNonexemptHeadcount": %d,
                    "collectiveBargaining": { "covered": false, "metricsNegotiable": false, "recordsRightEquivalent": false }
                  },
                  "role": { "code": "%s", "title": "Picker" },
                  "shift": "PT10H",
                  "onCall": false,
                  "effectiveDate": "%s",
                  "languages": ["en", "es"],
                  "employeeLanguages": ["en", "es"],
                  "quotas": [
                    {
                      "name": "Pick rate",
                      "kind": "COUNT",
                      "task": "units picked",
                      "quantity": 120,
                      "unit": "units",
                      "period": "PT1H",
                      "basis": "INDIVIDUAL",
                      "howMeasured": "Scanner events per productive hour, averaged over the shift",
                      "adverseActions": ["Coaching conversation after two shifts below rate"]
                    }
                  ],
                  "timeOffTask": {
                    "tracked": true,
                    "limit": "PT30M",
                    "excluded": ["MEAL_PERIOD", "REST_PERIOD", "BATHROOM", "BATHROOM_TRAVEL",
                                 "SAFETY_COMPLIANCE", "REST_TRAVEL", "MEAL_TRAVEL", "REQUIRED_ACTIVITY"]
                  },
                  "breaksCountedAsProductive": false,
                  "adverseActions": ["Written warning after five shifts below rate in 30 days"],
                  "incentiveProgram": false,
                  "incentives": [],
                  "rightsStatement": true,
                  "translations": {
                    "es": {
                      "roleTitle": "Preparador de pedidos",
                      "quotas": [
                        {
                          "name": "Ritmo de preparación",
                          "task": "unidades preparadas",
                          "unit": "unidades",
                          "howMeasured": "Escaneos por hora productiva, promediados en el turno",
                          "adverseActions": ["Conversación de orientación tras dos turnos por debajo del ritmo"]
                        }
                      ],
                      "adverseActions": ["Advertencia por escrito tras cinco turnos por debajo del ritmo en 30 días"],
                      "incentives": []
                    }
                  }
                }
                """.formatted(facility.code(), facility.name(), facility.state(), facility.naicsCode(),
                facility.siteNonexemptHeadcount(), facility.statewideNonexemptHeadcount(), roleCode,
                today(facility.state()));
        return (ObjectNode) tree(json);
    }

    public static ObjectNode document(Description d) {
        return document(d.facility(), d.role().code());
    }

    /** Files the document as the next draft version; returns its id. */
    public static long file(Facility facility, JsonNode document) {
        return asAdmin().contentType(ContentType.JSON).body(document.toString())
                .when().post("/api/v1/facilities/" + facility.id() + "/quota-descriptions")
                .then().statusCode(201).extract().jsonPath().getLong("description.id");
    }

    /** A version 1 DRAFT of the sample document, at a fresh facility with a fresh role. */
    public static Description draftDescription() {
        Facility facility = facility();
        JobRole role = role(facility);
        return new Description(file(facility, document(facility, role.code())), facility, role);
    }

    /** The sample document for the role filed, submitted and activated: the role's version in force; returns its id. */
    public static long activeDescription(Facility facility, JobRole role) {
        long id = file(facility, document(facility, role.code()));
        submit(id);
        activate(id);
        return id;
    }

    public static void submit(long descriptionId) {
        asAdmin().when().post("/api/v1/quota-descriptions/" + descriptionId + "/submission").then().statusCode(200);
    }

    public static void activate(long descriptionId) {
        asAdmin().contentType(ContentType.JSON).when().post("/api/v1/quota-descriptions/" + descriptionId + "/activation").then().statusCode(200);
    }

    public static String status(long descriptionId) {
        return asAdmin().when().get("/api/v1/quota-descriptions/" + descriptionId)
                .then().statusCode(200).extract().jsonPath().getString("description.status");
    }

    public static JsonNode storedDocument(long descriptionId) {
        return tree(asAdmin().when().get("/api/v1/quota-descriptions/" + descriptionId + "/document")
                .then().statusCode(200).extract().asString());
    }

    public static int descriptionCount(Facility facility) {
        return asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/quota-descriptions")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    /** The id of the one description filed at this facility. */
    public static long descriptionIdOfOnlyVersion(Facility facility) {
        List<Integer> ids = asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/quota-descriptions")
                .then().statusCode(200).extract().jsonPath().getList("id");
        if (ids.size() != 1) {
            throw new AssertionError("expected one description at " + facility.code() + ", found " + ids.size());
        }
        return ids.get(0);
    }

    public static int employeeCount(Facility facility) {
        return asAdmin().when().get("/api/v1/facilities/" + facility.id() + "/employees")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(Response response) {
        return tree(response.asString());
    }
}
