package org.quotaledger.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.web.Conflict;

import java.time.Instant;
import java.util.List;

/**
 * One handing-over of a description version to an employee: the evidence that the written
 * description of Cal. Lab. Code §2101 (and its sister statutes) was given, and when.
 */
@Entity
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

    /** The signed notice that was this delivery, when it was made by issuing one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id")
    public org.quotaledger.notice.Notice notice;
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

    public void acknowledge(Instant at) {
        if (acknowledgedAt != null) {
            throw new Conflict("This delivery was already acknowledged on " + acknowledgedAt + ".");
        }
        acknowledgedAt = at.isBefore(deliveredAt) ? deliveredAt : at;
    }

    public static List<Delivery> listFor(Employee employee) {
        return list("from Delivery d join fetch d.description dd join fetch dd.role where d.employee = ?1 order by d.deliveredAt desc", employee);
    }

    public static List<Delivery> listFor(Facility facility) {
        return list("from Delivery d join fetch d.description dd join fetch dd.role where d.employee.facility = ?1", facility);
    }
}
