package org.quotaledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks {@code /q/openapi} and sends every operation malformed and extreme input: hostile path and query
 * parameters, JSON bodies built from the operation's schema with one field at a time replaced by a huge number,
 * a huge string, the wrong type, deep nesting or a huge array, whole bodies that are not the document at all, and
 * bodies over the JSON limit sent chunked (no Content-Length). No answer may be a 5xx; every refusal of the API is
 * problem+json; and no answer may be huge (a refused document must not be echoed back at length).
 */
@QuarkusTest
class OpenApiWalkTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PASSWORD = "walker-password-1";
    private static final String HUGE_STRING = "x".repeat(1_500_000);
    /** Longer than any field may be, short enough to send for every field of every operation. */
    private static final String LONG_STRING = "x".repeat(200_000);
    private static final String LONG_PARAMETER = "9".repeat(3_000);
    private static final long LARGEST_ANSWER = 8L << 20;
    /** Over the 2 MiB JSON limit. */
    private static final int OVERSIZE = 3 << 20;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private String apiAuthorization;
    private String employeeAuthorization;
    private String pageCookie;
    private String employeeCookie;
    private Map<String, String> ids;
    private JsonNode schemas;
    private int sent;

    @Test
    void everyOperationAnswersHostileInputWithA4xxProblemAndNever5xx() throws Exception {
        prepare();
        JsonNode openapi = Fixtures.tree(io.restassured.RestAssured.given().accept("application/json")
                .when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        schemas = openapi.path("components").path("schemas");
        List<String[]> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                if (List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    operations.add(new String[]{op.getKey(), path.getKey()});
                }
            }
        }
        // Deleting the draft, or signing out, last: every other operation walks over records that exist.
        operations.sort(java.util.Comparator.comparing(o -> o[0].equals("delete") || o[1].endsWith("/delete") || o[1].equals("/logout")));
        for (String[] o : operations) {
            walk(o[0].toUpperCase(), o[1], openapi.path("paths").path(o[1]).path(o[0]));
        }
        assertThat(sent).as("requests sent").isGreaterThan(1_000);
        assertThat(failures).as("answers that were a 5xx, not problem+json, or huge, of " + sent + " requests").isEmpty();
    }

    // ---- the walk ------------------------------------------------------------------------------------------

    private void walk(String method, String template, JsonNode op) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(parameters::add);
        String path = fill(template, Map.of());
        JsonNode content = op.path("requestBody").path("content");
        String contentType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        byte[] validBody = validBody(template, contentType, content);

        send(method, template, path, contentType, validBody, "as is");
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            switch (p.path("in").asText()) {
                case "path" -> {
                    for (String value : pathValues(p)) {
                        send(method, template, fill(template, Map.of(name, value)), contentType, validBody, "path " + name + "=" + abbreviate(value));
                    }
                }
                case "query" -> {
                    for (String value : queryValues(p)) {
                        send(method, template, path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                                contentType, validBody, "query " + name + "=" + abbreviate(value));
                    }
                }
                case "header" -> {
                    for (String value : List.of(LONG_PARAMETER.substring(0, 2_000), "", " ", "key with spaces")) {
                        send(method, template, path, contentType, validBody, Map.of(name, value), "header " + name);
                    }
                }
                default -> {
                }
            }
        }
        if (contentType == null) {
            return;
        }
        if (contentType.contains("json")) {
            for (var variant : wholeJsonBodies().entrySet()) {
                send(method, template, path, contentType, variant.getValue(), variant.getKey());
            }
            JsonNode sample = Fixtures.tree(new String(validBody, StandardCharsets.UTF_8));
            JsonNode schema = schemaOf(template, content.path(contentType).path("schema"));
            for (var leaf : leaves(sample, schema, "")) {
                for (var hostile : hostileValues(leaf.schema()).entrySet()) {
                    JsonNode changed = sample.deepCopy();
                    leaf.set().accept(new Object[]{changed, hostile.getValue()});
                    send(method, template, path, contentType, Fixtures.JSON.writeValueAsBytes(changed),
                            leaf.path() + " = " + hostile.getKey());
                }
            }
            sendChunked(method, template, path, contentType, oversizeJson(sample), "chunked JSON over the limit");
        } else if (contentType.equals("application/x-www-form-urlencoded")) {
            for (String value : List.of(HUGE_STRING.substring(0, 100_000), "1e999999999", "-1", "\u0000", "+999999999-12-31",
                    "=cmd|' /C calc'!A0", "PT-1H")) {
                send(method, template, path, contentType, form(value), "every form field = " + abbreviate(value));
            }
            sendChunked(method, template, path, contentType, ("reason=" + "x".repeat(OVERSIZE)).getBytes(StandardCharsets.UTF_8),
                    "chunked form over the limit");
        } else {
            for (var variant : Map.of("empty", new byte[0], "garbage", "not this at all \u0000\u0001".getBytes(StandardCharsets.UTF_8),
                    "JSON instead", "{\"a\": 1e999999999}".getBytes(StandardCharsets.UTF_8)).entrySet()) {
                send(method, template, path, contentType, variant.getValue(), variant.getKey());
            }
            sendChunked(method, template, path, contentType, "a,b\n".repeat(1_000).getBytes(StandardCharsets.UTF_8), "chunked");
        }
    }

    private void send(String method, String template, String path, String contentType, byte[] body, String what) throws IOException, InterruptedException {
        send(method, template, path, contentType, body, Map.of(), what);
    }

    private void send(String method, String template, String path, String contentType, byte[] body, Map<String, String> headers,
                      String what) throws IOException, InterruptedException {
        var request = request(template, path, headers);
        if (contentType != null && body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        check(method, template, path, what, request);
    }

    private void sendChunked(String method, String template, String path, String contentType, byte[] body, String what)
            throws IOException, InterruptedException {
        var request = request(template, path, Map.of()).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        check(method, template, path, what, request);
    }

    private HttpRequest.Builder request(String template, String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).timeout(Duration.ofSeconds(60));
        if (template.startsWith("/api/")) {
            request.header("Authorization", template.startsWith("/api/v1/me") ? employeeAuthorization : apiAuthorization);
        } else {
            request.header("Cookie", template.startsWith("/me") ? employeeCookie : pageCookie);
        }
        headers.forEach(request::header);
        return request;
    }

    private void check(String method, String template, String path, String what, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        sent++;
        String where = method + " " + template + " [" + what + "]";
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            // The server may close the connection on a body it refuses before reading it all; that is no 5xx.
            if (what.contains("chunked") || what.contains("over the limit")) {
                return;
            }
            failures.add(where + ": " + e);
            return;
        }
        long size;
        try {
            size = drain(answer.body());
        } catch (IOException e) {
            size = 0;    // the server closed the connection after answering (a refused upload it did not read to its end)
        }
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(where + ": " + status);
        } else if (status >= 400 && template.startsWith("/api/") && !type.startsWith("application/problem+json")) {
            failures.add(where + ": " + status + " answered as " + type);
        } else if (size > LARGEST_ANSWER) {
            failures.add(where + ": an answer of " + size + " bytes");
        }
    }

    private static long drain(InputStream body) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (body) {
            for (int n; (n = body.read(buffer)) != -1; ) {
                total += n;
                if (total > LARGEST_ANSWER) {
                    break;
                }
            }
        }
        return total;
    }

    // ---- hostile values --------------------------------------------------------------------------------------

    private List<String> pathValues(JsonNode p) {
        List<String> values = new ArrayList<>(List.of("99999999999999999999", "-1", "0", "abc", "1e3", "%00", LONG_PARAMETER));
        if (!"integer".equals(p.path("schema").path("type").asText())) {
            values.addAll(List.of("%2e%2e%2f%2e%2e%2fetc", "QL-" + "Z".repeat(500)));
        }
        return values;
    }

    private List<String> queryValues(JsonNode p) {
        List<String> values = new ArrayList<>(List.of("", "abc", "-1", "99999999999999999999", "1e999999999", LONG_PARAMETER,
                "\u0000", "+999999999-12-31", "-999999999-01-01", "2026-02-30", "0000-01-01", "9999-12-31"));
        if ("integer".equals(p.path("schema").path("type").asText())) {
            values.addAll(List.of("2147483648", "-2147483649", "1.5"));
        }
        return values;
    }

    private static Map<String, byte[]> wholeJsonBodies() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (String body : List.of("", "null", "[]", "{}", "\"x\"", "1e999999999", "true", "{", "{\"a\":}", "[1,2,",
                "{\"a\":1,\"a\":2}", "\u0000")) {
            bodies.put("body " + abbreviate(body), body.getBytes(StandardCharsets.UTF_8));
        }
        bodies.put("arrays nested 100,000 deep", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        bodies.put("objects nested 50,000 deep", ("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)).getBytes(StandardCharsets.UTF_8));
        bodies.put("a number of 1,000,000 digits", "9".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        bodies.put("a string of 1.5 MB", ("\"" + HUGE_STRING + "\"").getBytes(StandardCharsets.UTF_8));
        bodies.put("not UTF-8", new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        return bodies;
    }

    private Map<String, JsonNode> hostileValues(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        switch (type) {
            case "integer", "number" -> {
                values.put("1e999999999", number("1e999999999"));
                values.put("-1e999999999", number("-1e999999999"));
                values.put("1e-999999999", number("1e-999999999"));
                values.put("30 digits", number("123456789012345678901234567890"));
                values.put("-1", NODES.numberNode(-1));
                values.put("2^31", NODES.numberNode(2147483648L));
                values.put("1e308 * 10", number("1e309"));
                values.put("\"12\"", NODES.textNode("12"));
            }
            case "boolean" -> values.put("\"yes\"", NODES.textNode("yes"));
            case "array" -> {
                JsonNode item = sample(schema.path("items"));
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 5_000; i++) {
                    many.add(item);
                }
                values.put("5,000 items", many);
                values.put("[null]", NODES.arrayNode().addNull());
                values.put("nested", Fixtures.tree("[[[[[[[[[[1]]]]]]]]]]"));
                values.put("an object", NODES.objectNode());
            }
            case "object" -> {
                values.put("an array", NODES.arrayNode());
                values.put("a string", NODES.textNode("x"));
            }
            default -> {
                if (format.equals("date")) {
                    values.put("year +999999999", NODES.textNode("+999999999-12-31"));
                    values.put("year -999999999", NODES.textNode("-999999999-01-01"));
                    values.put("year 0", NODES.textNode("0000-01-01"));
                    values.put("Feb 30", NODES.textNode("2026-02-30"));
                } else if (format.equals("date-time")) {
                    values.put("year +999999999", NODES.textNode("+999999999-12-31T23:59:59Z"));
                    values.put("year -1000000000", NODES.textNode("-1000000000-01-01T00:00:00Z"));
                    values.put("year 0", NODES.textNode("0000-01-01T00:00:00Z"));
                } else if (format.equals("duration")) {
                    values.put("PT2562047788015215H", NODES.textNode("PT2562047788015215H"));
                    values.put("P106751991167300D", NODES.textNode("P106751991167300D"));
                    values.put("PT-1H", NODES.textNode("PT-1H"));
                    values.put("PT0S", NODES.textNode("PT0S"));
                    values.put("PT0.000000001S", NODES.textNode("PT0.000000001S"));
                } else if (schema.has("enum")) {
                    values.put("not in the enum", NODES.textNode("NOT_A_VALUE"));
                }
                values.put("200,000 characters", NODES.textNode(LONG_STRING));
                values.put("empty", NODES.textNode(""));
                values.put("control characters", NODES.textNode("\u0000\u0001\u001b[31m"));
                values.put("formula", NODES.textNode("=cmd|' /C calc'!A0"));
                values.put("a number", NODES.numberNode(1e300));
                values.put("an array", NODES.arrayNode().add("x"));
            }
        }
        values.put("null", NODES.nullNode());
        return values;
    }

    private static JsonNode number(String literal) {
        return NODES.numberNode(new java.math.BigDecimal(literal));
    }

    // ---- schema-derived bodies ----------------------------------------------------------------------------

    private record Leaf(String path, JsonNode schema, Consumer<Object[]> set) {
    }

    /** Every field of the sample, with its schema and a way to replace it in a copy: {copy, value}. */
    private List<Leaf> leaves(JsonNode sample, JsonNode schema, String path) {
        List<Leaf> out = new ArrayList<>();
        JsonNode resolved = resolve(schema);
        if (sample instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode fieldSchema = resolve(resolved.path("properties").path(name));
                String fieldPath = path.isEmpty() ? name : path + "." + name;
                out.add(new Leaf(fieldPath, fieldSchema, args -> at((JsonNode) args[0], path).set(name, (JsonNode) args[1])));
                JsonNode value = object.get(name);
                if (value.isObject()) {
                    out.addAll(leaves(value, fieldSchema, fieldPath));
                } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                    out.addAll(leaves(value.get(0), fieldSchema.path("items"), fieldPath + "[0]"));
                }
            }
        } else if (sample instanceof ArrayNode array && !array.isEmpty() && array.get(0).isObject()) {
            out.addAll(leaves(array.get(0), resolved.path("items"), "[0]"));
        }
        return out;
    }

    private static ObjectNode at(JsonNode root, String path) {
        JsonNode node = root;
        if (!path.isEmpty()) {
            for (String part : path.split("\\.")) {
                if (part.startsWith("[")) {
                    node = node.get(0);
                    continue;
                }
                boolean indexed = part.endsWith("[0]");
                node = node.get(indexed ? part.substring(0, part.length() - 3) : part);
                if (indexed) {
                    node = node.get(0);
                }
            }
        }
        return (ObjectNode) node;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        if (s.has("$ref")) {
            s = schemas.path(s.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (s.has("allOf")) {
            return resolve(s.get("allOf").get(0));
        }
        return s;
    }

    private JsonNode sample(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        return switch (s.path("type").asText("")) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                s.path("properties").fields().forEachRemaining(f -> o.set(f.getKey(), sample(f.getValue())));
                yield o;
            }
            case "array" -> NODES.arrayNode().add(sample(s.path("items")));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            default -> switch (s.path("format").asText("")) {
                case "date" -> NODES.textNode("2026-03-02");
                case "date-time" -> NODES.textNode("2026-03-02T10:00:00Z");
                case "duration" -> NODES.textNode("PT1H");
                default -> NODES.textNode("x");
            };
        };
    }

    private JsonNode schemaOf(String template, JsonNode schema) {
        if (template.endsWith("/work-speed/records")) {
            return Fixtures.tree("""
                    {"type": "array", "items": {"type": "object", "properties": {
                      "employeeNumber": {"type": "string"}, "date": {"type": "string", "format": "date"},
                      "metric": {"type": "string"}, "units": {"type": "number"},
                      "timeOnTaskMinutes": {"type": "integer"}, "offTaskBathroom": {"type": "integer"},
                      "offTaskBreak": {"type": "integer"}, "offTaskSafety": {"type": "integer"},
                      "offTaskOther": {"type": "integer"}}}}""");
        }
        return schema;
    }

    /** A body the operation would accept (or that at least gets past its reader), to vary one field at a time. */
    private byte[] validBody(String template, String contentType, JsonNode content) throws IOException {
        if (contentType == null) {
            return null;
        }
        if (template.endsWith("quota-descriptions") || template.endsWith("/document") || template.equals("/api/v1/checks")) {
            var f = new Fixtures.Facility(Long.parseLong(ids.get("facility")), 0, ids.get("facilityCode"), "Walk", "CA", "493110", 1450, 9800);
            return Fixtures.document(f, ids.get("roleCode")).toString().getBytes(StandardCharsets.UTF_8);
        }
        if (template.endsWith("/work-speed/records")) {
            return ("[{\"employeeNumber\":\"" + ids.get("employeeNumber") + "\",\"date\":\"2026-03-02\",\"metric\":\"picks\","
                    + "\"units\":100,\"timeOnTaskMinutes\":400,\"offTaskBathroom\":5,\"offTaskBreak\":30,\"offTaskSafety\":0,"
                    + "\"offTaskOther\":0}]").getBytes(StandardCharsets.UTF_8);
        }
        if (contentType.contains("json")) {
            return Fixtures.JSON.writeValueAsBytes(sample(content.path(contentType).path("schema")));
        }
        if (contentType.startsWith("text/")) {
            return "employee_number,date,metric,units,time_on_task_minutes\n".getBytes(StandardCharsets.UTF_8);
        }
        if (contentType.equals("application/x-www-form-urlencoded")) {
            return form("x");
        }
        return "x".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] form(String value) {
        StringBuilder form = new StringBuilder();
        for (String name : List.of("facilityId", "employeeNumber", "receivedOn", "kind", "channel", "reason", "overrideReason",
                "roleCode", "username", "password", "role", "displayName", "email", "employeeId", "facilityIds", "jurisdiction",
                "effectiveDate", "shift", "languages", "employeeLanguages", "onCall", "adverseActions", "incentives",
                "timeOffTask.tracked", "timeOffTask.limit", "excluded", "quotas[0].name", "quotas[0].kind", "quotas[0].task",
                "quotas[0].quantity", "quotas[0].unit", "quotas[0].period", "quotas[0].basis", "quotas[0].howMeasured",
                "quotas[0].adverseActions", "partial")) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] oversizeJson(JsonNode sample) throws IOException {
        ObjectNode padded = sample.isObject() ? (ObjectNode) sample.deepCopy() : NODES.objectNode();
        padded.put("padding", "y".repeat(OVERSIZE));
        return Fixtures.JSON.writeValueAsBytes(padded);
    }

    private String fill(String template, Map<String, String> values) {
        String path = template;
        var m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            String name = m.group(1);
            String value = values.getOrDefault(name, idFor(template, name));
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private String idFor(String template, String name) {
        if (name.equals("code")) {
            return ids.get("code");
        }
        String before = template.substring(0, template.indexOf("{" + name + "}"));
        String[] parts = before.split("/");
        String kind = parts[parts.length - 1];
        return switch (kind) {
            case "facilities" -> ids.get("facility");
            case "employees" -> ids.get("employee");
            case "quota-descriptions", "descriptions" -> ids.get("description");
            case "deliveries" -> ids.get("delivery");
            case "requests" -> template.contains("/me/") ? ids.get("ownRequest") : ids.get("request");
            case "notices" -> ids.get("notice");
            case "notice-jobs" -> ids.get("job");
            case "users" -> ids.get("user");
            default -> "1";
        };
    }

    private static String abbreviate(String value) {
        String shown = value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    // ---- data to walk over -----------------------------------------------------------------------------------

    /** A facility with an active description, an employee with a delivery, a notice, a request, a job; a cheap login. */
    private void prepare() throws Exception {
        var facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility);
        long active = Fixtures.activeDescription(facility, role);
        long draft = Fixtures.file(facility, Fixtures.document(facility, role.code()));
        var employee = Fixtures.employee(facility, role);
        var employeeUser = Fixtures.employeeUser(employee);
        long delivery = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("descriptionId", active, "channel", "PAPER", "language", "en"))
                .when().post("/api/v1/employees/" + employee.id() + "/deliveries").then().statusCode(201).extract().jsonPath().getLong("id");
        var notice = Fixtures.asAdmin().contentType(ContentType.JSON).when().post("/api/v1/employees/" + employee.id() + "/notices")
                .then().statusCode(201).extract().jsonPath();
        long request = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2026-03-02", "kind", "DESCRIPTION", "channel", "WRITTEN"))
                .when().post("/api/v1/employees/" + employee.id() + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");
        long job = Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/facilities/" + facility.id() + "/notice-jobs").then().statusCode(202).extract().jsonPath().getLong("id");
        ids = new LinkedHashMap<>();
        ids.put("facility", String.valueOf(facility.id()));
        ids.put("facilityCode", facility.code());
        ids.put("roleCode", role.code());
        ids.put("employee", String.valueOf(employee.id()));
        ids.put("employeeNumber", employee.employeeNumber());
        ids.put("description", String.valueOf(draft));
        ids.put("delivery", String.valueOf(delivery));
        ids.put("notice", String.valueOf(notice.getLong("id")));
        ids.put("code", notice.getString("verificationCode"));
        ids.put("request", String.valueOf(request));
        ids.put("ownRequest", String.valueOf(request));
        ids.put("job", String.valueOf(job));

        String walker = "walker-" + Fixtures.unique();
        long walkerId = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", walker, "password", PASSWORD, "role", "admin", "displayName", "Walker"))
                .when().post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");
        // The account operations walk over the walker's own account, which an admin may not disable or demote: an
        // id of 1 would be the bootstrap admin every later test signs in as.
        ids.put("user", String.valueOf(walkerId));
        apiAuthorization = basic(walker, PASSWORD);
        employeeAuthorization = basic(employeeUser.username(), employeeUser.password());
        pageCookie = sessionCookie(walker, PASSWORD);
        employeeCookie = sessionCookie(employeeUser.username(), employeeUser.password());
    }

    /** Signs in through the form as a browser does (its CSRF token included) and returns the cookies it then holds. */
    private String sessionCookie(String username, String password) {
        var login = io.restassured.RestAssured.given().redirects().follow(false).when().get("/login").then().statusCode(200).extract();
        var cookies = new java.util.LinkedHashMap<String, String>();
        login.detailedCookies().asList().forEach(c -> cookies.put(c.getName(), c.getValue()));
        var token = java.util.regex.Pattern.compile("name=\"" + Fixtures.CSRF_FIELD + "\" value=\"([^\"]+)\"").matcher(login.asString());
        if (!token.find()) {
            throw new AssertionError("the login page carries no CSRF token");
        }
        var response = io.restassured.RestAssured.given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password).formParam(Fixtures.CSRF_FIELD, token.group(1))
                .when().post("/j_security_check").then().statusCode(302).extract();
        response.detailedCookies().asList().forEach(c -> cookies.put(c.getName(), c.getValue()));
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .reduce((x, y) -> x + "; " + y).orElseThrow();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
