package org.quotaledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.time.AppClock;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Counts failed sign-ins per username and per client address in PostgreSQL (table {@code login_failure}), so that
 * every instance sees the same attempts, and refuses further ones while too many fall within the window.
 *
 * <p>HTTP Basic asks this on every API call, so the check is one indexed query over a table that holds only the
 * window's failures; everything else happens only when a sign-in fails, or succeeds after failures.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Longest stored username or address: longer usernames cannot exist (app_user.username is as long). */
    static final int MAX_KEY = 64;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    LoginThrottleConfig config;

    /** Where a username and an address stand: their failures within the window, and whether to refuse. */
    public record Standing(long accountFailures, long addressFailures, long retryAfterSeconds) {
        public boolean refused() {
            return retryAfterSeconds > 0;
        }
    }

    @Transactional
    public Standing standing(String username, String address) {
        String user = key(username);
        String from = key(address);
        Instant now = clock.now();
        Object[] counts = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where username = ?1), count(*) filter (where address = ?2)
                        from login_failure where failed_at > ?3 and (username = ?1 or address = ?2)""")
                .setParameter(1, user).setParameter(2, from).setParameter(3, utc(now.minus(config.failureWindow())))
                .getSingleResult();
        long account = ((Number) counts[0]).longValue();
        long fromAddress = ((Number) counts[1]).longValue();
        Instant retryAt = null;
        if (account >= config.maxFailuresPerAccount()) {
            retryAt = later(retryAt, freedAt("username", user, config.maxFailuresPerAccount(), now));
        }
        if (fromAddress >= config.maxFailuresPerAddress()) {
            retryAt = later(retryAt, freedAt("address", from, config.maxFailuresPerAddress(), now));
        }
        long retryAfter = retryAt == null ? 0 : Math.max(1, Duration.between(now, retryAt).toSeconds() + 1);
        return new Standing(account, fromAddress, retryAfter);
    }

    /**
     * Records a failed sign-in and its audit event. {@code via} is how it came: {@code form} or {@code basic}.
     * Refused attempts are not recorded: they are not password checks, and a flood of them must not grow the trail.
     */
    @Transactional
    public void failed(String username, String address, String via, Standing before) {
        String user = key(username);
        String from = key(address);
        Instant now = clock.now();
        em.createNativeQuery("delete from login_failure where failed_at <= ?1")
                .setParameter(1, utc(now.minus(config.failureWindow()))).executeUpdate();
        em.createNativeQuery("insert into login_failure (username, address, failed_at) values (?1, ?2, ?3)")
                .setParameter(1, user).setParameter(2, from).setParameter(3, utc(now)).executeUpdate();
        var details = new LinkedHashMap<String, Object>();
        details.put("username", user);
        details.put("address", from);
        details.put("via", via);
        details.put("accountFailures", before.accountFailures() + 1);
        details.put("addressFailures", before.addressFailures() + 1);
        details.put("refusingFurtherAttempts", before.accountFailures() + 1 >= config.maxFailuresPerAccount()
                || before.addressFailures() + 1 >= config.maxFailuresPerAddress());
        audit.appendAs("anonymous", "login.failed", "user", user, null, null, details);
    }

    /** A right password after failures: the account starts afresh (the address keeps its count). */
    @Transactional
    public void succeeded(String username) {
        em.createNativeQuery("delete from login_failure where username = ?1").setParameter(1, key(username)).executeUpdate();
    }

    /** When the failure that keeps this key at its limit leaves the window. */
    private Instant freedAt(String column, String value, int limit, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select failed_at from login_failure where " + column + " = ?1"
                        + " and failed_at > ?2 order by failed_at desc offset ?3 limit 1")
                .setParameter(1, value).setParameter(2, utc(now.minus(config.failureWindow()))).setParameter(3, limit - 1)
                .getResultList();
        if (rows.isEmpty()) {
            return now;
        }
        return toInstant(rows.getFirst()).plus(config.failureWindow());
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static String key(String value) {
        String v = value == null ? "" : value;
        return v.length() > MAX_KEY ? v.substring(0, MAX_KEY) : v;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
