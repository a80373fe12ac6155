package org.quotaledger.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.security.Access;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends hash-chained events to the audit trail. Must be called inside the transaction that makes
 * the change ({@link Transactional.TxType#MANDATORY}), so the event and the change commit or roll
 * back together.
 *
 * <p>Appends are serialised with a PostgreSQL advisory lock held to the end of the transaction, so
 * several app instances on one database still build a single chain.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    /** Identifies the chain's lock among the database's advisory locks. */
    private static final long CHAIN_LOCK = 0x51_4C_41_55_44_49_54L;

    @Inject
    Access access;

    @Inject
    ObjectMapper mapper;

    /**
     * Records a change. {@code before} and {@code after} are views of the record (records or maps), or
     * null for a creation or a deletion.
     */
    public void append(String action, String entityType, Object entityId, Long facilityId, Object before, Object after) {
        appendAs(access.username(), action, entityType, entityId, facilityId, before, after);
    }

    /** For changes made by the system itself (start-up, scheduled jobs), where no user is signed in. */
    public void appendAs(String actor, String action, String entityType, Object entityId, Long facilityId,
                         Object before, Object after) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        Object[] last = (Object[]) em.createNativeQuery("select seq, hash from audit_event order by seq desc limit 1")
                .getResultStream().findFirst().orElse(null);
        long seq = last == null ? 1 : ((Number) last[0]).longValue() + 1;
        String prevHash = last == null ? AuditEvent.GENESIS : (String) last[1];
        var event = new AuditEvent(seq, Instant.now().truncatedTo(ChronoUnit.MICROS), actor, action, entityType,
                entityId == null ? null : entityId.toString(), facilityId, json(before), json(after), prevHash, null);
        event = event.withHash(event.computeHash());
        em.createNativeQuery("insert into audit_event (seq, occurred_at, actor, action, entity_type, entity_id, facility_id,"
                        + " before_json, after_json, prev_hash, hash) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, event.seq()).setParameter(2, event.occurredAt()).setParameter(3, event.actor())
                .setParameter(4, event.action()).setParameter(5, event.entityType()).setParameter(6, event.entityId())
                .setParameter(7, event.facilityId()).setParameter(8, event.beforeJson()).setParameter(9, event.afterJson())
                .setParameter(10, event.prevHash()).setParameter(11, event.hash())
                .executeUpdate();
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
