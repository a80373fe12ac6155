package org.quotaledger.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
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

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A signed PDF exactly as issued, with its SHA-256. Never changed or deleted (the database refuses it),
 * so a notice handed out years ago can still be matched byte for byte.
 *
 * <p>Immutable to Hibernate too: it keeps no snapshot of a notice it stores and never compares one at flush, which
 * for a bulk job's batch was a copy and a comparison of every 60 KB PDF.
 */
@Entity
@Immutable
public class Notice extends PanacheEntity {

    public enum Kind { EMPLOYEE, REGULATOR }

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String verificationCode;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    public Facility facility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    public Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "description_id")
    public QuotaDescription description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_id")
    public NoticeJob job;

    public String language;
    public Instant issuedAt;
    public String issuedBy;
    public String sha256;
    public int sizeBytes;

    /** Loaded only when the PDF itself is wanted: lists of notices never drag megabytes along. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;

    public static Optional<Notice> findByCode(String code) {
        return find("verificationCode", code).firstResultOptional();
    }

    public static Optional<Notice> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    public static List<Notice> listFor(Employee employee) {
        return list("from Notice n join fetch n.description d join fetch d.role where n.employee = ?1 order by n.issuedAt desc", employee);
    }

    /** The employee's own notices, newest first, read as their page lists them: no version's document comes along. */
    public static SqlRead<NoticeViews.OwnNotice> ownedBy(long employeeId) {
        return SqlRead.of("""
                select n.id, r.code as role_code, d.version, n.issued_at, n.verification_code
                from notice n join quota_description d on d.id = n.description_id join job_role r on r.id = d.role_id
                where n.employee_id = ? order by n.issued_at desc, n.id desc""",
                row -> new NoticeViews.OwnNotice(row.getLong("id"), row.getString("role_code"), row.getInt("version"),
                        SqlRead.instant(row, "issued_at"), row.getString("verification_code")),
                employeeId);
    }

    public static List<Notice> recent(Facility facility, int count) {
        return find("facility = ?1 order by issuedAt desc", facility).page(0, count).list();
    }
}
