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
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.web.Conflict;

import java.time.Instant;
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

    public static List<Delivery> listFor(Employee employee) {
        return list("from Delivery d join fetch d.description dd join fetch dd.role where d.employee = ?1 order by d.deliveredAt desc", employee);
    }

    public static List<Delivery> listFor(Facility facility) {
        return list("from Delivery d join fetch d.description dd join fetch dd.role where d.employee.facility = ?1", facility);
    }
}
