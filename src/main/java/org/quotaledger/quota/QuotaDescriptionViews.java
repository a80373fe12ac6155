package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.quotaledger.facility.FacilityViews;
import org.quotaledger.rules.Finding;

public final class QuotaDescriptionViews {

    private QuotaDescriptionViews() {
    }

    /** A version without its document: lists and history. */
    public record DescriptionSummary(long id, long facilityId, String facilityCode, String roleCode, String roleTitle,
                                     int version, QuotaDescription.Status status, LocalDate effectiveDate, int quotaCount,
                                     String filedBy, String revisedBy, Instant filedAt, Instant submittedAt, Instant activatedAt,
                                     String activatedBy, Instant supersededAt, String activationOverrideReason,
                                     LocalDate effectiveOn, String backdateReason, VersionStanding standing) {
        /** Without its standing in time: what the audit trail keeps (the standing changes with the days). */
        public static DescriptionSummary from(QuotaDescription d, QuotaDocument doc) {
            return from(d, doc, null);
        }

        public static DescriptionSummary from(QuotaDescription d, QuotaDocument doc, VersionStanding standing) {
            return new DescriptionSummary(d.id, d.facility.id, d.facility.code, d.role.code, d.role.title, d.version, d.status,
                    doc.effectiveDate(), doc.quotas() == null ? 0 : doc.quotas().size(), d.filedBy, d.revisedBy, d.filedAt,
                    d.submittedAt, d.activatedAt, d.activatedBy, d.supersededAt, d.activationOverrideReason,
                    d.effectiveOn, d.backdateReason, standing);
        }
    }

    /**
     * A version with its v1 document and what the rules say of it (against the registry's facility facts).
     *
     * @param approval whether the caller may activate it; absent from the audit trail's snapshots, which hold no caller
     */
    public record DescriptionView(DescriptionSummary description, QuotaDocument document, List<Finding> findings,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Approval approval) {
    }

    /**
     * Whether the caller may activate the version, and why not when four-eyes approval is what stops them.
     *
     * @param fourEyesApproval the employer wants a second person to activate what one filed or revised
     * @param mayActivate      the version is IN_REVIEW and the caller may decide it
     * @param withheldBecause  while the version is a draft or in review: why four-eyes approval keeps the caller from
     *                         activating it (they filed or last revised it), else null
     */
    public record Approval(boolean fourEyesApproval, boolean mayActivate, String withheldBecause) {
    }

    /**
     * @param overrideReason why a version the rules FAIL is activated anyway
     * @param backdateReason why a version whose effective date is already past is activated (required then)
     */
    public record Activation(@Size(max = 2000) String overrideReason, @Size(max = 2000) String backdateReason) {
    }

    /** A version being edited, or copied into a new one. */
    public record Editing(long id, int version, String roleTitle, boolean editable, QuotaDescription.Status status,
                          QuotaDocument document) {
    }

    /**
     * What the filing form knows of the facility: the registry's facility block the document carries, its roles,
     * and the effective date a new version should propose.
     *
     * @param editing the version edited or copied, null for a blank form
     */
    public record Filing(long facilityId, String facilityCode, String state, List<FacilityViews.JobRoleView> roles,
                         QuotaDocument.FacilityBlock block, LocalDate proposedEffectiveDate, Editing editing) {
        public String roleTitle(String code) {
            return roles.stream().filter(r -> r.code().equals(code)).map(FacilityViews.JobRoleView::title).findFirst().orElse(null);
        }
    }

    /**
     * What the caller may do with a version, decided by the service from the caller's role and the version's status.
     *
     * @param mayChange        may edit records of the facility (new version from this one)
     * @param mayEdit          the version is still editable and the caller may edit it
     * @param mayManageDraft   the version is a DRAFT the caller may send for review or delete
     * @param mayActivate      the version is IN_REVIEW and the caller may decide it
     * @param overrideRequired the rules FAIL it, so activating needs a reason
     * @param backdated        its effective date is already past, so activating needs a reason
     * @param activationWithheld while it is a draft or in review: why four-eyes approval keeps the caller from
     *                         activating it, else null
     */
    public record VersionActions(boolean mayChange, boolean mayEdit, boolean mayManageDraft, boolean mayActivate,
                                 boolean overrideRequired, boolean backdated, String activationWithheld) {
    }

    /**
     * A version's page.
     *
     * @param state              the facility's state: its times are shown in its zone
     * @param shift              the shift in words, null when the document states none
     * @param timeOffTaskTracked whether time off task is measured
     * @param timeOffTaskLimit   its limit per shift in words, null when none is stated
     * @param history            the role's versions
     * @param findings           the findings worth a look, failures first
     * @param languageGaps       the role's employees whose notice of this version would not be in their language
     */
    public record DescriptionPage(DescriptionSummary description, String state, QuotaDocument document, String shift,
                                  boolean timeOffTaskTracked, String timeOffTaskLimit, List<DescriptionSummary> history,
                                  List<Finding> findings, VersionActions may, LocalDate today,
                                  List<LanguageGaps.Gap> languageGaps) {

        public int employeesNotInTheirLanguage() {
            return LanguageGaps.employees(languageGaps);
        }
    }

    /** A version as an employee held to it sees it named: its number and first day. */
    public record VersionRef(long id, int version, LocalDate effectiveOn) {
        static VersionRef from(DecidedVersion d) {
            return d == null ? null : new VersionRef(d.id(), d.version(), d.effectiveOn());
        }
    }

    /** A decided (active or superseded) version of a role, without its document: what says which one is in force. */
    public record DecidedVersion(long id, int version, QuotaDescription.Status status, LocalDate effectiveOn) {
    }

    /**
     * What a role's people are held to today, and the version decided to replace it later (they see it coming).
     *
     * @param document the current version's document as filed (its facility block not refreshed from the registry), null
     *                 when none is in force
     */
    public record HeldTo(VersionRef current, QuotaDocument document, VersionRef upcoming) {
    }
}
