package org.quotaledger.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.account.ApiTokenViews.NewServiceAccount;
import org.quotaledger.account.ApiTokenViews.NewToken;
import org.quotaledger.account.ApiTokenViews.ServiceAccountView;
import org.quotaledger.account.ApiTokenViews.TokenView;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.facility.Facility;
import org.quotaledger.security.Access;
import org.quotaledger.security.ApiToken;
import org.quotaledger.security.Role;
import org.quotaledger.security.User;
import org.quotaledger.time.AppClock;
import org.quotaledger.web.Conflict;
import org.quotaledger.web.Forbidden;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Problem.FieldError;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * API tokens: anyone signed in makes and revokes their own, within their own reach; administrators also make them for
 * service accounts, see every token and revoke any. The secret is returned once, by {@link #create}; only its hash is
 * kept, and neither the audit trail nor the log ever holds it.
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    public TokenView create(NewToken input) {
        if (access.tokenGrant() != null) {
            // Otherwise a stolen token could outlive its revocation by making others.
            throw new Forbidden("An API token cannot make tokens. Use your password, or the API tokens page.");
        }
        User owner = ownerOf(input);
        Role ownerRole = owner.securityRole();
        Role role = input.role() == null ? ownerRole : Role.of(input.role());
        if (!ownerRole.grants(role)) {
            throw new InvalidInput("A token cannot reach further than its account: " + owner.username + " is " + ownerRole.id()
                    + ", which grants no " + role.id() + " token.", List.of(FieldError.field("role", "is beyond the account's role (" + ownerRole.id() + ")")));
        }
        if (input.expiresAt() != null && !input.expiresAt().isAfter(clock.now())) {
            throw new InvalidInput("The expiry " + input.expiresAt() + " has passed.", List.of(FieldError.field("expiresAt", "must be in the future")));
        }
        ApiToken.Issued issued = ApiToken.issue(owner.id, input.name().strip(), role, facilitiesOf(owner, role, input.facilityIds()),
                input.expiresAt(), access.username(), clock.now());
        issued.token().persist();
        TokenView view = TokenView.from(issued.token(), owner, clock.now());
        audit.append("api-token.created", "api_token", issued.token().id, null, null, view);
        return view.withSecret(issued.secret());
    }

    private User ownerOf(NewToken input) {
        User caller = access.user();
        if (input.accountId() == null || input.accountId().equals(caller.id)) {
            return caller;
        }
        requireAdmin("Only administrators make tokens for service accounts.");
        return User.<User>findByIdOptional(input.accountId()).filter(u -> u.serviceAccount)
                .orElseThrow(() -> new InvalidInput("Account " + input.accountId() + " is not a service account.",
                        List.of(FieldError.field("accountId", "is not a service account"))));
    }

    /**
     * The facilities a token is limited to, or null for all of the owner's. Only a manager's token has a list: the other
     * roles see every facility, or (an employee) their own record.
     */
    private static Set<Long> facilitiesOf(User owner, Role role, Set<Long> requested) {
        Set<Long> ids = requested == null ? Set.of() : requested;
        if (role != Role.MANAGER) {
            if (!ids.isEmpty()) {
                throw new InvalidInput("Only a manager's token is limited to facilities; the " + role.id() + " role "
                        + (role.seesAllFacilities() ? "sees all of them." : "sees only its own records."),
                        List.of(FieldError.field("facilityIds", "only for a manager's token")));
            }
            return null;
        }
        if (owner.securityRole() == Role.MANAGER) {
            var outside = new TreeSet<>(ids);
            outside.removeAll(owner.facilityIds);
            if (!outside.isEmpty()) {
                throw new InvalidInput("Facilities " + outside + " are not among " + owner.username + "'s.",
                        List.of(FieldError.field("facilityIds", "are not all the account's facilities")));
            }
            return ids.isEmpty() ? null : ids;
        }
        // An administrator's manager token: exactly the facilities named, each of which must exist.
        if (ids.isEmpty()) {
            throw new InvalidInput("A manager's token made by an administrator names its facilities.",
                    List.of(FieldError.field("facilityIds", "is required for a manager's token")));
        }
        for (Long id : ids) {
            if (Facility.findByIdOptional(id).isEmpty()) {
                throw new InvalidInput("Facility " + id + " does not exist.", List.of(FieldError.field("facilityIds", "names no facility: " + id)));
            }
        }
        return ids;
    }

    /** The caller's own tokens; an administrator's (with an administrator's token or password) every token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenView> list() {
        List<ApiToken> tokens = access.role() == Role.ADMIN
                ? ApiToken.list("order by createdAt desc, id desc")
                : ApiToken.ownedBy(access.user().id);
        Set<Long> ownerIds = tokens.stream().map(t -> t.userId).collect(Collectors.toSet());
        Map<Long, User> owners = ownerIds.isEmpty() ? Map.of()
                : User.<User>list("id in ?1", ownerIds).stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
        return tokens.stream().map(t -> TokenView.from(t, owners.get(t.userId), clock.now())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TokenView view(long id) {
        ApiToken token = find(id);
        return TokenView.from(token, User.findById(token.userId), clock.now());
    }

    /** Revokes a token at once, for good; revoking a revoked token changes nothing. */
    public TokenView revoke(long id) {
        ApiToken token = find(id);
        User owner = User.findById(token.userId);
        if (token.revoked()) {
            return TokenView.from(token, owner, clock.now());
        }
        var before = TokenView.from(token, owner, clock.now());
        token.revokedAt = clock.now();
        token.revokedBy = access.username();
        var after = TokenView.from(token, owner, clock.now());
        audit.append("api-token.revoked", "api_token", token.id, null, before, after);
        return after;
    }

    /** A token the caller may see: their own, or any for an administrator; others are not found, like a missing one. */
    private ApiToken find(long id) {
        return ApiToken.<ApiToken>findByIdOptional(id)
                .filter(t -> access.role() == Role.ADMIN || t.userId.equals(access.user().id))
                .orElseThrow(() -> new NotFound("API token", id));
    }

    public ServiceAccountView createServiceAccount(NewServiceAccount input) {
        requireAdmin("Only administrators make service accounts.");
        if (User.findByUsername(input.username()).isPresent()) {
            throw new Conflict("The username " + input.username() + " is taken.");
        }
        Role role = Role.of(input.role());
        Set<Long> ids = input.facilityIds() == null ? Set.of() : input.facilityIds();
        if (role == Role.MANAGER && ids.isEmpty()) {
            throw new InvalidInput("A manager service account names its facilities.",
                    List.of(FieldError.field("facilityIds", "is required for the manager role")));
        }
        if (role != Role.MANAGER && !ids.isEmpty()) {
            throw new InvalidInput("Only managers are assigned facilities; the " + role.id() + " role sees all facilities.",
                    List.of(FieldError.field("facilityIds", "only for the manager role")));
        }
        for (Long id : ids) {
            if (Facility.findByIdOptional(id).isEmpty()) {
                throw new InvalidInput("Facility " + id + " does not exist.", List.of(FieldError.field("facilityIds", "names no facility: " + id)));
            }
        }
        User account = User.create(input.username(), unguessablePassword(), role,
                input.displayName() == null || input.displayName().isBlank() ? null : input.displayName().strip());
        account.serviceAccount = true;
        account.facilityIds.addAll(ids);
        account.persist();
        var view = ServiceAccountView.from(account);
        audit.append("user.created", "user", account.id, null, null, view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceAccountView> serviceAccounts() {
        requireAdmin("Only administrators see service accounts.");
        return User.<User>list("serviceAccount = true order by username").stream().map(ServiceAccountView::from).toList();
    }

    // The service decides, whoever calls it: the resource's @RolesAllowed and the page's early refusal only say so sooner.
    private void requireAdmin(String why) {
        if (access.role() != Role.ADMIN) {
            throw new Forbidden(why);
        }
    }

    /** The roles the caller's account may give a token, its own first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> grantableRoles() {
        Role own = access.user().securityRole();
        var roles = new java.util.ArrayList<String>(List.of(own.id()));
        for (Role r : Role.values()) {
            if (r != own && own.grants(r)) {
                roles.add(r.id());
            }
        }
        return roles;
    }

    /** The facilities a manager's token of the caller may be limited to: a manager's own, an administrator's all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserViews.FacilityChoice> facilityChoices() {
        User caller = access.user();
        List<Facility> facilities = switch (caller.securityRole()) {
            case ADMIN -> Facility.list("order by code");
            case MANAGER -> caller.facilityIds.isEmpty() ? List.of() : Facility.list("id in ?1 order by code", caller.facilityIds);
            default -> List.of();
        };
        return facilities.stream().map(f -> new UserViews.FacilityChoice(f.id, f.code, f.name)).toList();
    }

    /** A service account signs in with tokens only; its password hash is of random bytes nobody is told. */
    private static String unguessablePassword() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
