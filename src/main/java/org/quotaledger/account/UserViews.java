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

    public record UserView(long id, String username, String role, String displayName, String email, Long employeeId, List<Long> facilityIds) {
        public static UserView from(User u) {
            return new UserView(u.id, u.username, u.role, u.displayName, u.email, u.employeeId,
                    u.facilityIds.stream().sorted().toList());
        }
    }

    public record NewUser(
            @NotBlank(message = "is required") @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may contain letters, digits, '.', '_', '@' and '-'") String username,
            @NotNull(message = "is required") @Size(min = 10, max = 72, message = "must be 10 to 72 characters") String password,
            @NotNull(message = "is required: admin, manager, employee, compliance or regulator") @Pattern(regexp = "admin|manager|employee|compliance|regulator", message = "must be admin, manager, employee, compliance or regulator") String role,
            @Size(max = 200) String displayName,
            @Size(max = 320) @jakarta.validation.constraints.Email(message = "must be an e-mail address") String email,
            Long employeeId,
            Set<Long> facilityIds) {
    }

    /**
     * An account as the users page lists it.
     *
     * @param employeeNumber the employee record of an employee account, else null
     * @param manager        a manager's account sees only the facilities it is assigned
     * @param facilityCodes  those facilities
     */
    public record UserRow(String username, String displayName, String role, String employeeNumber, boolean manager,
                          List<String> facilityCodes) {
        /** With the employee numbers and facility codes by id, read in one query each for the whole list. */
        static UserRow from(User u, Map<Long, String> employeeNumbers, Map<Long, String> facilityCodes) {
            boolean manager = u.securityRole() == Role.MANAGER;
            return new UserRow(u.username, u.displayName, u.role, u.employeeId == null ? null : employeeNumbers.get(u.employeeId),
                    manager, manager ? u.facilityIds.stream().map(facilityCodes::get).sorted().toList() : List.of());
        }
    }

    /** A facility a manager may be assigned. */
    public record FacilityChoice(long id, String code, String name) {
    }
}
