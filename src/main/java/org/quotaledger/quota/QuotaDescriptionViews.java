package org.quotaledger.quota;

import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.quotaledger.rules.Finding;

public final class QuotaDescriptionViews {

    private QuotaDescriptionViews() {
    }

    /** A version without its document: lists and history. */
    public record DescriptionSummary(long id, long facilityId, String facilityCode, String roleCode, String roleTitle,
                                     int version, QuotaDescription.Status status, LocalDate effectiveDate, int quotaCount,
                                     String filedBy, Instant filedAt, Instant submittedAt, Instant activatedAt,
                                     String activatedBy, Instant supersededAt, String activationOverrideReason) {
        public static DescriptionSummary from(QuotaDescription d, QuotaDocument doc) {
            return new DescriptionSummary(d.id, d.facility.id, d.facility.code, d.role.code, d.role.title, d.version, d.status,
                    doc.effectiveDate(), doc.quotas() == null ? 0 : doc.quotas().size(), d.filedBy, d.filedAt,
                    d.submittedAt, d.activatedAt, d.activatedBy, d.supersededAt, d.activationOverrideReason);
        }
    }

    /** A version with its v1 document and what the rules say of it (against the registry's facility facts). */
    public record DescriptionView(DescriptionSummary description, QuotaDocument document, List<Finding> findings) {
    }

    public record Activation(@Size(max = 2000) String overrideReason) {
    }
}
