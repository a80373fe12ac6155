package org.quotaledger.rules;

import org.quotaledger.law.StateLaw;
import org.quotaledger.law.StateLaws;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.FacilityBlock;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rule sees: either a document checked on its own ({@link #document()} set, {@link #facts()}
 * null) or a facility's registry records ({@link #facts()} set). {@code earlier} holds the findings of
 * the rules before this one in the pack, for summary rules such as exposure estimates.
 */
public record Evaluation(String jurisdiction, QuotaDocument document, FacilityFacts facts, LocalDate on,
                         List<Finding> earlier) {

    /** The law of the jurisdiction being checked: every deadline, window and schedule the rules use comes from it. */
    public StateLaw law() {
        return StateLaws.of(jurisdiction);
    }

    public boolean isDocumentCheck() {
        return facts == null;
    }

    /** The facility block the rules use: the registry's in a facility check, the document's otherwise. */
    public FacilityBlock facility() {
        return facts != null ? facts.facility() : document.facility();
    }
}
