package org.quotaledger.account;

import jakarta.inject.Inject;
import org.quotaledger.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.account.UserViews.NewUser;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;
import org.quotaledger.security.User;
import org.quotaledger.web.Conflict;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Problem.FieldError;
import org.quotaledger.time.AppClock;

import java.util.ArrayList;
import java.util.HashSet;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Accounts are created by admins only; each role gets exactly the links it needs (employee record, facilities). */
@ApplicationScoped
@Transactional
public class UserService {

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Inject
    AppClock clock;

    public UserViews.UserView create(NewUser input) {
        if (User.findByUsername(input.username()).isPresent()) {
            throw new Conflict("The username " + input.username() + " is taken.");
        }
        Role role = Role.of(input.role());
        User user = User.create(input.username(), input.password(), role, input.displayName());
        user.email = input.email();
        link(user, role, input, input.facilityIds());
        user.persist();
        audit.append("user.created", "user", user.id, null, null, UserViews.UserView.from(user));
        return UserViews.UserView.from(user);
    }

    /**
     * Gives an account exactly the links its role needs, replacing any it had: an employee account its employee
     * record (by id, or by facility and employee number), a manager the facilities it manages.
     */
    private void link(User user, Role role, UserViews.EmployeeLink employeeLink, Set<Long> requestedFacilities) {
        Set<Long> facilityIds = requestedFacilities == null ? Set.of() : requestedFacilities;
        if (role == Role.EMPLOYEE) {
            Employee employee = employeeOf(employeeLink);
            if (User.count("employeeId = ?1 and id <> ?2", employee.id, user.id == null ? -1L : user.id) > 0) {
                throw new Conflict("Employee " + employee.employeeNumber + " already has an account.");
            }
            user.employeeId = employee.id;
        } else if (employeeLink.namesEmployee()) {
            throw new InvalidInput("Only employee accounts are linked to an employee record.");
        } else {
            user.employeeId = null;
        }
        Set<Long> managed = new HashSet<>();
        if (role == Role.MANAGER) {
            for (Long id : facilityIds) {
                managed.add(Facility.<Facility>findByIdOptional(id)
                        .orElseThrow(() -> new InvalidInput("Facility " + id + " does not exist.")).id);
            }
        } else if (!facilityIds.isEmpty()) {
            throw new InvalidInput("Only managers are assigned facilities; the " + role.id() + " role sees "
                    + (role.seesAllFacilities() ? "all facilities." : "only its own records."));
        }
        user.facilityIds.clear();
        user.facilityIds.addAll(managed);
    }

    /** The employee record an employee account names: by id where given, else by facility and employee number. */
    private static Employee employeeOf(UserViews.EmployeeLink link) {
        if (link.employeeId() != null) {
            return Employee.<Employee>findByIdOptional(link.employeeId())
                    .orElseThrow(() -> new InvalidInput("Employee " + link.employeeId() + " does not exist.",
                            List.of(FieldError.field("employeeId", "is not an employee record"))));
        }
        String number = link.employeeNumber() == null ? "" : link.employeeNumber().strip();
        List<FieldError> missing = new ArrayList<>();
        if (link.employeeFacilityId() == null) {
            missing.add(FieldError.field("employeeFacilityId", "is required for an employee account: the facility whose roster lists the employee"));
        }
        if (number.isEmpty()) {
            missing.add(FieldError.field("employeeNumber", "is required for an employee account, as on the roster (E10001)"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput("An employee account must name its employee record: the facility and the employee number.", missing);
        }
        Facility facility = Facility.<Facility>findByIdOptional(link.employeeFacilityId())
                .orElseThrow(() -> new InvalidInput("Facility " + link.employeeFacilityId() + " does not exist.",
                        List.of(FieldError.field("employeeFacilityId", "is not a facility"))));
        return Employee.findByNumber(facility, number)
                .orElseThrow(() -> new InvalidInput("No employee " + number + " is on the roster of " + facility.code + ".",
                        List.of(FieldError.field("employeeNumber", "is not on the roster of " + facility.code))));
    }

    /** An account's details for its edit page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserViews.UserDetails details(long id) {
        User user = find(id);
        Long employeeFacility = null;
        String employeeNumber = null;
        if (user.employeeId != null) {
            Employee employee = Employee.findById(user.employeeId);
            employeeFacility = employee.facility.id;
            employeeNumber = employee.employeeNumber;
        }
        return new UserViews.UserDetails(user.id, user.username, user.displayName, user.email, user.role,
                Set.copyOf(user.facilityIds), employeeFacility, employeeNumber, user.disabled(), isSelf(user));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserViews.UserView view(long id) {
        return UserViews.UserView.from(find(id));
    }

    /**
     * Changes an account's name, e-mail, role and what the role links it to. The last enabled administrator keeps
     * the role, and nobody demotes themselves: another administrator must, so an installation never ends up with
     * nobody to administer it by one person's slip.
     */
    public UserViews.UserView update(long id, UserViews.UserUpdate input) {
        User user = find(id);
        var before = UserViews.UserView.from(user);
        Role role = Role.of(input.role());
        if (user.securityRole() == Role.ADMIN && role != Role.ADMIN) {
            if (isSelf(user)) {
                throw new Conflict("You cannot take the administrator role from your own account; another administrator must.");
            }
            if (!user.disabled() && User.enabledAdmins() <= 1) {
                throw new Conflict(user.username + " is the last enabled administrator and keeps the role.");
            }
        }
        link(user, role, input, input.facilityIds());
        user.role = role.id();
        user.displayName = blankToNull(input.displayName());
        user.email = blankToNull(input.email());
        var after = UserViews.UserView.from(user);
        audit.append("user.updated", "user", user.id, null, before, after);
        return after;
    }

    /** Disables an account: it signs in no more, and a sign-in cookie it holds stops working (security.AccountStanding). */
    public UserViews.UserView disable(long id) {
        User user = find(id);
        if (isSelf(user)) {
            throw new Conflict("You cannot disable your own account.");
        }
        if (user.disabled()) {
            return UserViews.UserView.from(user);
        }
        if (user.securityRole() == Role.ADMIN && User.enabledAdmins() <= 1) {
            throw new Conflict(user.username + " is the last enabled administrator and cannot be disabled.");
        }
        var before = UserViews.UserView.from(user);
        user.disabledAt = clock.now();
        var after = UserViews.UserView.from(user);
        audit.append("user.disabled", "user", user.id, null, before, after);
        return after;
    }

    public UserViews.UserView enable(long id) {
        User user = find(id);
        if (!user.disabled()) {
            return UserViews.UserView.from(user);
        }
        var before = UserViews.UserView.from(user);
        user.disabledAt = null;
        var after = UserViews.UserView.from(user);
        audit.append("user.enabled", "user", user.id, null, before, after);
        return after;
    }

    /** Sets a new password chosen by an administrator. The event records who and when, never the password or its hash. */
    public void resetPassword(long id, UserViews.PasswordReset input) {
        User user = find(id);
        user.changePassword(input.password());
        audit.append("user.password-reset", "user", user.id, null, null, Map.of("username", user.username));
    }

    private static User find(long id) {
        return User.<User>findByIdOptional(id).orElseThrow(() -> new NotFound("user", id));
    }

    private boolean isSelf(User user) {
        return user.id.equals(access.user().id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserViews.UserView> list() {
        return User.<User>list("order by username").stream().map(UserViews.UserView::from).toList();
    }

    /** The signed-in user's own account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserViews.UserView me() {
        return UserViews.UserView.from(access.user());
    }

    /** The accounts as the users page lists them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserViews.UserRow> rows() {
        List<User> users = User.list("order by username");
        Set<Long> employeeIds = users.stream().map(u -> u.employeeId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> employeeNumbers = employeeIds.isEmpty() ? Map.of()
                : Employee.<Employee>list("id in ?1", employeeIds).stream().collect(Collectors.toMap(e -> e.id, e -> e.employeeNumber));
        Map<Long, String> facilityCodes = Facility.<Facility>listAll().stream().collect(Collectors.toMap(f -> f.id, f -> f.code));
        return users.stream().map(u -> UserViews.UserRow.from(u, employeeNumbers, facilityCodes)).toList();
    }

    /** Every facility, for assigning managers (the users page is an admin's, who sees all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserViews.FacilityChoice> facilities() {
        return Facility.<Facility>list("order by code").stream().map(f -> new UserViews.FacilityChoice(f.id, f.code, f.name)).toList();
    }

    /** Creates the configured first administrator if it does not exist yet; never changes an existing user. */
    public boolean ensureAdmin(String username, String password) {
        if (User.findByUsername(username).isPresent()) {
            return false;
        }
        User admin = User.create(username, password, Role.ADMIN, "Administrator");
        admin.persist();
        audit.appendAs("system", "user.created", "user", admin.id, null, null, UserViews.UserView.from(admin));
        return true;
    }
}
