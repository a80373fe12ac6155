package org.quotaledger.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Recomputes the chain's hashes and names the first link that does not hold. A full walk checks every event;
 * the audit page's check starts from the newest checkpoint (a link an earlier walk found intact), so it costs
 * the events written since, while the nightly full walk keeps the older history honest.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final Logger LOG = Logger.getLogger(AuditVerifier.class);
    private static final int PAGE = 2_000;

    /**
     * @param checkedFromSeq the first event recomputed by this check (1 for a full walk)
     * @param lastFullWalk   when every event was last recomputed and found intact; null if never
     */
    public record Result(boolean intact, long eventsChecked, Long brokenAtSeq, String reason, String lastHash,
                         long checkedFromSeq, Instant lastFullWalk) {
    }

    private record Checkpoint(long seq, String hash) {
    }

    /** Every event from the first one. */
    @Transactional
    public Result verify() {
        return walk(0, AuditEvent.GENESIS, true);
    }

    /** The events after the newest checkpoint, after confirming the checkpointed event still has its hash. */
    @Transactional
    public Result verifySinceCheckpoint() {
        Object[] row = (Object[]) Panache.getEntityManager()
                .createNativeQuery("select seq, hash from audit_checkpoint order by seq desc, id desc limit 1")
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return walk(0, AuditEvent.GENESIS, true);
        }
        var checkpoint = new Checkpoint(((Number) row[0]).longValue(), (String) row[1]);
        if (checkpoint.seq() == 0) {
            return walk(0, AuditEvent.GENESIS, false);                 // verified while the trail was still empty
        }
        List<AuditEvent> at = page(checkpoint.seq() - 1, 1);
        if (at.isEmpty() || at.getFirst().seq() != checkpoint.seq()) {
            return broken(0, checkpoint.seq(), checkpoint.seq(), "event " + checkpoint.seq()
                    + ", verified earlier, is missing");
        }
        AuditEvent e = at.getFirst();
        if (!e.hash().equals(checkpoint.hash()) || !e.computeHash().equals(e.hash())) {
            return broken(0, checkpoint.seq(), checkpoint.seq(), "event " + e.seq() + " (" + e.action() + " " + e.entityType()
                    + " " + e.entityId() + ") was changed after it was verified: it no longer matches the hash recorded then");
        }
        return walk(checkpoint.seq(), checkpoint.hash(), false);
    }

    /** Nightly on one instance of the cluster (Quartz's clustered store), so older history is re-checked too. */
    @Scheduled(identity = "audit-full-verification", cron = "{quotaledger.audit.full-verification-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void nightly() {
        Result result = verify();
        if (result.intact()) {
            LOG.infof("Audit trail verified: %d events, every link holds", result.eventsChecked());
        } else {
            LOG.errorf("AUDIT TRAIL BROKEN at event %d: %s", result.brokenAtSeq(), result.reason());
        }
    }

    private Result walk(long afterSeq, String afterHash, boolean full) {
        String expectedPrev = afterHash;
        long expectedSeq = afterSeq + 1;
        long checked = 0;
        while (true) {
            List<AuditEvent> page = page(expectedSeq - 1, PAGE);
            if (page.isEmpty()) {
                if (full || checked > 0) {
                    record(expectedSeq - 1, expectedPrev, full);
                }
                String reason = full ? "The chain of " + checked + " events is intact."
                        : "The " + checked + " events since the last check are intact and link to the verified history.";
                return new Result(true, checked, null, reason, expectedPrev, afterSeq + 1, lastFullWalk());
            }
            for (AuditEvent e : page) {
                if (e.seq() != expectedSeq) {
                    return broken(checked, afterSeq + 1, expectedSeq, "event " + expectedSeq + " is missing (next is " + e.seq() + ")");
                }
                if (!e.prevHash().equals(expectedPrev)) {
                    return broken(checked, afterSeq + 1, e.seq(), "event " + e.seq() + " does not point to the hash of event " + (e.seq() - 1));
                }
                if (!e.computeHash().equals(e.hash())) {
                    return broken(checked, afterSeq + 1, e.seq(), "event " + e.seq() + " (" + e.action() + " " + e.entityType() + " "
                            + e.entityId() + ") was changed after it was written: its content no longer matches its hash");
                }
                expectedPrev = e.hash();
                expectedSeq++;
                checked++;
            }
            Panache.getEntityManager().clear();
        }
    }

    private void record(long seq, String hash, boolean full) {
        Panache.getEntityManager().createNativeQuery("insert into audit_checkpoint (seq, hash, full_walk) values (?1, ?2, ?3)")
                .setParameter(1, seq).setParameter(2, hash).setParameter(3, full).executeUpdate();
    }

    private Result broken(long checked, long from, long seq, String reason) {
        return new Result(false, checked, seq, reason, null, from, lastFullWalk());
    }

    private static Instant lastFullWalk() {
        Object at = Panache.getEntityManager()
                .createNativeQuery("select max(verified_at) from audit_checkpoint where full_walk").getSingleResult();
        return at == null ? null : instant(at);
    }

    @SuppressWarnings("unchecked")
    private static List<AuditEvent> page(long afterSeq, int limit) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "select seq, occurred_at, actor, action, entity_type, entity_id, facility_id, before_json, after_json,"
                                + " prev_hash, hash from audit_event where seq > ?1 order by seq limit " + limit)
                .setParameter(1, afterSeq).getResultList();
        return rows.stream().map(AuditVerifier::event).toList();
    }

    static AuditEvent event(Object[] r) {
        return new AuditEvent(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], r[6] == null ? null : ((Number) r[6]).longValue(), (String) r[7], (String) r[8],
                (String) r[9], (String) r[10]);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
