package org.quotaledger.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Refuses a disabled account on every request, however it signs in. The form login's cookie is stateless (an
 * encrypted username and expiry), so it stays valid after the account is disabled unless the account itself is
 * checked: {@link SessionSignIn} checks it as it restores the cookie's account, and this augmentor, after the password
 * check (form and HTTP Basic), asks the database one indexed question by username. An account that no longer exists is
 * refused the same way, and so is a service account, which signs in with its API tokens only, and an account made by
 * single sign-on, which signs in through its provider only ({@link SingleSignOn}).
 */
@ApplicationScoped
public class AccountStanding implements SecurityIdentityAugmentor {

    @Inject
    SessionFactory sessions;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(ApiTokenGrant.ATTRIBUTE) != null
                || identity.getAttribute(Access.ACCOUNT) != null || SingleSignOn.fromProvider(identity)) {
            // An API token's owner, a sign-in cookie's account, or an account signed in by the provider was checked by
            // the query that read it (ApiTokenSignIn, SessionSignIn, SingleSignOn), whichever augmentor runs first.
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        return context.runBlocking(() -> {
            if (!enabled(username)) {
                throw new AuthenticationFailedException("account disabled");
            }
            return identity;
        });
    }

    private boolean enabled(String username) {
        try (Session session = sessions.openSession()) {
            session.setDefaultReadOnly(true);
            return session.createSelectionQuery("select count(*) from User u where u.username = :username and u.disabledAt is null and u.serviceAccount = false and u.oidcSubject is null",
                    Long.class).setParameter("username", username).getSingleResult() > 0;
        }
    }
}
