package org.quotaledger.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.quotaledger.audit.AuditLog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an identity signed in by the OpenID Connect provider (a session from the sign-in button, or a provider's
 * bearer token on the API) into a Quota Ledger account, just in time: the account linked to the token's issuer and
 * subject is made at the first sign-in and brought in line with the token's groups and facilities at every later one
 * ({@link ProviderClaims}). The identity then carries the account's username and role, like a password sign-in's, so
 * {@link Access} and {@code @RolesAllowed} treat both alike.
 *
 * <p>Accounts made here are named {@code oidc:<subject>}, a name no local account can have (local usernames allow no
 * colon), so a provider's "admin" never becomes the local administrator; should a local account hold the name anyway,
 * the sign-in is refused. An identity whose groups grant no Quota Ledger role is let through with no role and no
 * account ({@link #NO_ROLE}): every page and call then answers 403, saying why.
 */
@ApplicationScoped
public class SingleSignOn implements SecurityIdentityAugmentor {

    /** Attribute of an identity from the provider: the id of the account it was linked to. */
    static final String LINKED = "quotaledger.sso-account";

    /** Attribute of an identity from the provider whose groups grant no Quota Ledger role. */
    static final String NO_ROLE = "quotaledger.sso-no-role";

    static final String USERNAME_PREFIX = "oidc:";

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class);

    private static final int LONGEST_USERNAME = 64;

    @Inject
    SingleSignOnConfig config;

    @Inject
    FacilityCodes facilityCodes;

    @Inject
    AuditLog audit;

    /** Whether the identity came from the provider (as signed in, or once linked here). */
    static boolean fromProvider(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken || identity.getAttribute(LINKED) != null
                || identity.getAttribute(NO_ROLE) != null;
    }

    static boolean withoutRole(SecurityIdentity identity) {
        return identity.getAttribute(NO_ROLE) != null;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        ProviderClaims claims = ProviderClaims.read(token, config);
        if (claims.issuer() == null || claims.subject() == null) {
            // The provider's signature checked out, but without both there is nothing stable to link an account to.
            return Uni.createFrom().failure(new AuthenticationFailedException("token without issuer or subject"));
        }
        if (claims.role() == null) {
            return Uni.createFrom().item(withoutRole(identity, claims));
        }
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> {
            User account = link(claims);
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(account.username))
                    .addRole(account.role)
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addAttribute(LINKED, account.id)
                    .build();
        }));
    }

    private static SecurityIdentity withoutRole(SecurityIdentity identity, ProviderClaims claims) {
        // The provider's identity is logged by nothing here: which of its people lack a group is the provider's business.
        LOG.info("A single sign-on identity whose groups grant no Quota Ledger role was refused its role");
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username(claims.subject())))
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(NO_ROLE, Boolean.TRUE)
                .build();
    }

    /** The linked account, made or updated to match the claims; refused if disabled or if its name is a local account's. */
    private User link(ProviderClaims claims) {
        User account = User.<User>find("oidcIssuer = ?1 and oidcSubject = ?2", claims.issuer(), claims.subject()).firstResult();
        Set<Long> facilities = facilities(claims, account);
        if (account == null) {
            String username = username(claims.subject());
            User.findByUsername(username).ifPresent(local -> {
                LOG.warnf("Single sign-on refused: the name of the account it would make is taken by local account %d", local.id);
                throw new AuthenticationFailedException("username taken by a local account");
            });
            account = User.create(username, unguessablePassword(), claims.role(), text(claims.displayName(), 200));
            account.email = text(claims.email(), 254);
            account.oidcIssuer = claims.issuer();
            account.oidcSubject = claims.subject();
            account.facilityIds = new HashSet<>(facilities);
            account.persist();
            account.flush();
            audit.appendAs(account.username, "user.linked", "user", account.id, null, null, view(account));
            return account;
        }
        if (account.disabled()) {
            throw new AuthenticationFailedException("account disabled");
        }
        Map<String, Object> before = view(account);
        account.role = claims.role().id();
        account.facilityIds.retainAll(facilities);
        account.facilityIds.addAll(facilities);
        if (claims.displayName() != null) {
            account.displayName = text(claims.displayName(), 200);
        }
        if (claims.email() != null) {
            account.email = text(claims.email(), 254);
        }
        Map<String, Object> after = view(account);
        if (!before.equals(after)) {
            // What the account may do changed at the provider: recorded like an administrator's change here would be.
            audit.appendAs(account.username, "user.provider-updated", "user", account.id, null, before, after);
        }
        return account;
    }

    /** The ids of the claimed facilities that exist; the others are logged by code and the account's id, and ignored. */
    private Set<Long> facilities(ProviderClaims claims, User account) {
        if (claims.role() != Role.MANAGER) {
            return Set.of();
        }
        Map<String, Long> found = facilityCodes.idsOf(claims.facilityCodes());
        if (found.size() < claims.facilityCodes().size()) {
            Set<String> unknown = new TreeSet<>(claims.facilityCodes());
            unknown.removeAll(found.keySet());
            LOG.warnf("Single sign-on: %s names facility codes no facility has, ignored: %s",
                    account == null ? "a new account" : "account " + account.id, unknown);
        }
        return new HashSet<>(found.values());
    }

    /** What the audit trail records of an account made or changed here: no name, no e-mail address. */
    private static Map<String, Object> view(User account) {
        var view = new LinkedHashMap<String, Object>();
        view.put("username", account.username);
        view.put("role", account.role);
        view.put("facilityIds", new TreeSet<>(account.facilityIds));
        view.put("issuer", account.oidcIssuer);
        return view;
    }

    /**
     * {@code oidc:} and the subject; a subject too long for a username, or with characters a username should not
     * carry, is replaced by a digest of it (the subject itself stays in {@code oidcSubject}).
     */
    static String username(String subject) {
        String name = USERNAME_PREFIX + subject;
        if (name.length() <= LONGEST_USERNAME && subject.matches("[A-Za-z0-9._@-]+")) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return USERNAME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Nobody is told this password: the account signs in through the provider only (AccountStanding refuses it). */
    private static String unguessablePassword() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    private static String text(String value, int longest) {
        return value == null || value.length() <= longest ? value : value.substring(0, longest);
    }
}
