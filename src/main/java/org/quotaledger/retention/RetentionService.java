package org.quotaledger.retention;

import org.quotaledger.law.StateLaws;
import org.quotaledger.time.AppClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.facility.Facility;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and purges records whose every retention period has ended. What may go: the delivery rows of former
 * employees (kept for the longest applicable period after the later of the delivery and the separation), and
 * drafts that a later version of the same role replaced and nobody was ever given. What never goes: anything of a
 * current employee, issued notices and audit events (the evidence; the database refuses it), active or
 * superseded descriptions (what employees were told), employees themselves (notices point at them).
 *
 * <p>Adverse actions (RCW 49.84.035: their basis kept three years from the action) need no rule of their own
 * here: an action precedes the separation, so "three years after separation" already covers it.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    private static final long PURGE_LOCK = 0x51_4C_52_45_54_4EL;

    private static final String DELIVERIES = """
            from delivery d join employee e on e.id = d.employee_id
            where e.facility_id = ?1 and e.separation_date is not null
              and (greatest((d.delivered_at at time zone ?4)::date, e.separation_date) + cast(?2 as interval))::date < ?3""";

    private static final String DRAFTS = """
            from quota_description q
            where q.facility_id = ?1 and q.status = 'DRAFT'
              and exists (select 1 from quota_description n where n.role_id = q.role_id and n.version > q.version)
              and ((q.updated_at at time zone ?4)::date + cast(?2 as interval))::date < ?3""";

    /** What a purge would remove at one facility, and under which periods. */
    public record FacilityPreview(long facilityId, String facilityCode, String state, List<RetentionPolicy.Applicable> periods,
                                  Period keptFor, long deliveries, long supersededDrafts) {
    }

    public record Preview(LocalDate asOf, int facilitiesChecked, long deliveries, long supersededDrafts,
                          List<FacilityPreview> facilities, String rule) {
    }

    public record PurgeResult(LocalDate asOf, String actor, long deliveries, long supersededDrafts, List<FacilityPreview> facilities) {
    }

    static final String RULE = "A former employee's delivery rows are kept for the longest applicable period after the later of"
            + " the delivery and the separation; a draft replaced by a later version is kept for that period after its last"
            + " change. Current employees' records, issued notices, audit events and issued descriptions are never purged.";

    @Inject
    AppClock clock;

    @Inject
    RetentionConfig config;

    @Inject
    AuditLog audit;

    public RetentionPolicy policy() {
        return RetentionPolicy.of(config);
    }

    /** Counts what a purge on {@code asOf} would remove; changes nothing. */
    public Preview preview(LocalDate asOf) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RetentionPolicy policy = policy();
            List<Facility> facilities = Facility.list("order by code");
            List<FacilityPreview> rows = new ArrayList<>();
            for (Facility f : facilities) {
                Period keptFor = policy.longest(f.state, f.federalOptIn);
                long deliveries = count(DELIVERIES, f, keptFor, asOf);
                long drafts = count(DRAFTS, f, keptFor, asOf);
                if (deliveries + drafts > 0) {
                    rows.add(new FacilityPreview(f.id, f.code, f.state, policy.applicable(f.state, f.federalOptIn), keptFor,
                            deliveries, drafts));
                }
            }
            return new Preview(asOf, facilities.size(), rows.stream().mapToLong(FacilityPreview::deliveries).sum(),
                    rows.stream().mapToLong(FacilityPreview::supersededDrafts).sum(), rows, RULE);
        });
    }

    /**
     * Purges, as of today only (a future date would cut periods short), in batches each with its own transaction
     * and its own {@code retention.purged} audit event listing the ids removed.
     */
    public PurgeResult purge(String actor) {
        LocalDate asOf = clock.earliestToday();
        Preview planned = preview(asOf);
        long deliveries = 0;
        long drafts = 0;
        for (FacilityPreview f : planned.facilities()) {
            deliveries += purgeBatches(actor, f, DELIVERIES, "d.id", "delivery", "deliveries", asOf);
            drafts += purgeBatches(actor, f, DRAFTS, "q.id", "quota_description", "supersededDrafts", asOf);
        }
        if (deliveries + drafts > 0) {
            // Who ran it is in the audit trail; logs name no one.
            LOG.infof("Retention purge: %d delivery rows and %d superseded drafts past every retention period", deliveries, drafts);
        }
        return new PurgeResult(asOf, actor, deliveries, drafts, planned.facilities());
    }

    private long purgeBatches(String actor, FacilityPreview f, String from, String idColumn, String table, String kind,
                              LocalDate asOf) {
        long total = 0;
        while (true) {
            Integer removed = QuarkusTransaction.requiringNew().call(() -> {
                var em = Panache.getEntityManager();
                boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                        .setParameter(1, PURGE_LOCK).getSingleResult();
                if (!locked) {
                    return -1;     // another instance is purging right now; it will finish the job
                }
                @SuppressWarnings("unchecked")
                List<Number> ids = em.createNativeQuery("select " + idColumn + " " + from + " order by " + idColumn + " limit ?5")
                        .setParameter(1, f.facilityId()).setParameter(2, f.keptFor().toString()).setParameter(3, asOf)
                        .setParameter(4, StateLaws.zone(f.state()).getId()).setParameter(5, config.batchSize())
                        .getResultList();
                if (ids.isEmpty()) {
                    return 0;
                }
                List<Long> idList = ids.stream().map(Number::longValue).toList();
                int deleted = em.createNativeQuery("delete from " + table + " where id in (?1)").setParameter(1, idList).executeUpdate();
                var what = new LinkedHashMap<String, Object>();
                what.put(kind, idList);
                what.put("asOf", asOf.toString());
                what.put("keptFor", f.keptFor().toString());
                what.put("periods", f.periods());
                what.put("rule", RULE);
                audit.appendAs(actor, "retention.purged", "facility", f.facilityId(), f.facilityId(), null, what);
                return deleted;
            });
            if (removed <= 0) {
                return total;
            }
            total += removed;
        }
    }

    /** Records' days are the facility's local days ({@code ?4}, its zone), like every day a person reads. */
    private static long count(String from, Facility facility, Period keptFor, LocalDate asOf) {
        return ((Number) Panache.getEntityManager().createNativeQuery("select count(*) " + from)
                .setParameter(1, facility.id).setParameter(2, keptFor.toString()).setParameter(3, asOf)
                .setParameter(4, StateLaws.zone(facility.state).getId()).getSingleResult()).longValue();
    }
}
