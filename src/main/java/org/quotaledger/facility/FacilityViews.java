package org.quotaledger.facility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.quotaledger.law.JobFunction;

import java.time.LocalDate;
import java.util.List;

/** The API shapes of the facility feature: records in, records out, one mapping each. */
public final class FacilityViews {

    private FacilityViews() {
    }

    /**
     * {@code controlledGroup}: employers with the same group name count their employees together.
     * {@code fourEyesApproval}: whoever filed or last revised a quota description version may not activate it.
     */
    public record EmployerView(long id, String name, String controlledGroup, boolean fourEyesApproval) {
        public static EmployerView from(Employer e) {
            return new EmployerView(e.id, e.name, e.controlledGroup, e.fourEyesApproval);
        }
    }

    /** An employer as its list shows it, with how many facilities it has. */
    public record EmployerRow(EmployerView employer, long facilities) {
    }

    /**
     * {@code fourEyesApproval}: on when a new employer omits it; an update that omits it leaves it as it is.
     */
    public record NewEmployer(@NotBlank(message = "is required") @Size(max = 200) String name,
                              @Size(max = 200, message = "is longer than 200 characters") String controlledGroup,
                              Boolean fourEyesApproval) {
    }

    public record FacilityView(long id, long employerId, String employerName, String code, String name, String address,
                               String state, String naicsCode, Integer siteNonexemptHeadcount,
                               Integer statewideNonexemptHeadcount, boolean cbaCovered, boolean cbaMetricsNegotiable,
                               boolean cbaRecordsRightEquivalent, boolean federalOptIn, int agencyWorkers,
                               String headcountOverrideReason) {
        public static FacilityView from(Facility f) {
            return new FacilityView(f.id, f.employer.id, f.employer.name, f.code, f.name, f.address, f.state, f.naicsCode,
                    f.siteNonexemptHeadcount, f.statewideNonexemptHeadcount, f.cbaCovered, f.cbaMetricsNegotiable,
                    f.cbaRecordsRightEquivalent, f.federalOptIn, f.agencyWorkers, f.headcountOverrideReason);
        }
    }

    /**
     * What an admin files to create a facility, and what a manager sends to update one. Headcounts are counted from
     * the roster; {@code siteNonexemptHeadcount} and {@code statewideNonexemptHeadcount} override the count and need
     * a {@code headcountOverrideReason}. {@code agencyWorkers}: agency and staffing workers at the site (0 if absent).
     */
    public record FacilityInput(
            @NotNull(message = "is required") Long employerId,
            @NotBlank(message = "is required") @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "may contain only letters, digits, - and _") String code,
            @NotBlank(message = "is required") @Size(max = 200) String name,
            @Size(max = 500) String address,
            @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter USPS state code") String state,
            @Pattern(regexp = "\\d{6}", message = "must be a 6-digit NAICS code") String naicsCode,
            @PositiveOrZero Integer siteNonexemptHeadcount,
            @PositiveOrZero Integer statewideNonexemptHeadcount,
            boolean cbaCovered, boolean cbaMetricsNegotiable, boolean cbaRecordsRightEquivalent, boolean federalOptIn,
            @PositiveOrZero Integer agencyWorkers,
            @Size(max = 500, message = "is longer than 500 characters") String headcountOverrideReason) {
    }

    public record JobRoleView(long id, String code, String title, JobFunction jobFunction) {
        public static JobRoleView from(JobRole r) {
            return new JobRoleView(r.id, r.code, r.title, r.jobFunction);
        }
    }

    /** {@code jobFunction}: what the role's people mainly do; WAREHOUSE when absent. */
    public record NewJobRole(
            @NotBlank(message = "is required") @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "may contain only letters, digits, - and _") String code,
            @NotBlank(message = "is required") @Size(max = 200) String title,
            JobFunction jobFunction) {
    }

    /** The headcounts the coverage rules use, each counted figure next to its override. */
    public record HeadcountView(long facilityId, String state, LocalDate asOf, Count site, Count statewide, int sitesCounted,
                                String controlledGroup, String overrideReason) {

        /**
         * @param employees     nonexempt employees on the roster(s)
         * @param agencyWorkers agency and staffing workers
         * @param counted       the two together
         * @param override      the typed figure, or null
         * @param used          what the rules use
         */
        public record Count(int employees, int agencyWorkers, int counted, Integer override, int used) {
        }

        public static HeadcountView from(Facility f, Headcount h) {
            return new HeadcountView(f.id, f.state, h.day(),
                    new Count(h.siteEmployees(), h.siteAgencyWorkers(), h.countedSite(), h.siteOverride(), h.site()),
                    new Count(h.stateEmployees(), h.stateAgencyWorkers(), h.countedStatewide(), h.statewideOverride(), h.statewide()),
                    h.sitesCounted(), h.controlledGroup(), h.overrideReason());
        }
    }

    /** A facility with the site headcount the rules use today (the list of facilities). */
    public record FacilityHeadcount(FacilityView facility, int siteHeadcount) {
    }

    /**
     * A facility's page as the registry knows it on {@code today} (facility-local).
     *
     * @param mayChange the caller may change the facility's records (file descriptions, upload rosters)
     */
    public record FacilityPage(FacilityView facility, List<JobRoleView> roles, Headcount headcount, LocalDate today,
                               boolean mayChange) {
    }
}
