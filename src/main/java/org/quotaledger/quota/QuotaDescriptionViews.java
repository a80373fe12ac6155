package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
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
                                     String activatedBy, Instant supersededAt, String activationOverrideReason,
                                     LocalDate effectiveOn, String backdateReason, VersionStanding standing) {
        /** Without its standing in time: what the audit trail keeps (the standing changes with the days). */
        public static DescriptionSummary from(QuotaDescription d, QuotaDocument doc) {
            return from(d, doc, null);
        }

        public static DescriptionSummary from(QuotaDescription d, QuotaDocument doc, VersionStanding standing) {
            return new DescriptionSummary(d.id, d.facility.id, d.facility.code, d.role.code, d.role.title, d.version, d.status,
                    doc.effectiveDate(), doc.quotas() == null ? 0 : doc.quotas().size(), d.filedBy, d.filedAt,
                    d.submittedAt, d.activatedAt, d.activatedBy, d.supersededAt, d.activationOverrideReason,
                    d.effectiveOn, d.backdateReason, standing);
        }
    }

    /** A version with its v1 document and what the rules say of it (against the registry's facility facts). */
    public record DescriptionView(DescriptionSummary description, QuotaDocument document, List<Finding> findings) {
    }

    /**
     * @param overrideReason why a version the rules FAIL is activated anyway
     * @param backdateReason why a version whose effective date is already past is activated (required then)
     */
    public record Activation(@Size(max = 2000) String overrideReason, @Size(max = 2000) String backdateReason) {
    }
}
