package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotaledger.testing.Fixtures;
import org.quotaledger.testing.Fixtures.Description;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.quotaledger.testing.Fixtures.asAdmin;

/**
 * Every kind of bad document is refused with a 4xx problem+json and changes nothing, whether it is
 * filed as a new version or sent as a revision of a draft.
 */
@QuarkusTest
class QuotaDocumentBadInputTest {

    /** One bad request: how to spoil the valid sample document, and the answer expected. */
    record BadInput(String description, String contentType, Function<ObjectNode, String> body, int status,
                    String detailMentions) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                new BadInput("malformed JSON", "application/json", doc -> "{\"schema\": ", 400, "not valid JSON"),
                new BadInput("a quantity that is not a number", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("quantity", "lots")), 400, "quantity"),
                new BadInput("a shift that is a number, not an ISO-8601 duration", "application/json",
                        doc -> with(doc, d -> d.put("shift", 5)), 400, "shift"),
                new BadInput("a quantity that is a number in a string", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("quantity", "120")), 400, "quantity"),
                new BadInput("a quota name that is a number", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("name", 7)), 400, "name"),
                new BadInput("a quota kind given by its position", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("kind", 0)), 400, "kind"),
                new BadInput("a quota kind that does not exist", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("kind", "FAST")), 400, "kind"),
                new BadInput("an unknown field", "application/json",
                        doc -> with(doc, d -> d.putArray("quotass")), 400, "quotass"),
                new BadInput("an unknown field inside a quota", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("quantty", 5)), 400, "quantty"),
                new BadInput("no jurisdiction", "application/json",
                        doc -> with(doc, d -> d.remove("jurisdiction")), 400, "jurisdiction"),
                new BadInput("no role", "application/json", doc -> with(doc, d -> d.remove("role")), 400, "role"),
                new BadInput("another facility's code", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("facility")).put("code", "NOT-THIS-ONE")), 422, "NOT-THIS-ONE"),
                new BadInput("a role code the facility does not have", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("role")).put("code", "NO-SUCH-ROLE")), 422, "NO-SUCH-ROLE"),
                new BadInput("a JSON array instead of an object", "application/json", doc -> "[" + doc + "]", 400, null),
                new BadInput("an empty body", "application/json", doc -> "", 400, null),
                new BadInput("a text/plain body", "text/plain", JsonNode::toString, 415, "text/plain"),
                new BadInput("a quantity of 1e999999999 (a gigabyte of digits when printed)", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("quantity", new java.math.BigDecimal("1e999999999"))),
                        400, "quotas[0].quantity"),
                new BadInput("a quantity of 1e1001 (longer than JSON numbers are read back)", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("quantity", new java.math.BigDecimal("1e1001"))),
                        400, "quotas[0].quantity"),
                new BadInput("a quantity of 1e-999999999", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("quantity", new java.math.BigDecimal("1e-999999999"))),
                        400, "quotas[0].quantity"),
                new BadInput("a negative shift", "application/json", doc -> with(doc, d -> d.put("shift", "PT-1H")), 400, "shift"),
                new BadInput("a shift of a thousand years", "application/json",
                        doc -> with(doc, d -> d.put("shift", "P365000D")), 400, "shift"),
                new BadInput("a period of zero", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("period", "PT0S")), 400, "quotas[0].period"),
                new BadInput("an effective date in the year 999999999", "application/json",
                        doc -> with(doc, d -> d.put("effectiveDate", "+999999999-12-31")), 400, "effectiveDate"),
                new BadInput("a NUL character in a quota's name", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("name", "Pick\u0000rate")), 400, "quotas[0].name"),
                new BadInput("a task of 100,000 characters", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("quotas").get(0)).put("task", "x".repeat(100_000))), 400, "quotas[0].task"),
                new BadInput("a headcount beyond any workforce", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("facility")).put("siteNonexemptHeadcount", 2_000_000_000)), 400,
                        "facility.siteNonexemptHeadcount"),
                new BadInput("a headcount beyond an int", "application/json",
                        doc -> with(doc, d -> ((ObjectNode) d.get("facility")).put("siteNonexemptHeadcount", 2_147_483_648L)), 400,
                        "siteNonexemptHeadcount"),
                new BadInput("51 quotas", "application/json", doc -> with(doc, d -> {
                    var quotas = (com.fasterxml.jackson.databind.node.ArrayNode) d.get("quotas");
                    for (int i = 0; i < 50; i++) {
                        quotas.add(quotas.get(0).deepCopy());
                    }
                }), 400, "quotas"),
                new BadInput("a 3 MB document", "application/json",
                        doc -> with(doc, d -> d.putArray("adverseActions").add("x".repeat(3 * 1024 * 1024))), 413, "limited"));
    }

    private static String with(ObjectNode document, java.util.function.Consumer<ObjectNode> change) {
        change.accept(document);
        return document.toString();
    }

    @ParameterizedTest(name = "filing a document with {0} is refused and stores nothing")
    @MethodSource("badInputs")
    void filingABadDocumentIsRefusedAndStoresNothing(BadInput bad) {
        Description existing = Fixtures.draftDescription();
        int before = Fixtures.descriptionCount(existing.facility());

        var response = asAdmin().contentType(bad.contentType()).body(bad.body().apply(Fixtures.document(existing)))
                .when().post("/api/v1/facilities/" + existing.facility().id() + "/quota-descriptions")
                .then().statusCode(bad.status()).contentType("application/problem+json")
                .body("status", equalTo(bad.status()));
        if (bad.detailMentions() != null) {
            response.body("detail", containsString(bad.detailMentions()));
        }

        assertThat(Fixtures.descriptionCount(existing.facility())).isEqualTo(before);
    }

    @ParameterizedTest(name = "revising a draft with {0} is refused and leaves it unchanged")
    @MethodSource("badInputs")
    void revisingADraftWithABadDocumentIsRefusedAndLeavesItUnchanged(BadInput bad) {
        Description draft = Fixtures.draftDescription();
        JsonNode before = Fixtures.storedDocument(draft.id());

        asAdmin().contentType(bad.contentType()).body(bad.body().apply(Fixtures.document(draft)))
                .when().put("/api/v1/quota-descriptions/" + draft.id() + "/document")
                .then().statusCode(bad.status()).contentType("application/problem+json");

        assertThat(Fixtures.storedDocument(draft.id())).isEqualTo(before);
        assertThat(Fixtures.status(draft.id())).isEqualTo("DRAFT");
    }
}
