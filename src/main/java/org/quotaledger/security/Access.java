package org.quotaledger.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.web.Forbidden;
import org.quotaledger.web.NotFound;

import java.util.stream.Collectors;

/**
 * Who may see and change which records: the fine-grained half of authorisation, next to the
 * {@code @RolesAllowed} on resources. Every facility- or employee-scoped service starts here, and
 * records outside the caller's reach are answered as "not found" so their existence is never confirmed.
 */
@RequestScoped
@jakarta.inject.Named("access")
public class Access {

    @Inject
    SecurityIdentity identity;

    private User user;

    public User user() {
        if (user == null) {
            if (identity.isAnonymous()) {
                throw new io.quarkus.security.UnauthorizedException();
            }
            user = User.findByUsername(identity.getPrincipal().getName())
                    .orElseThrow(io.quarkus.security.UnauthorizedException::new);
        }
        return user;
    }

    /** The signed-in user, or null on public pages; for templates, which must render for anyone. */
    public User signedIn() {
        // Unmatched routes are answered on the I/O thread, where neither the identity nor the database may be asked.
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            return null;
        }
        return identity.isAnonymous() ? null : user();
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Role role() {
        return user().securityRole();
    }

    public FacilityScope facilityScope() {
        User u = user();
        return switch (u.securityRole()) {
            case ADMIN, COMPLIANCE, REGULATOR -> FacilityScope.ALL;
            case MANAGER -> FacilityScope.only(u.facilities.stream().map(f -> f.id).collect(Collectors.toSet()));
            case EMPLOYEE -> FacilityScope.only(java.util.Set.of(u.employee.facility.id));
        };
    }

    /** A facility the caller may see, or 404. */
    public Facility facility(long id) {
        return Facility.<Facility>findByIdOptional(id)
                .filter(f -> facilityScope().includes(f.id))
                .orElseThrow(() -> new NotFound("facility", id));
    }

    /** A facility the caller may change (admins, and managers of it); 404 if unseen, 403 if only readable. */
    public Facility facilityToChange(long id) {
        Facility facility = facility(id);
        requireManagement();
        return facility;
    }

    /** Refuses read-only roles and employees. */
    public void requireManagement() {
        if (!canChange()) {
            throw new Forbidden("Your role (" + role().id() + ") may read this facility's records but not change them.");
        }
    }

    /** An employee record the caller may see: employees only themselves, managers their facilities' staff. */
    public Employee employee(long id) {
        return Employee.<Employee>findByIdOptional(id)
                .filter(this::canSee)
                .orElseThrow(() -> new NotFound("employee", id));
    }

    /** Admins and managers change records; the other roles only read them. */
    public boolean canChange() {
        Role role = role();
        return role == Role.ADMIN || role == Role.MANAGER;
    }

    public boolean canSee(Employee employee) {
        User u = user();
        if (u.securityRole() == Role.EMPLOYEE) {
            return u.employee.id.equals(employee.id);
        }
        return facilityScope().includes(employee.facility.id);
    }

    /** The employee record of the signed-in employee. */
    public Employee self() {
        User u = user();
        if (u.employee == null) {
            throw new Forbidden("Only employees have their own employee record here.");
        }
        return u.employee;
    }
}
