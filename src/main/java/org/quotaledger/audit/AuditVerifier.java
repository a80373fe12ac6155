package org.quotaledger.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.quotaledger.time.AppClock;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the chain's hashes and names the first link that does not hold. A full walk checks every event and
 * every head the registry signed (so a history rewritten with every later hash recomputed, or cut short, shows);
 * the audit page's check starts from the newest signed head, so it costs the events written since, and reports
 * what the last full walk found too, so the page and {@code GET /api/v1/audit/verify} never contradict each other.
 * Each check that finds the chain intact records a checkpoint whose head is signed ({@link AuditHeads}).
 */
@ApplicationScoped
public class AuditVerifier {

    private static final Logger LOG = Logger.getLogger(AuditVerifier.class);
    private static final int PAGE = 2_000;

    /**
     * @param checkedFromSeq the first event recomputed by this check (1 for a full walk)
     * @param lastFullWalk   when the whole chain was last walked; null if never
     * @param signedHeadSeq  the event of the newest head the registry signed (null before the first)
     * @param signedHeadAt   when it was signed
     */
    public record Result(boolean intact, long eventsChecked, Long brokenAtSeq, String reason, String lastHash,
                         long checkedFromSeq, Instant lastFullWalk, Long signedHeadSeq, Instant signedHeadAt) {
    }

    /** A stored checkpoint's signed head, or why it cannot be believed. */
    private record StoredHead(long checkpointSeq, SignedHead head, String problem) {
    }

    @Inject
    AuditHeads heads;

    @Inject
    AppClock clock;

    /** Every event from the first one, against every signed head; the outcome is recorded for the audit page. */
    @Transactional
    public Result verify() {
        Result result = fullWalk();
        Panache.getEntityManager().createNativeQuery("insert into audit_walk (walked_at, intact, events_checked, broken_at_seq,"
                        + " reason) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, clock.now().atOffset(ZoneOffset.UTC)).setParameter(2, result.intact())
                .setParameter(3, result.eventsChecked()).setParameter(4, result.brokenAtSeq()).setParameter(5, result.reason())
                .executeUpdate();
        return withLastFullWalk(result);
    }

    /**
     * The events after the newest signed head, after confirming the event it names still has the signed hash; and,
     * if the last full walk found a break, that break: a cheap check must not call intact what a full one did not.
     */
    @Transactional
    public Result verifySinceCheckpoint() {
        Result since = sinceSignedHead();
        if (!since.intact()) {
            return since;
        }
        Object[] walk = (Object[]) Panache.getEntityManager().createNativeQuery(
                        "select intact, broken_at_seq, reason, walked_at from audit_walk order by walked_at desc, id desc limit 1")
                .getResultStream().findFirst().orElse(null);
        if (walk != null && !((Boolean) walk[0])) {
            return new Result(false, since.eventsChecked(), walk[1] == null ? null : ((Number) walk[1]).longValue(),
                    "The last walk of the whole chain (" + instant(walk[3]) + ") found: " + walk[2]
                            + " Recompute the whole chain to see whether it still holds.",
                    null, since.checkedFromSeq(), since.lastFullWalk(), since.signedHeadSeq(), since.signedHeadAt());
        }
        return since;
    }

    /**
     * What the checks recorded, read and not recomputed: for {@code /q/metrics}, which every instance answers every few
     * seconds. Walking the chain there would read every event, and checking since the newest head signs and stores a new
     * head. The nightly full walk and the checkpoint every few minutes do the checking; a checkpoint that finds a break
     * records no head, so a break shows at once as a signed head that stops advancing while events pile up after it,
     * and as not intact after the next full walk.
     *
     * @param lastFullWalkIntact what the newest full walk found; null before the first
     * @param signedHeadSeq      the event of the newest signed checkpoint (its signature is checked where a head is used,
     *                           not here); null before the first
     * @param lastSeq            the newest event's number, 0 for an empty trail
     */
    public record Status(Boolean lastFullWalkIntact, Instant lastFullWalkAt, Long signedHeadSeq, Instant signedHeadAt, long lastSeq) {
        /** Events written since the newest signed head: only their hash links protect them yet. */
        public long eventsAfterSignedHead() {
            return lastSeq - (signedHeadSeq == null ? 0 : signedHeadSeq);
        }
    }

    @Transactional
    public Status status() {
        var em = Panache.getEntityManager();
        Object[] walk = (Object[]) em.createNativeQuery("select intact, walked_at from audit_walk order by walked_at desc, id desc limit 1")
                .getResultStream().findFirst().orElse(null);
        Object[] head = (Object[]) em.createNativeQuery("select seq, verified_at from audit_checkpoint where signature is not null"
                + " order by seq desc, id desc limit 1").getResultStream().findFirst().orElse(null);
        long last = ((Number) em.createNativeQuery("select coalesce(max(seq), 0) from audit_event").getSingleResult()).longValue();
        return new Status(walk == null ? null : (Boolean) walk[0], walk == null ? null : instant(walk[1]),
                head == null ? null : ((Number) head[0]).longValue(), head == null ? null : instant(head[1]), last);
    }

    /** Nightly on one instance of the cluster (Quartz's clustered store), so older history is re-checked too. */
    @Scheduled(identity = "audit-full-verification", cron = "{quotaledger.audit.full-verification-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void nightly() {
        Result result = verify();
        if (result.intact()) {
            LOG.infof("Audit trail verified: %d events, every link and every signed head holds", result.eventsChecked());
        } else {
            LOG.errorf("AUDIT TRAIL BROKEN at event %d: %s", result.brokenAtSeq(), result.reason());
        }
    }

    /**
     * Signs the head often, so that little of the trail is ever younger than its newest signed head: a rewrite of
     * events behind a signed head contradicts it; events after it have only their hash links.
     */
    @Scheduled(identity = "audit-checkpoint", cron = "{quotaledger.audit.checkpoint-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void checkpoint() {
        Result result = verifySinceCheckpoint();
        if (!result.intact()) {
            LOG.errorf("AUDIT TRAIL BROKEN at event %d: %s", result.brokenAtSeq(), result.reason());
        }
    }

    /** There is always a signed head for notices, packets and answers to carry, from the first start on. */
    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (heads.latest().isEmpty()) {
                Result result = verifySinceCheckpoint();
                if (!result.intact()) {
                    LOG.errorf("AUDIT TRAIL BROKEN at event %d: %s", result.brokenAtSeq(), result.reason());
                }
            }
        });
    }

    private Result fullWalk() {
        Map<Long, SignedHead> signed = new HashMap<>();
        long lastSigned = -1;
        SignedHead newest = null;
        for (StoredHead stored : storedHeads()) {
            if (stored.problem() != null) {
                return broken(0, 1, stored.checkpointSeq(), stored.problem());
            }
            SignedHead head = stored.head();
            SignedHead other = signed.putIfAbsent(head.seq(), head);
            if (other != null && !other.hash().equals(head.hash())) {
                return broken(0, 1, head.seq(), "the registry signed two different hashes for event " + head.seq()
                        + " (on " + other.signedAt() + " and " + head.signedAt() + "): the trail was rewritten in between");
            }
            if (head.seq() >= lastSigned) {
                lastSigned = head.seq();
                newest = head;
            }
        }
        return walk(0, AuditEvent.GENESIS, true, signed, newest);
    }

    private Result sinceSignedHead() {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("select seq, statement, signature from audit_checkpoint"
                        + " where signature is not null order by seq desc, id desc limit 1")
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return walk(0, AuditEvent.GENESIS, true, Map.of(), null);
        }
        long checkpointSeq = ((Number) row[0]).longValue();
        SignedHead head = heads.trusted((String) row[1], (byte[]) row[2], heads.anchors()).orElse(null);
        if (head == null || head.seq() != checkpointSeq) {
            return broken(0, checkpointSeq, checkpointSeq, "the newest checkpoint (event " + checkpointSeq + ") carries a signature"
                    + " that is not this registry's: it was written by someone without the registry's key");
        }
        if (head.seq() == 0) {
            return walk(0, AuditEvent.GENESIS, false, Map.of(), null);
        }
        List<AuditEvent> at = page(head.seq() - 1, 1);
        if (at.isEmpty() || at.getFirst().seq() != head.seq()) {
            return broken(0, head.seq(), head.seq(), "event " + head.seq() + ", whose hash this registry signed on "
                    + head.signedAt() + ", is missing: the trail was cut short or rewritten");
        }
        AuditEvent e = at.getFirst();
        if (!e.hash().equals(head.hash()) || !e.computeHash().equals(e.hash())) {
            return broken(0, head.seq(), head.seq(), "event " + e.seq() + " (" + e.action() + " " + e.entityType() + " " + e.entityId()
                    + ") was changed after it was verified: it no longer matches the hash this registry signed on " + head.signedAt());
        }
        return walk(head.seq(), head.hash(), false, Map.of(), null);
    }

    /** Walks from the event after {@code afterSeq}; the trail must reach {@code newestSigned}'s event, if given. */
    private Result walk(long afterSeq, String afterHash, boolean full, Map<Long, SignedHead> signed, SignedHead newestSigned) {
        String expectedPrev = afterHash;
        long expectedSeq = afterSeq + 1;
        long checked = 0;
        while (true) {
            List<AuditEvent> page = page(expectedSeq - 1, PAGE);
            if (page.isEmpty()) {
                long last = expectedSeq - 1;
                if (newestSigned != null && newestSigned.seq() > last) {
                    return broken(checked, afterSeq + 1, expectedSeq, "the trail ends at event " + last + ", but this registry"
                            + " signed a head at event " + newestSigned.seq() + " on " + newestSigned.signedAt()
                            + ": the events after " + last + " were removed");
                }
                SignedHead recorded = null;
                if (full || checked > 0) {
                    recorded = record(expectedSeq - 1, expectedPrev, full);
                }
                String reason = full ? "The chain of " + checked + " events is intact and agrees with every head this registry signed."
                        : "The " + checked + " events since the last signed head are intact and link to it.";
                SignedHead head = recorded != null ? recorded : heads.latest().orElse(null);
                return new Result(true, checked, null, reason, expectedPrev, afterSeq + 1, lastFullWalk(),
                        head == null ? null : head.seq(), head == null ? null : head.signedAt());
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
                SignedHead head = signed.get(e.seq());
                if (head != null && !head.hash().equals(e.hash())) {
                    return broken(checked, afterSeq + 1, e.seq(), "event " + e.seq() + " no longer has the hash this registry signed"
                            + " for it on " + head.signedAt() + ": the trail was rewritten and its hashes recomputed");
                }
                expectedPrev = e.hash();
                expectedSeq++;
                checked++;
            }
            Panache.getEntityManager().clear();
        }
    }

    /** Every signed checkpoint, oldest first; one whose signature is not this registry's is a problem, not a head. */
    @SuppressWarnings("unchecked")
    private List<StoredHead> storedHeads() {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select seq, statement, signature from audit_checkpoint"
                + " where signature is not null order by seq, id").getResultList();
        var anchors = heads.anchors();
        return rows.stream().map(r -> {
            long seq = ((Number) r[0]).longValue();
            SignedHead head = heads.trusted((String) r[1], (byte[]) r[2], anchors).orElse(null);
            return head != null && head.seq() == seq ? new StoredHead(seq, head, null)
                    : new StoredHead(seq, null, "the checkpoint at event " + seq + " carries a signature that is not this"
                    + " registry's: it was written by someone without the registry's key");
        }).toList();
    }

    private SignedHead record(long seq, String hash, boolean full) {
        SignedHead head = heads.sign(seq, hash);
        Panache.getEntityManager().createNativeQuery("insert into audit_checkpoint (seq, hash, full_walk, verified_at, statement,"
                        + " signature) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, seq).setParameter(2, hash).setParameter(3, full)
                .setParameter(4, head.signedAt().atOffset(ZoneOffset.UTC)).setParameter(5, head.statement())
                .setParameter(6, head.signature()).executeUpdate();
        return head;
    }

    private Result broken(long checked, long from, long seq, String reason) {
        SignedHead head = heads.latest().orElse(null);
        return new Result(false, checked, seq, reason, null, from, lastFullWalk(), head == null ? null : head.seq(),
                head == null ? null : head.signedAt());
    }

    private Result withLastFullWalk(Result r) {
        return new Result(r.intact(), r.eventsChecked(), r.brokenAtSeq(), r.reason(), r.lastHash(), r.checkedFromSeq(),
                lastFullWalk(), r.signedHeadSeq(), r.signedHeadAt());
    }

    private static Instant lastFullWalk() {
        Object at = Panache.getEntityManager().createNativeQuery("select greatest((select max(walked_at) from audit_walk),"
                + " (select max(verified_at) from audit_checkpoint where full_walk))").getSingleResult();
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
