package org.quotaledger.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An API token: a random secret sent as {@code Authorization: Bearer ql_...}, checked with one indexed lookup of its
 * SHA-256 instead of bcrypt on every call. Only the hash is kept; the secret is shown once, by {@link #issue}. A token
 * acts as its owner ({@code userId}, a person or a service account) within {@code role} and, for a manager's token,
 * {@code facilityIds} (null: all of the owner's), never beyond the owner as it stands at the call ({@link ApiTokenSignIn}).
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntity {

    @Column(name = "user_id")
    public Long userId;

    public String name;

    public String tokenHash;

    public String prefix;

    public String role;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public Long[] facilityIds;

    public Instant createdAt;

    public String createdBy;

    public Instant expiresAt;

    public Instant revokedAt;

    public String revokedBy;

    public Instant lastUsedAt;

    /** A new token and its secret: the caller shows the secret once and persists the token, which keeps only its hash. */
    public record Issued(ApiToken token, String secret) {
    }

    public static Issued issue(long userId, String name, Role role, Set<Long> facilityIds, Instant expiresAt, String createdBy,
                               Instant now) {
        String secret = ApiTokenSecrets.generate();
        var token = new ApiToken();
        token.userId = userId;
        token.name = name;
        token.tokenHash = ApiTokenSecrets.hash(secret);
        token.prefix = ApiTokenSecrets.shownPart(secret);
        token.role = role.id();
        token.facilityIds = facilityIds == null ? null : new TreeSet<>(facilityIds).toArray(Long[]::new);
        token.createdAt = now;
        token.createdBy = createdBy;
        token.expiresAt = expiresAt;
        return new Issued(token, secret);
    }

    public Role securityRole() {
        return Role.of(role);
    }

    /** The facilities the token is limited to, sorted, or null when it has the owner's reach. */
    public List<Long> facilities() {
        return facilityIds == null ? null : Arrays.stream(facilityIds).sorted().toList();
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public static List<ApiToken> ownedBy(long userId) {
        return list("userId = ?1 order by createdAt desc, id desc", userId);
    }
}
