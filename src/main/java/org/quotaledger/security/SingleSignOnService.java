package org.quotaledger.security;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * The accounts single sign-on makes ({@link SingleSignOn}): one per issuer and subject, made at the first sign-in and
 * audited, then kept in line with the provider's groups and facilities at every sign-in. Its own transaction: a
 * sign-in happens before any request's work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SingleSignOnService {

    private static final Logger LOG = Logger.getLogger(SingleSignOnService.class);

    private static final int LONGEST_USERNAME = 64;

    @Inject
    FacilityCodes facilityCodes;

    @Inject
    AuditLog audit;

    /** What a sign-in needs of the account; {@code account} itself, its facilities loaded, detached once the transaction ends. */
    public record Linked(long id, String username, Role role, User account) {
    }

    /** The linked account, made or updated to match the claims; refused if disabled or if its name is a local account's. */
    public Linked link(ProviderClaims claims) {
        User account = linked(claims);
        if (account == null) {
            // A person's first requests can arrive together (a page and its calls, or on two instances). Without this
            // lock the loser's insert fails on the unique key, and the driver's error message, which the log shows,
            // quotes the row. Only a first sign-in takes it.
            User.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, "sso:" + claims.issuer() + " " + claims.subject()).getSingleResult();
            account = linked(claims);
        }
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
            return new Linked(account.id, account.username, claims.role(), account);
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
        return new Linked(account.id, account.username, claims.role(), account);
    }

    private static User linked(ProviderClaims claims) {
        return User.<User>find("oidcIssuer = ?1 and oidcSubject = ?2", claims.issuer(), claims.subject()).firstResult();
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
        String name = SingleSignOn.USERNAME_PREFIX + subject;
        if (name.length() <= LONGEST_USERNAME && subject.matches("[A-Za-z0-9._@-]+")) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return SingleSignOn.USERNAME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
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
