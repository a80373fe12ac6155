package org.quotaledger.rules;

import org.quotaledger.quota.QuotaDocument;
import org.quotaledger.quota.QuotaDocument.FacilityBlock;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rule sees: either a document checked on its own ({@link #document()} set, {@link #facts()}
 * null) or a facility's registry records ({@link #facts()} set). {@code earlier} holds the findings of
 * the rules before this one in the pack, for summary rules such as exposure estimates.
 */
public record Evaluation(String jurisdiction, QuotaDocument document, FacilityFacts facts, LocalDate on,
                         List<Finding> earlier) {

    public boolean isDocumentCheck() {
        return facts == null;
    }

    /** The facility block the rules use: the registry's in a facility check, the document's otherwise. */
    public FacilityBlock facility() {
        return facts != null ? facts.facility() : document.facility();
    }
}
