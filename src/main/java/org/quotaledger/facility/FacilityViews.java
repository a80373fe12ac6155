package org.quotaledger.facility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The API shapes of the facility feature: records in, records out, one mapping each. */
public final class FacilityViews {

    private FacilityViews() {
    }

    public record EmployerView(long id, String name) {
        public static EmployerView from(Employer e) {
            return new EmployerView(e.id, e.name);
        }
    }

    public record NewEmployer(@NotBlank(message = "is required") @Size(max = 200) String name) {
    }

    public record FacilityView(long id, long employerId, String employerName, String code, String name, String address,
                               String state, String naicsCode, Integer siteNonexemptHeadcount,
                               Integer statewideNonexemptHeadcount, boolean cbaCovered, boolean cbaMetricsNegotiable,
                               boolean cbaRecordsRightEquivalent, boolean federalOptIn) {
        public static FacilityView from(Facility f) {
            return new FacilityView(f.id, f.employer.id, f.employer.name, f.code, f.name, f.address, f.state, f.naicsCode,
                    f.siteNonexemptHeadcount, f.statewideNonexemptHeadcount, f.cbaCovered, f.cbaMetricsNegotiable,
                    f.cbaRecordsRightEquivalent, f.federalOptIn);
        }
    }

    /** What an admin files to create a facility, and what a manager sends to update one. */
    public record FacilityInput(
            @NotNull(message = "is required") Long employerId,
            @NotBlank(message = "is required") @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "may contain only letters, digits, - and _") String code,
            @NotBlank(message = "is required") @Size(max = 200) String name,
            @Size(max = 500) String address,
            @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter USPS state code") String state,
            @Pattern(regexp = "\\d{6}", message = "must be a 6-digit NAICS code") String naicsCode,
            @PositiveOrZero Integer siteNonexemptHeadcount,
            @PositiveOrZero Integer statewideNonexemptHeadcount,
            boolean cbaCovered, boolean cbaMetricsNegotiable, boolean cbaRecordsRightEquivalent, boolean federalOptIn) {
    }

    public record JobRoleView(long id, String code, String title) {
        public static JobRoleView from(JobRole r) {
            return new JobRoleView(r.id, r.code, r.title);
        }
    }

    public record NewJobRole(
            @NotBlank(message = "is required") @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "may contain only letters, digits, - and _") String code,
            @NotBlank(message = "is required") @Size(max = 200) String title) {
    }
}
