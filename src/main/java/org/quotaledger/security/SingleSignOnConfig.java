package org.quotaledger.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Single sign-on with an OpenID Connect provider (docs/operations.md): off unless enabled. The provider itself
 * (address, client id, secret) is quarkus-oidc's tenant {@code sso}; this is how its tokens map to Quota Ledger roles
 * and facilities.
 */
@ConfigMapping(prefix = "quotaledger.oidc")
public interface SingleSignOnConfig {

    /** Whether the login page offers the provider and the API accepts its tokens (QUOTALEDGER_OIDC_ENABLED). */
    @WithDefault("false")
    boolean enabled();

    /** The provider's name on the login page's button: "Sign in with ...". */
    @WithDefault("single sign-on")
    String providerName();

    /** The token claim listing the person's groups or roles; a dotted path reaches into nested claims. */
    @WithDefault("groups")
    String roleClaim();

    /** The token claim listing the codes of the facilities a manager manages. */
    @WithDefault("quotaledger_facilities")
    String facilityClaim();

    /** The group (a value of the role claim) that makes an administrator. */
    @WithDefault("quotaledger-admin")
    String adminGroup();

    /** The group that makes a compliance officer. */
    @WithDefault("quotaledger-compliance")
    String complianceGroup();

    /** The group that makes a facility manager, of the facilities the facility claim names. */
    @WithDefault("quotaledger-manager")
    String managerGroup();

    /** The group that makes a regulator (read-only, every facility). */
    @WithDefault("quotaledger-regulator")
    String regulatorGroup();
}
