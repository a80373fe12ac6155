package org.quotaledger.request;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A discipline, termination or other adverse action against an employee. The rules check it against the
 * employee's requests (presumed retaliation within 90 days, Cal. Lab. Code §2105, N.Y. Lab. Law §786) and
 * against the quota it relied on (never delivered: §2102, §782; WA: quota and data handed over, RCW 49.84.020(3)).
 */
@Entity
public class AdverseAction extends PanacheEntity {

    public enum Type { WARNING, WRITE_UP, TERMINATION, SCHEDULE_CUT, OTHER }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    public Facility facility;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    public Employee employee;

    public LocalDate actionDate;

    @Enumerated(EnumType.STRING)
    public Type type;

    public boolean quotaBased;

    /** The description version relied on, for a quota-based action. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "description_id")
    public QuotaDescription description;

    public LocalDate quotaGivenOn;
    public LocalDate workSpeedDataGivenOn;
    public String note;
    public String recordedBy;
    public Instant recordedAt;

    public static List<AdverseAction> listFor(Facility facility) {
        return list("from AdverseAction a join fetch a.employee left join fetch a.description d left join fetch d.role"
                + " where a.facility = ?1 order by a.actionDate desc, a.id desc", facility);
    }

    public static List<AdverseAction> listFor(Employee employee) {
        return list("from AdverseAction a join fetch a.employee left join fetch a.description d left join fetch d.role"
                + " where a.employee = ?1 order by a.actionDate desc, a.id desc", employee);
    }
}
