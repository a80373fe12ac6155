package org.quotaledger.security;

import jakarta.inject.Inject;
import org.quotaledger.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.security.UserViews.NewUser;
import org.quotaledger.web.Conflict;
import org.quotaledger.web.InvalidInput;

import java.util.List;
import java.util.Set;

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
            if (User.count("employee", employee) > 0) {
                throw new Conflict("Employee " + employee.employeeNumber + " already has an account.");
            }
            user.employee = employee;
        } else if (input.employeeId() != null) {
            throw new InvalidInput("Only employee accounts are linked to an employee record.");
        }
        if (role == Role.MANAGER) {
            for (Long id : facilityIds) {
                user.facilities.add(Facility.<Facility>findByIdOptional(id)
                        .orElseThrow(() -> new InvalidInput("Facility " + id + " does not exist.")));
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
        return User.<User>list("order by username").stream().map(UserViews.UserRow::from).toList();
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
