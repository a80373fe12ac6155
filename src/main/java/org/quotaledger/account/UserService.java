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

    public UserViews.UserView create(NewUser input) {
        if (User.findByUsername(input.username()).isPresent()) {
            throw new Conflict("The username " + input.username() + " is taken.");
        }
        Role role = Role.of(input.role());
        User user = User.create(input.username(), input.password(), role, input.displayName());
        user.email = input.email();
        Set<Long> facilityIds = input.facilityIds() == null ? Set.of() : input.facilityIds();
        if (role == Role.EMPLOYEE) {
            if (input.employeeId() == null) {
                throw new InvalidInput("An employee account must name its employee record (employeeId).");
            }
            Employee employee = Employee.<Employee>findByIdOptional(input.employeeId())
                    .orElseThrow(() -> new InvalidInput("Employee " + input.employeeId() + " does not exist."));
            if (User.count("employeeId", employee.id) > 0) {
                throw new Conflict("Employee " + employee.employeeNumber + " already has an account.");
            }
            user.employeeId = employee.id;
        } else if (input.employeeId() != null) {
            throw new InvalidInput("Only employee accounts are linked to an employee record.");
        }
        if (role == Role.MANAGER) {
            for (Long id : facilityIds) {
                user.facilityIds.add(Facility.<Facility>findByIdOptional(id)
                        .orElseThrow(() -> new InvalidInput("Facility " + id + " does not exist.")).id);
            }
        } else if (!facilityIds.isEmpty()) {
            throw new InvalidInput("Only managers are assigned facilities; the " + role.id() + " role sees "
                    + (role.seesAllFacilities() ? "all facilities." : "only its own records."));
        }
        user.persist();
        audit.append("user.created", "user", user.id, null, null, UserViews.UserView.from(user));
        return UserViews.UserView.from(user);
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
