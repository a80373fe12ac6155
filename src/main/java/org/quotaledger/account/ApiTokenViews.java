package org.quotaledger.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.quotaledger.security.ApiToken;
import org.quotaledger.security.User;

import java.time.Instant;
import java.util.List;
import java.util.Set;

public final class ApiTokenViews {

    private ApiTokenViews() {
    }

    /**
     * A token to make. {@code role}: the owner's by default, or one it reaches no further than (an administrator's may
     * be a manager's for chosen facilities, a compliance officer's read-only). {@code facilityIds}: for a manager's
     * token, the facilities it is limited to (a manager's: some of their own, all by default). {@code accountId}: an
     * administrator makes a token for a service account instead of themselves.
     */
    public record NewToken(
            @NotBlank(message = "is required: what the token is for, e.g. LMS feed") @Size(max = 100, message = "is longer than 100 characters") String name,
            @Pattern(regexp = "admin|manager|employee|compliance|regulator", message = "must be admin, manager, employee, compliance or regulator") String role,
            Set<Long> facilityIds,
            Instant expiresAt,
            Long accountId) {
    }

    /**
     * A token as listed: never its secret, which {@code token} carries only in the answer to its creation.
     *
     * @param prefix   the token's first characters, to recognise it by
     * @param status   {@code active}, {@code expired} or {@code revoked}
     * @param owner    the account it acts as
     * @param lastUsed to the minute: busy tokens are not written on every call
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TokenView(long id, String name, String prefix, String owner, boolean serviceAccount, String role,
                            List<Long> facilityIds, Instant createdAt, String createdBy, Instant expiresAt, Instant lastUsed,
                            Instant revokedAt, String revokedBy, String status, String token) {

        static TokenView from(ApiToken t, User owner, Instant now) {
            return new TokenView(t.id, t.name, t.prefix, owner.username, owner.serviceAccount, t.role, t.facilities(), t.createdAt,
                    t.createdBy, t.expiresAt, t.lastUsedAt, t.revokedAt, t.revokedBy,
                    t.revoked() ? "revoked" : t.expired(now) ? "expired" : "active", null);
        }

        TokenView withSecret(String secret) {
            return new TokenView(id, name, prefix, owner, serviceAccount, role, facilityIds, createdAt, createdBy, expiresAt,
                    lastUsed, revokedAt, revokedBy, status, secret);
        }

        public boolean active() {
            return "active".equals(status);
        }
    }

    /** A service account: an account for a system, acting only through its tokens. A manager's names its facilities. */
    public record NewServiceAccount(
            @NotBlank(message = "is required") @Size(min = 3, max = 64, message = "must be 3 to 64 characters") @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may contain letters, digits, '.', '_', '@' and '-'") String username,
            @Size(max = 200, message = "is longer than 200 characters") String displayName,
            @NotNull(message = "is required: manager, compliance or regulator") @Pattern(regexp = "manager|compliance|regulator", message = "must be manager, compliance or regulator") String role,
            Set<Long> facilityIds) {
    }

    public record ServiceAccountView(long id, String username, String displayName, String role, List<Long> facilityIds, boolean disabled) {
        static ServiceAccountView from(User u) {
            return new ServiceAccountView(u.id, u.username, u.displayName, u.role, u.facilityIds.stream().sorted().toList(), u.disabled());
        }
    }
}
