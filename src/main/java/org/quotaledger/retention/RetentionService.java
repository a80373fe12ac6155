package org.quotaledger.retention;

import org.quotaledger.law.StateLaws;
import org.quotaledger.time.AppClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.facility.Facility;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and purges records whose every retention period has ended. What may go: the delivery rows of former
 * employees (kept for the longest applicable period after the later of the delivery and the separation), and
 * drafts that a later version of the same role replaced and nobody was ever given, and whole months of work speed data
 * (a month's partition dropped, see {@link #workSpeedMonths}). What never goes: anything of a
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

    /**
     * A month of work speed data old enough to be looked at: its rows, the last day a period that applies keeps it
     * (null when a current employee's rows keep it with no end yet), and why it stays, or null when it may go.
     */
    public record WorkSpeedMonth(YearMonth month, long rows, LocalDate keptUntil, String keptBecause) {
    }

    public record Preview(LocalDate asOf, int facilitiesChecked, long deliveries, long supersededDrafts,
                          List<FacilityPreview> facilities, List<WorkSpeedMonth> workSpeedMonths, String rule) {
    }

    public record PurgeResult(LocalDate asOf, String actor, long deliveries, long supersededDrafts, List<FacilityPreview> facilities,
                              long workSpeedRows, List<WorkSpeedMonth> workSpeedMonths) {
    }

    static final String RULE = "A former employee's delivery rows are kept for the longest applicable period after the later of"
            + " the delivery and the separation; a draft replaced by a later version is kept for that period after its last"
            + " change. Work speed data goes a whole month at a time, only when every row in the month is past the longest"
            + " period of both its record's and its employee's facility, counted from the later of the month's last day and"
            + " the separation, and no open request asks for days of it. Current employees' records, issued notices,"
            + " audit events and issued descriptions are never purged.";

    @Inject
    AppClock clock;

    @Inject
    RetentionConfig config;

    @Inject
    AuditLog audit;

    @Inject
    AgroalDataSource dataSource;

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
                    rows.stream().mapToLong(FacilityPreview::supersededDrafts).sum(), rows, onConnection(c -> workSpeedMonths(c, asOf)), RULE);
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
        List<WorkSpeedMonth> months = new ArrayList<>();
        long workSpeedRows = 0;
        for (WorkSpeedMonth month : planned.workSpeedMonths()) {
            WorkSpeedMonth outcome = month.keptBecause() != null ? month : dropMonth(actor, month.month(), asOf);
            months.add(outcome);
            if (outcome.keptBecause() == null) {
                workSpeedRows += outcome.rows();
            }
        }
        if (deliveries + drafts + workSpeedRows > 0) {
            // Who ran it is in the audit trail; logs name no one.
            LOG.infof("Retention purge: %d delivery rows, %d superseded drafts and %d work speed rows past every retention period",
                    deliveries, drafts, workSpeedRows);
        }
        return new PurgeResult(asOf, actor, deliveries, drafts, planned.facilities(), workSpeedRows, months);
    }

    /**
     * The months of work speed data old enough to be looked at, each with its verdict. Conservative on every count: a
     * month is kept if any row in it is a current employee's, if an open request's window reaches into it, or if the
     * longest period of any facility holding rows in it (the record's and the employee's own, when they differ) has
     * not ended, counted from the later of the month's last day and the employee's separation. An empty month is kept
     * for the longest period of any facility, as a late file could still fill it.
     */
    List<WorkSpeedMonth> workSpeedMonths(Connection c, LocalDate asOf) throws SQLException {
        List<WorkSpeedMonth> months = new ArrayList<>();
        for (YearMonth month : WorkSpeedMonths.oldEnough(c, asOf)) {
            months.add(verdict(c, month, asOf));
        }
        return months;
    }

    private WorkSpeedMonth verdict(Connection c, YearMonth month, LocalDate asOf) throws SQLException {
        if (WorkSpeedMonths.inOpenRequestWindow(c, month)) {
            return new WorkSpeedMonth(month, -1, null, "an open request for work speed data asks for days of this month");
        }
        if (WorkSpeedMonths.holdsCurrentEmployees(c, month)) {
            return new WorkSpeedMonth(month, -1, null, "it holds rows of current employees, kept with no end yet");
        }
        RetentionPolicy policy = policy();
        LocalDate lastDay = month.atEndOfMonth();
        List<WorkSpeedMonths.Holder> holders = WorkSpeedMonths.holders(c, month);
        LocalDate keptUntil = null;
        long rows = 0;
        if (holders.isEmpty()) {
            for (Facility f : Facility.<Facility>listAll()) {
                keptUntil = later(keptUntil, lastDay.plus(policy.longest(f.state, f.federalOptIn)));
            }
            keptUntil = later(keptUntil, lastDay.plus(config.fallback()));
        }
        for (WorkSpeedMonths.Holder h : holders) {
            rows += h.rows();
            if (h.lastSeparation() == null) {
                return new WorkSpeedMonth(month, -1, null, "it holds rows of current employees, kept with no end yet");
            }
            for (long facilityId : new long[] {h.recordFacilityId(), h.employeeFacilityId()}) {
                Facility f = Facility.findById(facilityId);
                keptUntil = later(keptUntil, policy.keptUntil(lastDay, h.lastSeparation(), f.state, f.federalOptIn));
            }
        }
        if (!keptUntil.isBefore(asOf)) {
            return new WorkSpeedMonth(month, rows, keptUntil, "a period that applies to its rows runs until " + keptUntil);
        }
        return new WorkSpeedMonth(month, rows, keptUntil, null);
    }

    /**
     * Drops one month in a transaction of its own, after deciding again inside it (an employee rehired since the
     * preview keeps the month), with one {@code retention.work-speed-month-dropped} audit event per facility whose
     * rows went, in the same transaction as the drop.
     */
    private WorkSpeedMonth dropMonth(String actor, YearMonth month, LocalDate asOf) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                var em = Panache.getEntityManager();
                boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                        .setParameter(1, PURGE_LOCK).getSingleResult();
                if (!locked) {
                    return new WorkSpeedMonth(month, -1, null, "another instance is purging right now");
                }
                return onConnection(c -> {
                    WorkSpeedMonth verdict = verdict(c, month, asOf);
                    if (verdict.keptBecause() != null) {
                        return verdict;
                    }
                    List<WorkSpeedMonths.Holder> holders = WorkSpeedMonths.holders(c, month);
                    long dropped = WorkSpeedMonths.drop(c, month);
                    if (dropped < 0) {
                        return new WorkSpeedMonth(month, 0, verdict.keptUntil(), "already dropped");
                    }
                    audit.appendAllAs(actor, dropEvents(month, dropped, verdict.keptUntil(), holders, asOf));
                    return new WorkSpeedMonth(month, dropped, verdict.keptUntil(), null);
                });
            });
        } catch (RuntimeException e) {
            // The database's own floor refused (or the drop failed): the month stays, the other months still go.
            LOG.warnf(e, "Work speed data of %s was not dropped", month);
            return new WorkSpeedMonth(month, -1, null, "the database refused the drop");
        }
    }

    private List<AuditLog.Change> dropEvents(YearMonth month, long rows, LocalDate keptUntil, List<WorkSpeedMonths.Holder> holders,
                                             LocalDate asOf) {
        RetentionPolicy policy = policy();
        Map<Long, Long> byFacility = new LinkedHashMap<>();
        holders.forEach(h -> byFacility.merge(h.recordFacilityId(), h.rows(), Long::sum));
        List<AuditLog.Change> changes = new ArrayList<>();
        for (Map.Entry<Long, Long> e : byFacility.entrySet()) {
            Facility f = Facility.findById(e.getKey());
            changes.add(new AuditLog.Change("retention.work-speed-month-dropped", "work_speed_month", month.toString(), f.id, null,
                    dropEvent(month, e.getValue(), rows, keptUntil, asOf, policy.applicable(f.state, f.federalOptIn))));
        }
        if (changes.isEmpty()) {
            changes.add(new AuditLog.Change("retention.work-speed-month-dropped", "work_speed_month", month.toString(), null, null,
                    dropEvent(month, 0, 0, keptUntil, asOf, List.of())));
        }
        return changes;
    }

    private static Map<String, Object> dropEvent(YearMonth month, long rowsHere, long rowsInMonth, LocalDate keptUntil, LocalDate asOf,
                                                 List<RetentionPolicy.Applicable> periods) {
        var what = new LinkedHashMap<String, Object>();
        what.put("month", month.toString());
        what.put("rows", rowsHere);
        what.put("rowsInMonth", rowsInMonth);
        what.put("keptUntil", String.valueOf(keptUntil));
        what.put("asOf", asOf.toString());
        what.put("periods", periods);
        what.put("rule", RULE);
        return what;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private interface OnConnection<T> {
        T apply(Connection c) throws SQLException;
    }

    /** The connection of the current transaction: Agroal hands out the one enlisted with it. */
    private <T> T onConnection(OnConnection<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the work speed data's months failed", e);
        }
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
