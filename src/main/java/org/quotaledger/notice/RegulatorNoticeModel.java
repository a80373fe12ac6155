package org.quotaledger.notice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.quotaledger.facility.Headcount;
import org.quotaledger.document.QuotaDocument;

/**
 * A facility's filing summary for the labor agency: what the employer would hand an inspector asking "which
 * quotas do you use here, are you covered, and did every employee get the current description?".
 */
public record RegulatorNoticeModel(
        String employerName,
        String facilityCode,
        String facilityName,
        String facilityAddress,
        String facilityState,
        Coverage coverage,
        List<ActiveDescription> descriptions,
        Deliveries deliveries,
        List<OpenFinding> openFindings,
        Instant issuedAt,
        String verificationCode,
        String verificationUrl,
        List<UndescribedRole> undescribedRoles) {

    /** A summary without roles held to undescribed quotas. */
    public RegulatorNoticeModel(String employerName, String facilityCode, String facilityName, String facilityAddress,
                                String facilityState, Coverage coverage, List<ActiveDescription> descriptions,
                                Deliveries deliveries, List<OpenFinding> openFindings, Instant issuedAt,
                                String verificationCode, String verificationUrl) {
        this(employerName, facilityCode, facilityName, facilityAddress, facilityState, coverage, descriptions, deliveries,
                openFindings, issuedAt, verificationCode, verificationUrl, List.of());
    }

    public RegulatorNoticeModel {
        Objects.requireNonNull(employerName, "employerName");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        descriptions = descriptions == null ? List.of() : List.copyOf(descriptions);
        openFindings = openFindings == null ? List.of() : List.copyOf(openFindings);
        undescribedRoles = undescribedRoles == null ? List.of() : List.copyOf(undescribedRoles);
    }

    /** A role whose description is only a draft or in review: its employees work to quotas no version in force describes. */
    public record UndescribedRole(String roleCode, String roleTitle, int employees) {
    }

    /**
     * The facts the coverage rules use (from the registry's facility record, not from a filed document). The
     * headcounts are those the rules use; {@code countedSite} and {@code countedStatewide} are what the roster (and the
     * agency workers) add up to, shown next to them when an override with {@code overrideReason} replaced them.
     */
    public record Coverage(String naicsCode, Integer siteNonexemptHeadcount, Integer statewideNonexemptHeadcount,
                           Boolean cbaCovered, Boolean metricsNegotiable, Boolean recordsRightEquivalent,
                           Integer countedSite, Integer countedStatewide, Integer agencyWorkers, String overrideReason) {

        public Coverage(String naicsCode, Integer siteNonexemptHeadcount, Integer statewideNonexemptHeadcount,
                        Boolean cbaCovered, Boolean metricsNegotiable, Boolean recordsRightEquivalent) {
            this(naicsCode, siteNonexemptHeadcount, statewideNonexemptHeadcount, cbaCovered, metricsNegotiable,
                    recordsRightEquivalent, null, null, null, null);
        }

        /** The figures as the block states them, with nothing counted beside them. */
        public static Coverage from(QuotaDocument.FacilityBlock facility) {
            QuotaDocument.CollectiveBargaining cba = facility.collectiveBargaining();
            return new Coverage(facility.naicsCode(), facility.siteNonexemptHeadcount(), facility.statewideNonexemptHeadcount(),
                    cba == null ? null : cba.covered(), cba == null ? null : cba.metricsNegotiable(),
                    cba == null ? null : cba.recordsRightEquivalent());
        }

        public static Coverage from(QuotaDocument.FacilityBlock facility, Headcount headcount) {
            QuotaDocument.CollectiveBargaining cba = facility.collectiveBargaining();
            return new Coverage(facility.naicsCode(), facility.siteNonexemptHeadcount(), facility.statewideNonexemptHeadcount(),
                    cba == null ? null : cba.covered(), cba == null ? null : cba.metricsNegotiable(),
                    cba == null ? null : cba.recordsRightEquivalent(), headcount.countedSite(), headcount.countedStatewide(),
                    headcount.siteAgencyWorkers(), headcount.overrideReason());
        }
    }

    /** One role's active description. */
    public record ActiveDescription(String roleCode, String roleTitle, int version, QuotaDocument document) {
    }

    /** Delivery of the current description versions to the employees they apply to. */
    public record Deliveries(int employees, int deliveredCurrentVersion, int missing) {
    }

    /** A finding that is not PASS or N_A. */
    public record OpenFinding(String ruleId, String outcome, String citation, String message) {
    }
}
