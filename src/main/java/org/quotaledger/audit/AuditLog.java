package org.quotaledger.audit;

import org.quotaledger.time.AppClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.quarkus.security.identity.SecurityIdentity;

import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

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
    AppClock clock;

    // The identity, not security.Access: security writes to this log (sign-ins, users), so the log must not call it.
    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper mapper;

    /**
     * Records a change. {@code before} and {@code after} are views of the record (records or maps), or
     * null for a creation or a deletion.
     */
    public void append(String action, String entityType, Object entityId, Long facilityId, Object before, Object after) {
        appendAll(List.of(new Change(action, entityType, entityId, facilityId, before, after)));
    }

    /** Several changes of one transaction by the signed-in user, appended together (see {@link #appendAllAs}). */
    public void appendAll(List<Change> changes) {
        appendAllAs(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(), changes);
    }

    /** For changes made by the system itself (start-up, scheduled jobs), where no user is signed in. */
    public void appendAs(String actor, String action, String entityType, Object entityId, Long facilityId,
                         Object before, Object after) {
        appendAllAs(actor, List.of(new Change(action, entityType, entityId, facilityId, before, after)));
    }

    /** One change to record. */
    public record Change(String action, String entityType, Object entityId, Long facilityId, Object before, Object after) {
    }

    /**
     * Records several changes of one transaction as consecutive links, with one lock and one JDBC batch
     * (bulk work such as issuing a batch of notices).
     */
    public void appendAllAs(String actor, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var em = Panache.getEntityManager();
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        Object[] last = (Object[]) em.createNativeQuery("select seq, hash from audit_event order by seq desc limit 1")
                .getResultStream().findFirst().orElse(null);
        long seq = last == null ? 0 : ((Number) last[0]).longValue();
        String prevHash = last == null ? AuditEvent.GENESIS : (String) last[1];
        Instant now = clock.now();
        List<AuditEvent> events = new ArrayList<>(changes.size());
        for (Change c : changes) {
            var event = new AuditEvent(++seq, now, actor, c.action(), c.entityType(),
                    c.entityId() == null ? null : c.entityId().toString(), c.facilityId(), json(c.before()), json(c.after()),
                    prevHash, null);
            event = event.withHash(event.computeHash());
            prevHash = event.hash();
            events.add(event);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (seq, occurred_at, actor,"
                    + " action, entity_type, entity_id, facility_id, before_json, after_json, prev_hash, hash)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditEvent e : events) {
                    insert.setLong(1, e.seq());
                    insert.setObject(2, e.occurredAt().atOffset(ZoneOffset.UTC));
                    insert.setString(3, e.actor());
                    insert.setString(4, e.action());
                    insert.setString(5, e.entityType());
                    insert.setString(6, e.entityId());
                    insert.setObject(7, e.facilityId(), Types.BIGINT);
                    insert.setString(8, e.beforeJson());
                    insert.setString(9, e.afterJson());
                    insert.setString(10, e.prevHash());
                    insert.setString(11, e.hash());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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
