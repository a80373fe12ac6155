package org.quotaledger.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.quotaledger.web.Forbidden;

/**
 * Who may see and change which records: the fine-grained half of authorisation, next to the
 * {@code @RolesAllowed} on resources. Every facility- or employee-scoped service starts here, and
 * records outside the caller's reach are answered as "not found" so their existence is never confirmed. It answers
 * with ids (a {@link FacilityScope}, the caller's own employee record id); the finders that turn them into records
 * are the entities' own ({@code Facility.seenBy}, {@code Employee.seenBy}...), in the packages above.
 */
@RequestScoped
@jakarta.inject.Named("access")
public class Access {

    /**
     * The identity attribute holding the request's account as its sign-in read it (detached, a manager's facilities
     * loaded): {@link SessionSignIn} for a sign-in cookie, {@link SingleSignOn} for the provider's identities.
     */
    static final String ACCOUNT = "quotaledger.account";

    @Inject
    SecurityIdentity identity;

    @Inject
    EmployeeRecords employees;

    private User user;

    private FacilityScope scope;

    public User user() {
        if (user == null) {
            if (identity.isAnonymous()) {
                throw new io.quarkus.security.UnauthorizedException();
            }
            if (SingleSignOn.withoutRole(identity)) {
                throw new Forbidden("Your single sign-on account has no Quota Ledger role. Ask your administrator to add"
                        + " you to one of the Quota Ledger groups at your identity provider.");
            }
            ApiTokenGrant grant = tokenGrant();
            User restored = identity.getAttribute(ACCOUNT);
            user = grant != null ? grant.account() : restored != null ? restored
                    : User.findByUsername(identity.getPrincipal().getName()).orElseThrow(io.quarkus.security.UnauthorizedException::new);
        }
        return user;
    }

    /** The signed-in user, or null on public pages; for templates, which must render for anyone. */
    public User signedIn() {
        // Unmatched routes are answered on the I/O thread, where neither the identity nor the database may be asked.
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            return null;
        }
        // An identity from the provider with no role has no account: its pages render as for anyone.
        return identity.isAnonymous() || SingleSignOn.withoutRole(identity) ? null : user();
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The caller's role: the account's, or the API token's it signed in with (never more than the account's). */
    public Role role() {
        ApiTokenGrant grant = tokenGrant();
        return grant == null ? user().securityRole() : grant.role();
    }

    /** The API token the request signed in with, or null for a password or a sign-in cookie. */
    public ApiTokenGrant tokenGrant() {
        return identity.isAnonymous() ? null : identity.getAttribute(ApiTokenGrant.ATTRIBUTE);
    }

    public FacilityScope facilityScope() {
        if (scope == null) {
            User u = user();
            ApiTokenGrant grant = tokenGrant();
            // Kept for the request like the user: an employee's facility is one query away.
            scope = switch (role()) {
                case ADMIN, COMPLIANCE, REGULATOR -> FacilityScope.ALL;
                case MANAGER -> managed(u, grant);
                case EMPLOYEE -> FacilityScope.only(java.util.Set.of(employees.facilityOf(u.employeeId)));
            };
        }
        return scope;
    }

    /**
     * A manager's facilities: the account's own, narrowed to a token's list. An administrator's manager token has
     * exactly its list; a manager's token never more than the manager has today, whatever it was made with.
     */
    private static FacilityScope managed(User u, ApiTokenGrant grant) {
        if (grant == null || grant.facilityIds() == null) {
            return FacilityScope.only(u.facilityIds);
        }
        if (u.securityRole() == Role.ADMIN) {
            return FacilityScope.only(grant.facilityIds());
        }
        var both = new java.util.HashSet<>(grant.facilityIds());
        both.retainAll(u.facilityIds);
        return FacilityScope.only(both);
    }

    /** Refuses read-only roles and employees. */
    public void requireManagement() {
        if (!canChange()) {
            throw new Forbidden("Your role (" + role().id() + ") may read this facility's records but not change them.");
        }
    }

    /** Admins and managers change records; the other roles only read them. */
    public boolean canChange() {
        Role role = role();
        return role == Role.ADMIN || role == Role.MANAGER;
    }

    /** Whether the caller may see an employee record: employees only themselves, managers their facilities' staff. */
    public boolean canSeeEmployee(long employeeId, long facilityId) {
        User u = user();
        if (role() == Role.EMPLOYEE) {
            return u.employeeId.equals(employeeId);
        }
        return facilityScope().includes(facilityId);
    }

    /** The id of the signed-in employee's own record; 403 for the roles that have none. */
    public long selfId() {
        Long id = user().employeeId;
        if (id == null) {
            throw new Forbidden("Only employees have their own employee record here.");
        }
        return id;
    }
}
