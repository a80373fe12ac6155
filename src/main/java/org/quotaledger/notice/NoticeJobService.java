package org.quotaledger.notice;

import org.quotaledger.time.AppClock;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.JobRole;
import org.quotaledger.security.Access;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Starts bulk notice jobs and reports their progress; {@link NoticeJobWorker} does the work. */
@ApplicationScoped
@Transactional
public class NoticeJobService {

    /**
     * Who a job issues to: nonexempt employees still employed on the job's day (the facility-local day it was
     * queued, so a job resumed later targets the same people), in a role with a decided description (or in the one
     * role named), who have no notice of this job yet. The role's latest decided version is issued: the one in force,
     * or the one scheduled to replace it, so a job queued after a future-dated activation gives advance notice. The
     * same query counts the total and picks each batch, so a resumed job continues exactly where the last notice was
     * stored.
     */
    static final String TARGETS = """
            from employee e
            join quota_description d on d.role_id = e.role_id and d.status = 'ACTIVE'
            where e.facility_id = :facility and e.exempt = false
              and e.hire_date <= :today and (e.separation_date is null or e.separation_date > :today)
              and (cast(:role as bigint) is null or e.role_id = cast(:role as bigint))
            """;

    @Inject
    AppClock clock;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Event<Queued> queued;

    /** A job was queued; after commit the local worker starts at once instead of at its next poll. */
    public record Queued(long jobId) {
    }

    /** Queues a job for the facility (or one of its roles); any instance's worker picks it up. */
    public NoticeViews.JobView start(long facilityId, String roleCode) {
        Facility facility = Facility.changeableBy(access, facilityId);
        JobRole role = null;
        if (roleCode != null && !roleCode.isBlank()) {
            role = JobRole.findByCode(facility, roleCode)
                    .orElseThrow(() -> new InvalidInput("Facility " + facility.code + " has no role " + roleCode + "."));
        }
        Number total = (Number) Panache.getEntityManager().createNativeQuery("select count(*) " + TARGETS)
                .setParameter("facility", facility.id).setParameter("role", role == null ? null : role.id)
                .setParameter("today", clock.today(facility.state))
                .getSingleResult();
        if (total.intValue() == 0) {
            throw new InvalidInput("Nobody to issue to: no current, nonexempt employee of " + facility.code
                    + (role == null ? "" : " in role " + role.code) + " is in a role with a description in force.");
        }
        var job = new NoticeJob();
        job.createdAt = clock.now();
        job.facility = facility;
        job.role = role;
        job.total = total.intValue();
        job.createdBy = access.username();
        job.persist();
        audit.append("notice-job.started", "notice_job", job.id, facility.id, null,
                Map.of("total", job.total, "role", role == null ? "all" : role.code));
        queued.fire(new Queued(job.id));
        return NoticeViews.JobView.from(job);
    }

    /** A facility's bulk jobs: those still queued or running, what they are to issue and have issued, and those that failed. */
    public record JobProgress(long unfinished, long notices, long issued, long failed) {
    }

    /**
     * Bulk job progress at every facility of the registry, by facility code: the operator's figures
     * ({@code /q/metrics}), not any caller's, so no scope applies.
     */
    public Map<String, JobProgress> progressByFacility() {
        Map<String, JobProgress> byFacility = new TreeMap<>();
        Panache.getEntityManager().createQuery("select f.code,"
                        + " coalesce(sum(case when j.status in :unfinished then 1 else 0 end), 0),"
                        + " coalesce(sum(case when j.status in :unfinished then j.total else 0 end), 0),"
                        + " coalesce(sum(case when j.status in :unfinished then j.done else 0 end), 0),"
                        + " coalesce(sum(case when j.status = :failed then 1 else 0 end), 0)"
                        + " from Facility f left join NoticeJob j on j.facility = f group by f.code", Object[].class)
                .setParameter("unfinished", List.of(NoticeJob.Status.QUEUED, NoticeJob.Status.RUNNING))
                .setParameter("failed", NoticeJob.Status.FAILED)
                .getResultStream()
                .forEach(r -> byFacility.put((String) r[0], new JobProgress(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue())));
        return byFacility;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeViews.JobView job(long id) {
        NoticeJob job = NoticeJob.<NoticeJob>findByIdOptional(id).orElseThrow(() -> new NotFound("notice job", id));
        Facility.seenBy(access, job.facility.id);
        return NoticeViews.JobView.from(job);
    }
}
