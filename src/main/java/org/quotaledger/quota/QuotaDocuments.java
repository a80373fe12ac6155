package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quotaledger.facility.Facility;
import org.quotaledger.time.AppClock;

import java.io.UncheckedIOException;

/** Turns v1 documents into the stored JSON text and back, with the app's one ObjectMapper. */
@ApplicationScoped
public class QuotaDocuments {

    @Inject
    ObjectMapper mapper;

    @Inject
    AppClock clock;

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
     * The stored document as a reader sees it: the registry is authoritative for the facility block, headcounts as
     * counted today at the facility.
     */
    public QuotaDocument read(QuotaDescription description) {
        return withFacility(fromJson(description.document), block(description.facility));
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
