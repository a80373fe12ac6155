package org.quotaledger.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.quotaledger.time.AppClock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Checks an API token ({@link BearerTokens}): one indexed query by the secret's SHA-256 that reads the token and its
 * owner together, so a revoked or expired token, a disabled owner, or an owner whose role no longer grants the token's
 * role is refused without a second question ({@link AccountStanding} does not ask again). The identity carries the
 * token's role, not the owner's, and an {@link ApiTokenGrant} that {@link Access} applies to the facilities. The owner
 * read here is the request's account too, so a call with a token asks the database nothing more to know who it is.
 */
@ApplicationScoped
public class ApiTokenSignIn implements IdentityProvider<TokenAuthenticationRequest> {

    /** How stale a token's last-used time may get: one write a minute per busy token, not one per call. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    SingleSignOnConfig singleSignOn;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Ahead of quarkus-oidc's provider (the default priority, 1001; higher goes first): with single sign-on on, its
     * bearer mechanism reads every {@code Authorization: Bearer} header on the API, ours included, and this provider
     * takes the API tokens out of that stream.
     */
    @Override
    public int priority() {
        return 2 * SYSTEM_FIRST;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        if (singleSignOn.enabled() && !ApiTokenSecrets.looksLikeOne(secret)) {
            // A provider's token (a JWT never starts with ql_): quarkus-oidc's provider checks it next.
            return Uni.createFrom().nullItem();
        }
        if (!ApiTokenSecrets.wellFormed(secret)) {
            // Garbage costs no database work.
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String hash = ApiTokenSecrets.hash(secret);
        return context.runBlocking(() -> {
            Instant now = clock.now();
            ApiToken granted;
            User grantee;
            try (StatelessSession session = sessions.openStatelessSession()) {
                Object[] row = session.createSelectionQuery(
                                "select t, u from ApiToken t join User u on u.id = t.userId where t.tokenHash = :hash", Object[].class)
                        .setParameter("hash", hash).uniqueResult();
                if (row == null) {
                    throw new AuthenticationFailedException();
                }
                ApiToken token = (ApiToken) row[0];
                User owner = (User) row[1];
                Role role = token.securityRole();
                if (token.revoked() || token.expired(now) || owner.disabled() || !owner.securityRole().grants(role)) {
                    throw new AuthenticationFailedException();
                }
                owner.loadFacilities(session);
                granted = token;
                grantee = owner;
            }
            // Once the reading session has given its connection back: a sign-in never holds two of the pool's.
            if (granted.lastUsedAt == null || granted.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
                touch(granted.id, now);
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(grantee.username))
                    .addRole(granted.securityRole().id())
                    .addAttribute(ApiTokenGrant.ATTRIBUTE, new ApiTokenGrant(granted.id, granted.securityRole(),
                            granted.facilityIds == null ? null : Set.of(granted.facilityIds), grantee))
                    .build();
        });
    }

    /** Sets the last-used time unless another call (or instance) already did within the minute. */
    private void touch(long id, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update api_token set last_used_at = ?1 where id = ?2 and (last_used_at is null or last_used_at < ?3)")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, id)
                .setParameter(3, now.minus(LAST_USED_PRECISION).atOffset(ZoneOffset.UTC))
                .executeUpdate());
    }
}
