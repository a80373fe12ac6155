package org.quotaledger.security;

import java.util.Set;

/**
 * What a request signed with an API token may do: the token's role and, for a manager's token, the facilities it is
 * limited to (null: all of the owner's). Carried as an attribute of the {@link io.quarkus.security.identity.SecurityIdentity};
 * {@link Access} applies it.
 */
public record ApiTokenGrant(long tokenId, Role role, Set<Long> facilityIds) {

    static final String ATTRIBUTE = "quotaledger.api-token";
}
