package org.quotaledger.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;


/**
 * Restores the account behind a sign-in cookie (the form login's, checked and decrypted by Quarkus) with one indexed
 * query that also answers {@link AccountStanding}'s question: a disabled account, a service account, an account made by
 * single sign-on (it signs in through its provider) or one that no longer exists is refused here. The account read is the request's ({@link Access} takes it from the identity), so a
 * page view asks nothing more to know who it is; quarkus-security-jpa's own provider for the cookie asked three times.
 */
@ApplicationScoped
public class SessionSignIn implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    SessionFactory sessions;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Ahead of quarkus-security-jpa's provider (default priority 1001; higher goes first), which never sees a cookie. */
    @Override
    public int priority() {
        return 2 * SYSTEM_FIRST;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        return context.runBlocking(() -> {
            try (StatelessSession session = sessions.openStatelessSession()) {
                User account = session.createSelectionQuery("from User u where u.username = :username", User.class)
                        .setParameter("username", username).uniqueResult();
                if (account == null || account.disabled() || account.serviceAccount || account.oidcSubject != null) {
                    throw new AuthenticationFailedException("account disabled");
                }
                account.loadFacilities(session);
                return QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(account.username))
                        .addRole(account.securityRole().id())
                        .addAttribute(Access.ACCOUNT, account)
                        .build();
            }
        });
    }
}
