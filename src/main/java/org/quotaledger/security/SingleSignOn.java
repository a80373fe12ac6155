package org.quotaledger.security;

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


/**
 * Turns an identity signed in by the OpenID Connect provider (a session from the sign-in button, or a provider's
 * bearer token on the API) into a Quota Ledger account, just in time: the account linked to the token's issuer and
 * subject is made at the first sign-in and brought in line with the token's groups and facilities at every later one
 * ({@link ProviderClaims}, {@link SingleSignOnService}). The identity then carries the account's username and role, like a password sign-in's, so
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

    @Inject
    SingleSignOnConfig config;

    @Inject
    SingleSignOnService accounts;

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
        return context.runBlocking(() -> {
            SingleSignOnService.Linked account = accounts.link(claims);
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(account.username()))
                    .addRole(account.role().id())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addAttribute(LINKED, account.id())
                    // The account as linked, its facilities loaded: Access needs no second read.
                    .addAttribute(Access.ACCOUNT, account.account())
                    .build();
        });
    }

    private static SecurityIdentity withoutRole(SecurityIdentity identity, ProviderClaims claims) {
        // The provider's identity is logged by nothing here: which of its people lack a group is the provider's business.
        LOG.info("A single sign-on identity whose groups grant no Quota Ledger role was refused its role");
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(SingleSignOnService.username(claims.subject())))
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(NO_ROLE, Boolean.TRUE)
                .build();
    }
}
