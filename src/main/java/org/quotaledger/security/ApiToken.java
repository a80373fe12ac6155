package org.quotaledger.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An API token: a random secret sent as {@code Authorization: Bearer ql_...}, checked with one indexed lookup of its
 * SHA-256 instead of bcrypt on every call. Only the hash is kept; the secret is shown once, by {@link #issue}. A token
 * acts as its owner ({@code userId}, a person or a service account) within {@code role} and, for a manager's token,
 * {@code facilityIds} (null: all of the owner's), never beyond the owner as it stands at the call ({@link ApiTokenSignIn}).
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntity {

    /** Marks our tokens, so a secret found in a log or a repository is recognised and can be revoked. */
    public static final String SCHEME_PREFIX = "ql_";

    /** How much of a token the pages and the API show to recognise it by: the scheme and five characters. */
    private static final int SHOWN = SCHEME_PREFIX.length() + 5;

    /** 32 random bytes in unpadded base64url: 43 characters. */
    private static final Pattern FORMAT = Pattern.compile("ql_[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

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
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SCHEME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var token = new ApiToken();
        token.userId = userId;
        token.name = name;
        token.tokenHash = hash(secret);
        token.prefix = secret.substring(0, SHOWN);
        token.role = role.id();
        token.facilityIds = facilityIds == null ? null : new TreeSet<>(facilityIds).toArray(Long[]::new);
        token.createdAt = now;
        token.createdBy = createdBy;
        token.expiresAt = expiresAt;
        return new Issued(token, secret);
    }

    /** Whether {@code text} can be one of our tokens at all: anything else is refused without asking the database. */
    static boolean wellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** The SHA-256 of a secret, in lowercase hex: what is stored and looked up. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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
