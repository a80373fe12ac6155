package org.quotaledger.security;

import java.util.Set;

/**
 * What a request signed with an API token may do: the token's role and, for a manager's token, the facilities it is
 * limited to (null: all of the owner's); {@code account}, the owner as read with the token for this request (detached,
 * its facilities loaded), so that {@link Access} need not read it again. Carried as an attribute of the {@link io.quarkus.security.identity.SecurityIdentity};
 * {@link Access} applies it.
 */
public record ApiTokenGrant(long tokenId, Role role, Set<Long> facilityIds, User account) {

    static final String ATTRIBUTE = "quotaledger.api-token";
}
