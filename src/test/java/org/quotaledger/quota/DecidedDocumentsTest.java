package org.quotaledger.quota;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.NoResultException;
import org.junit.jupiter.api.Test;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.testing.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A decided version's document is parsed once per instance and shared, because the database keeps it as it was
 * decided; a draft's still changes, so it is read as it stands now, never from what an earlier read parsed.
 */
@QuarkusTest
class DecidedDocumentsTest {

    @Inject
    QuotaDocuments documents;

    @Test
    void aDecidedDocumentIsParsedOnceAndADraftIsReadAsItStands() {
        var facility = Fixtures.facility("CA");
        var role = Fixtures.role(facility);
        long active = Fixtures.activeDescription(facility, role);
        long draft = Fixtures.file(facility, Fixtures.document(facility, role.code()));

        QuotaDocument decided = QuarkusTransaction.requiringNew().call(() -> {
            QuotaDescription version = QuotaDescription.findById(active);
            QuotaDocument first = documents.stored(version);
            assertThat(first).isEqualTo(documents.fromJson(version.document));
            return first;
        });
        assertThat(documents.decided(active, () -> {
            throw new AssertionError("the decided document was read again");
        })).isSameAs(decided);
        assertThat(QuarkusTransaction.requiringNew().call(() -> QuotaDescription.decidedDocument(active)))
                .isEqualTo(QuarkusTransaction.requiringNew().call(() -> QuotaDescription.<QuotaDescription>findById(active).document));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> QuotaDescription.decidedDocument(draft)))
                .isInstanceOf(NoResultException.class);

        assertThat(storedQuantity(draft)).isEqualTo(120);
        ObjectNode revised = Fixtures.document(facility, role.code());
        ((ObjectNode) revised.withArray("quotas").get(0)).put("quantity", 95);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(revised.toString())
                .when().put("/api/v1/quota-descriptions/" + draft + "/document").then().statusCode(200);
        assertThat(storedQuantity(draft)).isEqualTo(95);
    }

    private int storedQuantity(long id) {
        return QuarkusTransaction.requiringNew().call(() ->
                documents.stored(QuotaDescription.findById(id)).quotas().getFirst().quantity().intValue());
    }
}
