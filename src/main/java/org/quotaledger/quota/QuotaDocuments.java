package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quotaledger.facility.Facility;
import org.quotaledger.time.AppClock;

import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Turns v1 documents into the stored JSON text and back, with the app's one ObjectMapper. */
@ApplicationScoped
public class QuotaDocuments {

    @Inject
    ObjectMapper mapper;

    @Inject
    AppClock clock;

    @Inject
    @CacheName("decided-documents")
    Cache decided;

    public String toJson(QuotaDocument document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public QuotaDocument fromJson(String json) {
        try {
            return mapper.readValue(json, QuotaDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored quota description is not a v1 document", e);
        }
    }

    /**
     * The version's document as filed. A decided (active or superseded) version's document is parsed once per
     * instance and shared: the database refuses any change to it (quota_description_guard), so every instance holds
     * the same text, and the employee's page, which shows it on every view, no longer parses it each time. Drafts and
     * versions in review still change, so theirs is parsed as stored now.
     */
    public QuotaDocument stored(QuotaDescription description) {
        return description.isEditable() ? fromJson(description.document) : decided(description.id, () -> description.document);
    }

    /**
     * The document of the decided version {@code versionId}, parsed once (see above); {@code storedText} is asked for
     * its JSON only when this instance has not parsed it yet, so a caller that has no entity loaded reads it only then.
     */
    public QuotaDocument decided(long versionId, Supplier<String> storedText) {
        return decided.get(versionId, id -> fromJson(storedText.get())).await().indefinitely();
    }

    /**
     * The stored document as a reader sees it: the registry is authoritative for the facility block, headcounts as
     * counted today at the facility.
     */
    public QuotaDocument read(QuotaDescription description) {
        return withFacility(stored(description), block(description.facility));
    }

    /** The registry's facility block today, in the facility's state. */
    public QuotaDocument.FacilityBlock block(Facility facility) {
        return facility.toDocumentBlock(clock.today(facility.state));
    }

    /** As above, with the facility block already read (exports that stream versions without loading entities). */
    public static QuotaDocument withFacility(QuotaDocument d, QuotaDocument.FacilityBlock facility) {
        return d.withFacility(facility);
    }
}
