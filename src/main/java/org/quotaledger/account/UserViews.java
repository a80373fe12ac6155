package org.quotaledger.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.quotaledger.security.Role;
import org.quotaledger.security.User;

import java.util.List;
import java.util.Map;
import java.util.Set;

public final class UserViews {

    private UserViews() {
    }

    /** {@code disabled}: an administrator disabled the account; it cannot sign in until enabled again. */
    public record UserView(long id, String username, String role, String displayName, String email, Long employeeId, List<Long> facilityIds,
                           boolean disabled) {
        public static UserView from(User u) {
            return new UserView(u.id, u.username, u.role, u.displayName, u.email, u.employeeId,
                    u.facilityIds.stream().sorted().toList(), u.disabled());
        }
    }

    /**
     * An employee account names its employee record either by id ({@code employeeId}) or, as people know it, by
     * facility and employee number ({@code employeeFacilityId} and {@code employeeNumber}, e.g. E10001).
     */
    public interface EmployeeLink {
        Long employeeId();

        Long employeeFacilityId();

        String employeeNumber();

        default boolean namesEmployee() {
            return employeeId() != null || employeeFacilityId() != null || (employeeNumber() != null && !employeeNumber().isBlank());
        }
    }

    public record NewUser(
            @NotBlank(message = "is required") @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may contain letters, digits, '.', '_', '@' and '-'") String username,
            @NotNull(message = "is required") @Size(min = 10, max = 72, message = "must be 10 to 72 characters") String password,
            @NotNull(message = "is required: admin, manager, employee, compliance or regulator") @Pattern(regexp = "admin|manager|employee|compliance|regulator", message = "must be admin, manager, employee, compliance or regulator") String role,
            @Size(max = 200) String displayName,
            @Size(max = 320) @jakarta.validation.constraints.Email(message = "must be an e-mail address") String email,
            Long employeeId,
            Set<Long> facilityIds,
            Long employeeFacilityId,
            @Size(max = 64, message = "is longer than 64 characters") String employeeNumber) implements EmployeeLink {

        /** As older clients send it: the employee record by id. */
        public NewUser(String username, String password, String role, String displayName, String email, Long employeeId,
                       Set<Long> facilityIds) {
            this(username, password, role, displayName, email, employeeId, facilityIds, null, null);
        }
    }

    /**
     * An account's new details; the username stays (the audit trail names people by it) and the password has an
     * operation of its own. The role's links are replaced: a manager's facilities, an employee's record.
     */
    public record UserUpdate(
            @NotNull(message = "is required: admin, manager, employee, compliance or regulator") @Pattern(regexp = "admin|manager|employee|compliance|regulator", message = "must be admin, manager, employee, compliance or regulator") String role,
            @Size(max = 200, message = "is longer than 200 characters") String displayName,
            @Size(max = 320, message = "is longer than 320 characters") @jakarta.validation.constraints.Email(message = "must be an e-mail address") String email,
            Long employeeId,
            Set<Long> facilityIds,
            Long employeeFacilityId,
            @Size(max = 64, message = "is longer than 64 characters") String employeeNumber) implements EmployeeLink {
    }

    /** A new password an administrator sets for an account (never logged, never in the audit trail). */
    public record PasswordReset(@NotNull(message = "is required") @Size(min = 10, max = 72, message = "must be 10 to 72 characters") String password) {
    }

    /**
     * An account as its edit page shows it.
     *
     * @param employeeFacilityId the facility of an employee account's record, else null
     * @param self               the account is the signed-in administrator's own
     */
    public record UserDetails(long id, String username, String displayName, String email, String role, Set<Long> facilityIds,
                              Long employeeFacilityId, String employeeNumber, boolean disabled, boolean self) {
    }

    /**
     * An account as the users page lists it.
     *
     * @param employeeNumber the employee record of an employee account, else null
     * @param manager        a manager's account sees only the facilities it is assigned
     * @param facilityCodes  those facilities
     */
    public record UserRow(long id, String username, String displayName, String role, String employeeNumber, boolean manager,
                          List<String> facilityCodes, boolean disabled) {
        /** With the employee numbers and facility codes by id, read in one query each for the whole list. */
        static UserRow from(User u, Map<Long, String> employeeNumbers, Map<Long, String> facilityCodes) {
            boolean manager = u.securityRole() == Role.MANAGER;
            return new UserRow(u.id, u.username, u.displayName, u.role, u.employeeId == null ? null : employeeNumbers.get(u.employeeId),
                    manager, manager ? u.facilityIds.stream().map(facilityCodes::get).sorted().toList() : List.of(), u.disabled());
        }
    }

    /** A facility a manager may be assigned. */
    @io.quarkus.qute.TemplateData
    public record FacilityChoice(long id, String code, String name) {
        /** The id as a form sends it back, to compare with the value typed. */
        public String key() {
            return String.valueOf(id);
        }
    }
}
