package org.quotaledger.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;
import org.quotaledger.database.SqlRead;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.web.Conflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One handing-over of a description version to an employee: the evidence that the written
 * description of Cal. Lab. Code §2101 (and its sister statutes) was given, and when.
 *
 * <p>Immutable to Hibernate: a recorded delivery never changes, and the database lets the app set only its
 * acknowledgement, once (migration V11, afterMigrate.sql), which {@link #acknowledge} does in one statement.
 */
@Entity
@Immutable
public class Delivery extends PanacheEntity {

    /** How the description reached the employee. A verbal briefing is recorded but is not a written description. */
    public enum Channel { PAPER, EMAIL, PORTAL, VERBAL }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    public Employee employee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "description_id")
    public QuotaDescription description;

    public Instant deliveredAt;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String language;
    public Instant acknowledgedAt;
    public String recordedBy;

    /**
     * The signed notice that was this delivery, when it was made by issuing one. Its id, not the entity: notices
     * record deliveries, so the ledger must not depend on them.
     */
    @Column(name = "notice_id")
    public Long noticeId;
    public Instant recordedAt;

    public static Delivery of(Employee employee, QuotaDescription description, Instant at, Channel channel, String language,
                              String recordedBy, Instant recordedAt) {
        var d = new Delivery();
        d.recordedAt = recordedAt;
        d.employee = employee;
        d.description = description;
        d.deliveredAt = at;
        d.channel = channel;
        d.language = language;
        d.recordedBy = recordedBy;
        return d;
    }

    /**
     * Records the acknowledgement. Of concurrent ones the first to update the row wins; the others find it
     * acknowledged once that one commits, and are refused.
     */
    public void acknowledge(Instant at) {
        if (acknowledgedAt != null) {
            throw new Conflict("This delivery was already acknowledged on " + acknowledgedAt + ".");
        }
        Instant when = at.isBefore(deliveredAt) ? deliveredAt : at;
        int updated = getEntityManager().createNativeQuery(
                        "update delivery set acknowledged_at = ?1 where id = ?2 and acknowledged_at is null")
                .setParameter(1, when).setParameter(2, id).executeUpdate();
        if (updated == 0) {
            throw new Conflict("This delivery was already acknowledged.");
        }
        acknowledgedAt = when;
    }

    /**
     * What was handed to the employee, newest first, read as the lists show it: only the view's columns, so the
     * versions' documents (kilobytes of JSON each) stay in the database. Plain SQL, so the employee's page reads it
     * in the same round trip as their other lists.
     */
    public static SqlRead<DeliveryViews.DeliveryView> viewsFor(long employeeId) {
        return SqlRead.of("""
                select d.id, e.id as employee_id, e.employee_number, dd.id as description_id, r.code as role_code,
                       dd.version, d.delivered_at, d.channel, d.language, d.acknowledged_at, d.recorded_by
                from delivery d join employee e on e.id = d.employee_id
                     join quota_description dd on dd.id = d.description_id join job_role r on r.id = dd.role_id
                where d.employee_id = ? order by d.delivered_at desc, d.id desc""",
                row -> new DeliveryViews.DeliveryView(row.getLong("id"), row.getLong("employee_id"),
                        row.getString("employee_number"), row.getLong("description_id"), row.getString("role_code"),
                        row.getInt("version"), SqlRead.instant(row, "delivered_at"), Channel.valueOf(row.getString("channel")),
                        row.getString("language"), SqlRead.instant(row, "acknowledged_at"), row.getString("recorded_by")),
                employeeId);
    }

    public static List<Delivery> listFor(Facility facility) {
        return list("from Delivery d join fetch d.description dd join fetch dd.role where d.employee.facility = ?1", facility);
    }

    /**
     * The filing summary's figures, one query for every path that issues it (the API's regulator notice, an audit
     * packet's): current nonexempt employees on {@code day} held to a quota, and how many of them hold a written copy of
     * the version in force that day. A role whose description is only a draft or in review holds its employees to
     * quotas too: they count, and none of them has a written copy. A count in the database, whatever the facility's size.
     */
    public static FilingCounts filingCounts(long facilityId, LocalDate day) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                with in_force as (
                    select distinct on (q.role_id) q.role_id, q.id
                    from quota_description q
                    where q.facility_id = ?1 and q.activated_at is not null and q.effective_on <= ?2
                    order by q.role_id, q.version desc)
                select count(*), count(*) filter (where f.id is not null and exists (
                         select 1 from delivery d where d.employee_id = e.id and d.description_id = f.id and d.channel <> 'VERBAL'))
                from employee e left join in_force f on f.role_id = e.role_id
                where e.facility_id = ?1 and not e.exempt and e.hire_date <= ?2
                  and (e.separation_date is null or e.separation_date > ?2)
                  and (f.id is not null or exists (select 1 from quota_description w where w.role_id = e.role_id
                                                   and w.status in ('DRAFT', 'IN_REVIEW')))""")
                .setParameter(1, facilityId).setParameter(2, day).getSingleResult();
        int held = ((Number) row[0]).intValue();
        int delivered = ((Number) row[1]).intValue();
        return new FilingCounts(held, delivered, held - delivered);
    }

    /** See {@link #filingCounts}: {@code missing} is held less delivered. */
    public record FilingCounts(int employees, int deliveredCurrentVersion, int missing) {
    }
}
