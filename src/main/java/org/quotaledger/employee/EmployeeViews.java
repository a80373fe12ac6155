package org.quotaledger.employee;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.quotaledger.web.Problem;

import java.time.LocalDate;
import java.util.List;

public final class EmployeeViews {

    private EmployeeViews() {
    }

    public record EmployeeView(long id, long facilityId, String facilityCode, String employeeNumber, String name,
                               String roleCode, String roleTitle, LocalDate hireDate, LocalDate separationDate,
                               boolean exempt, String primaryLanguage, String email) {
        public static EmployeeView from(Employee e) {
            return new EmployeeView(e.id, e.facility.id, e.facility.code, e.employeeNumber, e.name,
                    e.role == null ? null : e.role.code, e.role == null ? null : e.role.title,
                    e.hireDate, e.separationDate, e.exempt, e.primaryLanguage, e.email);
        }

        /** Employed on that day: hired by then and not yet separated. */
        public boolean isCurrent(LocalDate on) {
            return !hireDate.isAfter(on) && (separationDate == null || separationDate.isAfter(on));
        }
    }

    public record EmployeeInput(
            @NotBlank(message = "is required") @Size(max = 32) String employeeNumber,
            @NotBlank(message = "is required") @Size(max = 200) String name,
            @Size(max = 32) String roleCode,
            @NotNull(message = "is required") LocalDate hireDate,
            LocalDate separationDate,
            boolean exempt,
            @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag") String primaryLanguage,
            @Email @Size(max = 320) String email) {
    }

    /** What a roster upload did: counts, and every refused line with its number. */
    public record RosterImportReport(int created, int updated, int unchanged, boolean stored, List<Problem.FieldError> errors) {
    }

    /**
     * The signed-in employee as their portal shows them.
     *
     * @param state their facility's state: their days are its local days
     */
    public record Self(EmployeeView employee, String facilityName, String state) {
    }
}
