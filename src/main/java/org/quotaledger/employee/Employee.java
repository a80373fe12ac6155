package org.quotaledger.employee;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.quotaledger.database.SqlRead;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.JobRole;
import org.quotaledger.security.Access;
import org.quotaledger.web.NotFound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person on a facility's roster. Exempt employees are outside the quota laws (e.g. Cal. Lab. Code
 * §2100 protects nonexempt employees only); the primary language decides the notice's language
 * where a state requires it (NY Labor Law §781).
 */
@Entity
public class Employee extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    public Facility facility;

    public String employeeNumber;
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id")
    public JobRole role;

    public LocalDate hireDate;
    public LocalDate separationDate;
    public boolean exempt;
    /**
     * BCP 47 tag; null when the roster or the API gave none. Not "en" by default: Oregon asks for the language the
     * employer regularly uses with the employee (ORS 653.556(2)), and an unrecorded one is a question, not English.
     * Notices fall back to English for it.
     */
    public String primaryLanguage;
    /** When the employee chose {@link #primaryLanguage} themselves; then the roster no longer sets it. */
    public Instant languageChosenAt;
    public String email;
    public Instant updatedAt;
    /** When the registry first knew the employee (transaction time): "the roster as it stood" on a past day. */
    public Instant createdAt;

    /** An employee record the caller may see (employees only themselves, managers their facilities' staff), or 404. */
    public static Employee seenBy(Access access, long id) {
        return Employee.<Employee>findByIdOptional(id)
                .filter(e -> e.isSeenBy(access))
                .orElseThrow(() -> new NotFound("employee", id));
    }

    /** The signed-in employee's own record; 403 for the roles that have none. */
    public static Employee selfOf(Access access) {
        return findById(access.selfId());
    }

    public static Optional<Employee> findByNumber(Facility facility, String employeeNumber) {
        return find("facility = ?1 and employeeNumber = ?2", facility, employeeNumber).firstResultOptional();
    }

    /**
     * The employee as their own page names them, with their facility and role: plain SQL, so the page reads it in the
     * same round trip as their lists (portal.OwnRecordsService). Worded as {@link EmployeeViews.EmployeeView#from}.
     */
    public static SqlRead<EmployeeViews.Self> selfView(long id) {
        return SqlRead.of("""
                select e.id, f.id as facility_id, f.code as facility_code, e.employee_number, e.name,
                       r.code as role_code, r.title as role_title, e.hire_date, e.separation_date,
                       e.exempt, e.primary_language, e.email, f.name as facility_name, f.state
                from employee e join facility f on f.id = e.facility_id left join job_role r on r.id = e.role_id
                where e.id = ?""",
                row -> new EmployeeViews.Self(new EmployeeViews.EmployeeView(row.getLong("id"), row.getLong("facility_id"),
                        row.getString("facility_code"), row.getString("employee_number"), row.getString("name"),
                        row.getString("role_code"), row.getString("role_title"), SqlRead.date(row, "hire_date"),
                        SqlRead.date(row, "separation_date"), row.getBoolean("exempt"), row.getString("primary_language"),
                        row.getString("email")),
                        row.getString("facility_name"), row.getString("state")),
                id);
    }

    /** With the facility and role a page shows after the transaction has ended (the portal renders outside it). */
    public static Employee withFacilityAndRole(long id) {
        return find("from Employee e join fetch e.facility left join fetch e.role where e.id = ?1", id).singleResult();
    }

    public static List<Employee> listFor(Facility facility) {
        return list("from Employee e left join fetch e.role where e.facility = ?1 order by e.employeeNumber", facility);
    }

    public boolean isSeenBy(Access access) {
        return access.canSeeEmployee(id, facility.id);
    }

    public boolean isCurrent(LocalDate on) {
        return !hireDate.isAfter(on) && (separationDate == null || separationDate.isAfter(on));
    }
}
