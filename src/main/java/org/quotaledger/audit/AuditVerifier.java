package org.quotaledger.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Walks the whole chain, recomputing every hash, and names the first link that does not hold. */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 2_000;

    public record Result(boolean intact, long eventsChecked, Long brokenAtSeq, String reason, String lastHash) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result verify() {
        String expectedPrev = AuditEvent.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEvent> page = page(expectedSeq - 1);
            if (page.isEmpty()) {
                return new Result(true, checked, null, "The chain of " + checked + " events is intact.", expectedPrev);
            }
            for (AuditEvent e : page) {
                if (e.seq() != expectedSeq) {
                    return broken(checked, expectedSeq, "event " + expectedSeq + " is missing (next is " + e.seq() + ")");
                }
                if (!e.prevHash().equals(expectedPrev)) {
                    return broken(checked, e.seq(), "event " + e.seq() + " does not point to the hash of event " + (e.seq() - 1));
                }
                if (!e.computeHash().equals(e.hash())) {
                    return broken(checked, e.seq(), "event " + e.seq() + " (" + e.action() + " " + e.entityType() + " "
                            + e.entityId() + ") was changed after it was written: its content no longer matches its hash");
                }
                expectedPrev = e.hash();
                expectedSeq++;
                checked++;
            }
            Panache.getEntityManager().clear();
        }
    }

    private static Result broken(long checked, long seq, String reason) {
        return new Result(false, checked, seq, reason, null);
    }

    @SuppressWarnings("unchecked")
    static List<AuditEvent> page(long afterSeq) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "select seq, occurred_at, actor, action, entity_type, entity_id, facility_id, before_json, after_json,"
                                + " prev_hash, hash from audit_event where seq > ?1 order by seq limit " + PAGE)
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
