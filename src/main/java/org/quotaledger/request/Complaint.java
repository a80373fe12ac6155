package org.quotaledger.request;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.quotaledger.database.SqlRead;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quota complaint an employee made, to the employer or to an agency. Like a request, it starts the rebuttable
 * presumption of retaliation for an adverse action that follows (Cal. Lab. Code §2105: a complaint alleging a
 * violation of §§2100–2104; N.Y. Lab. Law §786: to the Commissioner, the department, another agency or the
 * employer; WAC 296-136-090: any complaint about a quota).
 */
@Entity
public class Complaint extends PanacheEntity {

    public enum Recipient { EMPLOYER, AGENCY }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    public Facility facility;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    public Employee employee;

    public LocalDate madeOn;

    @Enumerated(EnumType.STRING)
    public Recipient recipient;

    /** The agency it went to, when not to the employer (e.g. "California Labor Commissioner"). */
    public String agency;

    /** Who made it: the employee, or someone on their behalf. */
    public String madeBy;

    /** What it alleges. */
    public String allegation;

    public String recordedBy;
    public Instant recordedAt;

    /** "the employer", or the agency's name. */
    public String recipientName() {
        return recipient == Recipient.EMPLOYER ? "the employer" : agency;
    }

    public static List<Complaint> listFor(Facility facility) {
        return list("from Complaint c join fetch c.employee where c.facility = ?1 order by c.madeOn desc, c.id desc", facility);
    }

    /**
     * The employee's complaints, newest first. Plain SQL, so the employee's page reads it in the same round trip as
     * their other lists.
     */
    public static SqlRead<ComplaintViews.ComplaintView> viewsFor(long employeeId) {
        return SqlRead.of("""
                select c.id, f.id as facility_id, f.code as facility_code, e.id as employee_id, e.employee_number,
                       e.name as employee_name, c.made_on, c.recipient, c.agency, c.made_by, c.allegation, c.recorded_by,
                       c.recorded_at
                from complaint c join employee e on e.id = c.employee_id join facility f on f.id = c.facility_id
                where c.employee_id = ? order by c.made_on desc, c.id desc""",
                row -> new ComplaintViews.ComplaintView(row.getLong("id"), row.getLong("facility_id"),
                        row.getString("facility_code"), row.getLong("employee_id"), row.getString("employee_number"),
                        row.getString("employee_name"), SqlRead.date(row, "made_on"),
                        Recipient.valueOf(row.getString("recipient")), row.getString("agency"), row.getString("made_by"),
                        row.getString("allegation"), row.getString("recorded_by"), SqlRead.instant(row, "recorded_at")),
                employeeId);
    }
}
