package org.quotaledger.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One link of the audit chain. Its hash is SHA-256 over the previous hash and every field, each on its
 * own line, so anyone can recompute it from a CSV extract with a few lines of script.
 */
public record AuditEvent(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
                         Long facilityId, String beforeJson, String afterJson, String prevHash, String hash) {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    public AuditEvent withHash(String hash) {
        return new AuditEvent(seq, occurredAt, actor, action, entityType, entityId, facilityId, beforeJson, afterJson,
                prevHash, hash);
    }

    /** The text the hash covers: prevHash, seq, occurredAt (ISO-8601, microseconds), actor, action, type, id, facility, before, after. */
    public String canonical() {
        return String.join("\n", prevHash, Long.toString(seq), occurredAt.toString(), actor, action, entityType,
                nullable(entityId), facilityId == null ? "" : facilityId.toString(), nullable(beforeJson), nullable(afterJson));
    }

    public String computeHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }
}
