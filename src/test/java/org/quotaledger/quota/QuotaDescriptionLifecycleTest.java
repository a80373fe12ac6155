package org.quotaledger.quota;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Description;
import org.quotaledger.testing.Fixtures.Facility;
import org.quotaledger.testing.Fixtures.JobRole;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.quotaledger.testing.Fixtures.asAdmin;

/** Filing a v1 document, reading it back, and moving versions through DRAFT → IN_REVIEW → ACTIVE → SUPERSEDED. */
@QuarkusTest
class QuotaDescriptionLifecycleTest {

    @Test
    void filingTheSpecSampleCreatesVersionOneAsADraftAtItsLocation() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);

        var response = asAdmin().contentType(ContentType.JSON).body(Fixtures.document(facility, role.code()).toString())
                .when().post("/api/v1/facilities/" + facility.id() + "/quota-descriptions")
                .then().statusCode(201)
                .body("description.version", equalTo(1))
                .body("description.status", equalTo("DRAFT"))
                .body("description.facilityCode", equalTo(facility.code()))
                .body("description.roleCode", equalTo(role.code()))
                .extract();

        long id = response.jsonPath().getLong("description.id");
        assertThat(response.header("Location")).endsWith("/api/v1/quota-descriptions/" + id);
        asAdmin().when().get(response.header("Location"))
                .then().statusCode(200).body("description.id", equalTo((int) id));
    }

    @Test
    void theDocumentReadsBackExactlyAsItWasFiled() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        ObjectNode filed = Fixtures.document(facility, role.code());

        long id = Fixtures.file(facility, filed);
        JsonNode stored = Fixtures.storedDocument(id);

        for (String field : List.of("schema", "jurisdiction", "facility", "role", "shift", "onCall", "effectiveDate",
                "languages", "employeeLanguages", "quotas", "timeOffTask", "breaksCountedAsProductive", "adverseActions",
                "incentiveProgram", "incentives", "rightsStatement")) {
            assertThat(stored.get(field)).as(field).isEqualTo(filed.get(field));
        }
        assertThat(stored).isEqualTo(filed);
    }

    @Test
    void readingBackTakesTheFacilityBlockFromTheRegistry() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        ObjectNode filed = Fixtures.document(facility, role.code());
        ((ObjectNode) filed.get("facility")).put("siteNonexemptHeadcount", 3).put("name", "What the sender believes");

        long id = Fixtures.file(facility, filed);
        JsonNode stored = Fixtures.storedDocument(id);

        assertThat(stored.get("facility")).isEqualTo(Fixtures.document(facility, role.code()).get("facility"));
        assertThat(stored.get("quotas")).isEqualTo(filed.get("quotas"));
    }

    @Test
    void aDraftIsSubmittedForReviewAndThenActivated() {
        Description d = Fixtures.draftDescription();

        asAdmin().when().post("/api/v1/quota-descriptions/" + d.id() + "/submission")
                .then().statusCode(200).body("description.status", equalTo("IN_REVIEW"));
        assertThat(Fixtures.status(d.id())).isEqualTo("IN_REVIEW");

        asAdmin().contentType(ContentType.JSON).when().post("/api/v1/quota-descriptions/" + d.id() + "/activation")
                .then().statusCode(200).body("description.status", equalTo("ACTIVE"))
                .body("description.activatedBy", equalTo("admin"));
        assertThat(Fixtures.status(d.id())).isEqualTo("ACTIVE");
    }

    @Test
    void activationAcceptsABarePostWithoutBodyOrContentType() throws Exception {
        Description d = Fixtures.draftDescription();
        Fixtures.submit(d.id());
        // REST Assured always adds a Content-Type to a POST; curl and most clients send none without a body.
        var request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/quota-descriptions/" + d.id() + "/activation"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((Fixtures.ADMIN + ":" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Fixtures.status(d.id())).isEqualTo("ACTIVE");
    }

    @Test
    void anOverrideReasonIsRecordedOnActivation() {
        Description d = Fixtures.draftDescription();
        Fixtures.submit(d.id());

        asAdmin().contentType(ContentType.JSON).body(Map.of("overrideReason", "Counsel approved the wording"))
                .when().post("/api/v1/quota-descriptions/" + d.id() + "/activation")
                .then().statusCode(200).body("description.activationOverrideReason", equalTo("Counsel approved the wording"));
    }

    @Test
    void theManagerOfTheFacilityRunsTheWholeLifecycle() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        var manager = Fixtures.manager(facility);

        long id = Fixtures.as(manager).contentType(ContentType.JSON).body(Fixtures.document(facility, role.code()).toString())
                .when().post("/api/v1/facilities/" + facility.id() + "/quota-descriptions")
                .then().statusCode(201).body("description.filedBy", equalTo(manager.username()))
                .extract().jsonPath().getLong("description.id");
        Fixtures.as(manager).when().post("/api/v1/quota-descriptions/" + id + "/submission").then().statusCode(200);
        Fixtures.as(manager).contentType(ContentType.JSON).when().post("/api/v1/quota-descriptions/" + id + "/activation").then().statusCode(200);

        assertThat(Fixtures.status(id)).isEqualTo("ACTIVE");
    }

    @Test
    void activatingVersionTwoSupersedesVersionOne() {
        Description v1 = Fixtures.draftDescription();
        Fixtures.submit(v1.id());
        Fixtures.activate(v1.id());

        long v2 = Fixtures.file(v1.facility(), Fixtures.document(v1));
        asAdmin().when().get("/api/v1/quota-descriptions/" + v2)
                .then().statusCode(200).body("description.version", equalTo(2)).body("description.status", equalTo("DRAFT"));
        assertThat(Fixtures.status(v1.id())).as("v1 stays in force while v2 is a draft").isEqualTo("ACTIVE");

        Fixtures.submit(v2);
        Fixtures.activate(v2);

        assertThat(Fixtures.status(v2)).isEqualTo("ACTIVE");
        assertThat(Fixtures.status(v1.id())).isEqualTo("SUPERSEDED");
        List<Map<String, Object>> history = asAdmin().when().get("/api/v1/quota-descriptions/" + v2 + "/history")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(history).extracting(h -> h.get("version") + ":" + h.get("status"))
                .containsExactly("2:ACTIVE", "1:SUPERSEDED");
    }

    @Test
    void anActiveVersionCannotBeRevised() {
        Description d = Fixtures.draftDescription();
        Fixtures.submit(d.id());
        Fixtures.activate(d.id());
        JsonNode before = Fixtures.storedDocument(d.id());
        ObjectNode changed = Fixtures.document(d);
        ((ObjectNode) changed.get("quotas").get(0)).put("quantity", 999);

        asAdmin().contentType(ContentType.JSON).body(changed.toString())
                .when().put("/api/v1/quota-descriptions/" + d.id() + "/document")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));

        assertThat(Fixtures.storedDocument(d.id())).isEqualTo(before);
        assertThat(Fixtures.status(d.id())).isEqualTo("ACTIVE");
    }

    @Test
    void aSupersededVersionCannotBeRevised() {
        Description v1 = Fixtures.draftDescription();
        Fixtures.submit(v1.id());
        Fixtures.activate(v1.id());
        long v2 = Fixtures.file(v1.facility(), Fixtures.document(v1));
        Fixtures.submit(v2);
        Fixtures.activate(v2);
        JsonNode before = Fixtures.storedDocument(v1.id());
        ObjectNode changed = Fixtures.document(v1);
        ((ObjectNode) changed.get("quotas").get(0)).put("quantity", 1);

        asAdmin().contentType(ContentType.JSON).body(changed.toString())
                .when().put("/api/v1/quota-descriptions/" + v1.id() + "/document")
                .then().statusCode(409).contentType("application/problem+json");

        assertThat(Fixtures.storedDocument(v1.id())).isEqualTo(before);
        assertThat(Fixtures.status(v1.id())).isEqualTo("SUPERSEDED");
    }

    @Test
    void aDraftCanBeRevisedAndReadsBackRevised() {
        Description d = Fixtures.draftDescription();
        ObjectNode changed = Fixtures.document(d);
        ((ObjectNode) changed.get("quotas").get(0)).put("quantity", 110);

        asAdmin().contentType(ContentType.JSON).body(changed.toString())
                .when().put("/api/v1/quota-descriptions/" + d.id() + "/document")
                .then().statusCode(200).body("description.status", equalTo("DRAFT"));

        assertThat(Fixtures.storedDocument(d.id())).isEqualTo(changed);
    }

    @Test
    void revisingAVersionInReviewSendsItBackToDraft() {
        Description d = Fixtures.draftDescription();
        Fixtures.submit(d.id());
        ObjectNode changed = Fixtures.document(d);
        ((ObjectNode) changed.get("quotas").get(0)).put("quantity", 115);

        asAdmin().contentType(ContentType.JSON).body(changed.toString())
                .when().put("/api/v1/quota-descriptions/" + d.id() + "/document")
                .then().statusCode(200).body("description.status", equalTo("DRAFT"));

        assertThat(Fixtures.storedDocument(d.id())).isEqualTo(changed);
        asAdmin().contentType(ContentType.JSON).when().post("/api/v1/quota-descriptions/" + d.id() + "/activation")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aDraftThatWasNotReviewedCannotBeActivated() {
        Description d = Fixtures.draftDescription();

        asAdmin().contentType(ContentType.JSON).when().post("/api/v1/quota-descriptions/" + d.id() + "/activation")
                .then().statusCode(409).contentType("application/problem+json");

        assertThat(Fixtures.status(d.id())).isEqualTo("DRAFT");
    }

    @Test
    void aDraftCanBeDeleted() {
        Description d = Fixtures.draftDescription();

        asAdmin().when().delete("/api/v1/quota-descriptions/" + d.id()).then().statusCode(204);

        asAdmin().when().get("/api/v1/quota-descriptions/" + d.id())
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(Fixtures.descriptionCount(d.facility())).isZero();
    }

    @Test
    void anActiveVersionCannotBeDeleted() {
        Description d = Fixtures.draftDescription();
        Fixtures.submit(d.id());
        Fixtures.activate(d.id());

        asAdmin().when().delete("/api/v1/quota-descriptions/" + d.id())
                .then().statusCode(409).contentType("application/problem+json");

        assertThat(Fixtures.status(d.id())).isEqualTo("ACTIVE");
        assertThat(Fixtures.descriptionCount(d.facility())).isEqualTo(1);
    }

    @Test
    void theDiffOfVersionTwoReportsQuantityPeriodAdverseActionAndNewQuota() {
        Description v1 = Fixtures.draftDescription();
        ObjectNode next = Fixtures.document(v1);
        ObjectNode pick = (ObjectNode) next.get("quotas").get(0);
        pick.put("quantity", 130);
        pick.put("period", "PT30M");
        ((ArrayNode) next.get("adverseActions")).add("Final warning after ten shifts below rate in 60 days");
        ((ArrayNode) next.get("quotas")).addObject()
                .put("name", "Stow rate").put("kind", "COUNT").put("task", "units stowed")
                .put("quantity", 90).put("unit", "units").put("period", "PT1H").put("basis", "INDIVIDUAL")
                .put("howMeasured", "Scanner events per productive hour");
        long v2 = Fixtures.file(v1.facility(), next);

        JsonPath diff = asAdmin().when().get("/api/v1/quota-descriptions/" + v2 + "/diff")
                .then().statusCode(200)
                .body("fromVersion", equalTo(1)).body("toVersion", equalTo(2))
                .extract().jsonPath();
        List<Map<String, String>> changes = diff.getList("changes");

        assertThat(changes).extracting(c -> c.get("path"), c -> c.get("kind"), c -> c.get("before"), c -> c.get("after"))
                .contains(
                        org.assertj.core.groups.Tuple.tuple("quotas[Pick rate].quantity", "CHANGED", "120", "130"),
                        org.assertj.core.groups.Tuple.tuple("quotas[Pick rate].period", "CHANGED", "PT1H", "PT30M"),
                        org.assertj.core.groups.Tuple.tuple("adverseActions", "ADDED", null,
                                "Final warning after ten shifts below rate in 60 days"));
        assertThat(changes).filteredOn(c -> "quotas[Stow rate]".equals(c.get("path")))
                .singleElement().satisfies(c -> {
                    assertThat(c.get("kind")).isEqualTo("ADDED");
                    assertThat(c.get("summary")).contains("Stow rate").contains("90 units per hour");
                });
        assertThat(changes).as("nothing else changed").hasSize(4);
    }

    @Test
    void versionOneHasNoPreviousVersionToDiffAgainst() {
        Description d = Fixtures.draftDescription();

        asAdmin().when().get("/api/v1/quota-descriptions/" + d.id() + "/diff")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void theLocationOfANewDescriptionIsUnderTheDescriptionsCollection() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        asAdmin().contentType(ContentType.JSON).body(Fixtures.document(facility, role.code()).toString())
                .when().post("/api/v1/facilities/" + facility.id() + "/quota-descriptions")
                .then().statusCode(201).header("Location", endsWith("/api/v1/quota-descriptions/"
                        + Fixtures.descriptionIdOfOnlyVersion(facility)));
    }

    /**
     * The filing form ticks "Time off task is measured" with an empty limit, and "Shift length" may be left empty: a
     * draft filed so must still show its page (it answered 500 reading the missing limit).
     */
    @Test
    void aDraftWithEmptyOptionalFieldsShowsItsPage() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        ObjectNode doc = Fixtures.document(facility, role.code());
        doc.remove("shift");
        ((ObjectNode) doc.get("timeOffTask")).putNull("limit");
        ((ObjectNode) doc.get("timeOffTask")).put("tracked", true);
        long id = Fixtures.file(facility, doc);

        String page = asAdmin().when().get("/descriptions/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("shift not stated").contains("Measured, with a limit of <strong>not stated</strong> per shift.");

        var browser = Fixtures.signIn(Fixtures.admin());
        String location = RestAssured.given().filter(browser).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .formParam("role", role.code()).formParam("jurisdiction", facility.state())
                .formParam("shift", "").formParam("timeOffTask.tracked", "true").formParam("timeOffTask.limit", "")
                .formParam("languages", "en").formParam("rightsStatement", "true")
                .formParam("quotas[0].name", "Units picked").formParam("quotas[0].kind", "COUNT")
                .formParam("quotas[0].quantity", "100").formParam("quotas[0].unit", "units")
                .formParam("quotas[0].period", "PT1H")
                .when().post("/facilities/" + facility.id() + "/descriptions")
                .then().statusCode(303).extract().header("Location");
        RestAssured.given().filter(browser).when().get(URI.create(location).getPath()).then().statusCode(200);
    }

    /** Issue 14: the form files the manager's text in another language beside the English, and shows it back. */
    @Test
    void theFormFilesATranslationBesideTheEnglishAndShowsItBackForEditing() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        var browser = Fixtures.signIn(Fixtures.admin());
        String location = RestAssured.given().filter(browser).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                .formParam("role", role.code()).formParam("jurisdiction", facility.state())
                .formParam("languages", "en").formParam("rightsStatement", "true")
                .formParam("quotas[0].name", "Units picked").formParam("quotas[0].kind", "COUNT")
                .formParam("quotas[0].quantity", "100").formParam("quotas[0].unit", "units")
                .formParam("quotas[0].period", "1 hour").formParam("quotas[0].howMeasured", "Scans per hour")
                .formParam("adverseActions", "Written warning")
                .formParam("translations[0].language", "es").formParam("translations[0].roleTitle", "Preparador")
                .formParam("translations[0].quotas[0].name", "Unidades preparadas")
                .formParam("translations[0].quotas[0].unit", "unidades")
                .formParam("translations[0].quotas[0].howMeasured", "Escaneos por hora")
                .formParam("translations[0].adverseActions", "Advertencia por escrito")
                .when().post("/facilities/" + facility.id() + "/descriptions")
                .then().statusCode(303).extract().header("Location");
        String path = URI.create(location).getPath();

        var document = RestAssured.given().filter(browser).when().get(path + "/document.json").then().statusCode(200)
                .extract().jsonPath();
        assertThat(document.getList("languages", String.class)).containsExactly("en", "es");
        assertThat(document.getString("translations.es.quotas[0].name")).isEqualTo("Unidades preparadas");
        assertThat(document.getString("translations.es.quotas[0].howMeasured")).isEqualTo("Escaneos por hora");
        assertThat(document.getList("translations.es.adverseActions", String.class)).containsExactly("Advertencia por escrito");
        RestAssured.given().filter(browser).when().get(path + "/edit").then().statusCode(200)
                .body(containsString("value=\"Unidades preparadas\"")).body(containsString("English: Scans per hour"))
                .body(containsString("Add a language"));
    }

    /** Durations are typed in words and stored as ISO-8601; the edit form shows them back in words. */
    @Test
    void theFormTakesDurationsInWords() {
        Facility facility = Fixtures.facility();
        JobRole role = Fixtures.role(facility);
        var browser = Fixtures.signIn(Fixtures.admin());
        java.util.function.Function<String, io.restassured.specification.RequestSpecification> form = shift ->
                RestAssured.given().filter(browser).redirects().follow(false)
                        .contentType("application/x-www-form-urlencoded")
                        .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser))
                        .formParam("role", role.code()).formParam("jurisdiction", facility.state())
                        .formParam("shift", shift).formParam("timeOffTask.tracked", "true")
                        .formParam("timeOffTask.limit", "30 minutes")
                        .formParam("languages", "en").formParam("rightsStatement", "true")
                        .formParam("quotas[0].name", "Units picked").formParam("quotas[0].kind", "COUNT")
                        .formParam("quotas[0].quantity", "100").formParam("quotas[0].unit", "units")
                        .formParam("quotas[0].period", "1 hour");

        form.apply("ten-ish hours").when().post("/facilities/" + facility.id() + "/descriptions")
                .then().statusCode(422).body(containsString("Write a duration such as 30 minutes or 10 hours"));
        String location = form.apply("10 hours").when().post("/facilities/" + facility.id() + "/descriptions")
                .then().statusCode(303).extract().header("Location");
        String path = URI.create(location).getPath();
        var document = RestAssured.given().filter(browser).when().get(path + "/document.json").then().statusCode(200)
                .extract().jsonPath();
        assertThat(document.getString("shift")).isEqualTo("PT10H");
        assertThat(document.getString("timeOffTask.limit")).isEqualTo("PT30M");
        assertThat(document.getString("quotas[0].period")).isEqualTo("PT1H");
        RestAssured.given().filter(browser).when().get(path + "/edit").then().statusCode(200)
                .body(containsString("value=\"10 hours\"")).body(containsString("value=\"30 minutes\""))
                .body(containsString("value=\"1 hour\""));
    }

    /** The diff page says what happened to each part in words, not as the enum's constant. */
    @Test
    void theDiffPageNamesChangesInWords() {
        Description v1 = Fixtures.draftDescription();
        ObjectNode next = Fixtures.document(v1);
        ((ObjectNode) next.get("quotas").get(0)).put("quantity", 130);
        long v2 = Fixtures.file(v1.facility(), next);
        String page = asAdmin().when().get("/descriptions/" + v2 + "/diff").then().statusCode(200).extract().asString();
        assertThat(page).contains("changed</span>").doesNotContain("CHANGED</span>");
    }
}
