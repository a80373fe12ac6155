package org.quotaledger.employee;

import org.quotaledger.time.AppClock;
import org.quotaledger.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.quotaledger.facility.FacilityChanged;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.employee.EmployeeViews.EmployeeInput;
import org.quotaledger.employee.EmployeeViews.RosterImportReport;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.JobRole;
import org.quotaledger.security.Access;
import org.quotaledger.security.EmployeeRecords;
import org.quotaledger.web.Conflict;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Problem.FieldError;

import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The roster: employees of a facility, kept one record per employee number. */
@ApplicationScoped
@Transactional
public class EmployeeService implements EmployeeRecords {

    @Inject
    AppClock clock;

    @Inject
    Access access;

    @Inject
    Event<FacilityChanged> changes;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EmployeeViews.EmployeeView> roster(long facilityId) {
        return Employee.listFor(Facility.seenBy(access, facilityId)).stream().map(EmployeeViews.EmployeeView::from).toList();
    }

    /** Employees on the roster of each facility, counted in one query for a whole list of facilities. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, Long> rosterSizes(List<Long> facilityIds) {
        if (facilityIds.isEmpty()) {
            return java.util.Map.of();
        }
        return Employee.getEntityManager().createQuery(
                        "select e.facility.id, count(e) from Employee e where e.facility.id in ?1 group by e.facility.id", Object[].class)
                .setParameter(1, facilityIds).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** For {@link Access}: the facility an employee account's record is on. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long facilityOf(long employeeId) {
        return Employee.<Employee>findById(employeeId).facility.id;
    }

    /** An employee of a facility the caller may see, named by their number (the pages' address of a record), or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployeeViews.EmployeeView atFacility(long facilityId, String employeeNumber) {
        Facility facility = Facility.seenBy(access, facilityId);
        return Employee.findByNumber(facility, employeeNumber).filter(e -> e.isSeenBy(access))
                .map(EmployeeViews.EmployeeView::from)
                .orElseThrow(() -> new NotFound("employee " + employeeNumber + " at", facility.code));
    }

    /**
     * The signed-in employee chooses the language of every document sent to them (notices, reports, answers). Kept on
     * their record and audited; the roster's language no longer overrides it. Only a language of {@code offered}, the
     * list their page shows, or the one already on their record (which the page also offers: a roster may hold any
     * language) is taken; any other tag would be a language the employee was never offered.
     */
    @Transactional
    public EmployeeViews.EmployeeView chooseOwnLanguage(String language, List<String> offered) {
        Employee e = Employee.withFacilityAndRole(access.selfId());
        String chosen = language == null ? null : offered.stream().filter(language::equalsIgnoreCase).findFirst()
                .orElse(language.equals(e.primaryLanguage) ? language : null);
        if (chosen == null) {
            throw new InvalidInput("Choose a language from the list.", List.of(FieldError.field("language", "is not offered")));
        }
        var before = EmployeeViews.EmployeeView.from(e);
        e.primaryLanguage = chosen;
        e.languageChosenAt = clock.now();
        e.updatedAt = e.languageChosenAt;
        audit.append("employee.language.chosen", "employee", e.id, e.facility.id, before, EmployeeViews.EmployeeView.from(e));
        return EmployeeViews.EmployeeView.from(e);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployeeViews.EmployeeView employee(long id) {
        return EmployeeViews.EmployeeView.from(Employee.seenBy(access, id));
    }

    public EmployeeViews.EmployeeView add(long facilityId, EmployeeInput input) {
        Facility facility = Facility.changeableBy(access, facilityId);
        if (Employee.findByNumber(facility, input.employeeNumber()).isPresent()) {
            throw new Conflict("Facility " + facility.code + " already has an employee " + input.employeeNumber() + ".");
        }
        var employee = new Employee();
        employee.createdAt = clock.now();
        employee.facility = facility;
        employee.employeeNumber = input.employeeNumber();
        apply(employee, input, role(facility, input.roleCode()), clock.now());
        employee.persist();
        audit.append("employee.created", "employee", employee.id, facility.id, null, EmployeeViews.EmployeeView.from(employee));
        changes.fire(new FacilityChanged(facility.id, "employee " + employee.employeeNumber + " added"));
        return EmployeeViews.EmployeeView.from(employee);
    }

    public EmployeeViews.EmployeeView update(long id, EmployeeInput input) {
        Employee employee = Employee.seenBy(access, id);
        Facility.changeableBy(access, employee.facility.id);
        if (!employee.employeeNumber.equals(input.employeeNumber())) {
            throw new InvalidInput("The employee number cannot be changed; it identifies the employee in notices and requests.");
        }
        var before = EmployeeViews.EmployeeView.from(employee);
        apply(employee, input, role(employee.facility, input.roleCode()), clock.now());
        audit.append("employee.updated", "employee", employee.id, employee.facility.id, before, EmployeeViews.EmployeeView.from(employee));
        changes.fire(new FacilityChanged(employee.facility.id, "employee " + employee.employeeNumber + " updated"));
        return EmployeeViews.EmployeeView.from(employee);
    }

    /**
     * Creates or updates employees from a roster CSV, keyed by employee number, so uploading the same
     * roster twice changes nothing. With {@code partial} false a file with any bad line stores nothing.
     */
    public RosterImportReport importRoster(long facilityId, Reader csv, boolean partial) {
        Facility facility = Facility.changeableBy(access, facilityId);
        Map<String, JobRole> roles = JobRole.listFor(facility).stream()
                .collect(Collectors.toMap(r -> r.code, Function.identity()));
        RosterImport.Parsed parsed = RosterImport.parse(csv, facility.code, roles.keySet());
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        List<RosterImport.Row> good = parsed.rows();
        errors.sort(java.util.Comparator.comparing(FieldError::line));
        if (!errors.isEmpty() && !partial) {
            // A line with three problems is one line to fix: count lines, list every problem.
            long lines = errors.stream().map(FieldError::line).distinct().count();
            throw new InvalidInput(errors.size() + (errors.size() == 1 ? " problem" : " problems") + " on " + lines
                    + (lines == 1 ? " line" : " lines") + " of the roster, each listed below; nothing was stored. "
                    + "Fix them, or upload with partial=true to store the valid lines.", errors);
        }
        Map<String, Employee> existing = Employee.listFor(facility).stream()
                .collect(Collectors.toMap(e -> e.employeeNumber, Function.identity()));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        // One audit append at the end: a native query per row would flush (dirty-check) every employee loaded so far,
        // which made a 10,000-line roster take minutes.
        List<AuditLog.Change> audited = new ArrayList<>();
        for (RosterImport.Row row : good) {
            var input = new EmployeeInput(row.employeeNumber(), row.name(), row.roleCode(), row.hireDate(),
                    row.separationDate(), row.exempt(), row.primaryLanguage(), row.email());
            JobRole role = row.roleCode() == null ? null : roles.get(row.roleCode());
            Employee employee = existing.get(row.employeeNumber());
            if (employee == null) {
                employee = new Employee();
                employee.createdAt = clock.now();
                employee.facility = facility;
                employee.employeeNumber = row.employeeNumber();
                apply(employee, input, role, clock.now());
                employee.persist();
                audited.add(new AuditLog.Change("employee.imported", "employee", employee.id, facility.id, null, EmployeeViews.EmployeeView.from(employee)));
                created++;
            } else if (differs(employee, input, role)) {
                var before = EmployeeViews.EmployeeView.from(employee);
                apply(employee, input, role, clock.now());
                audited.add(new AuditLog.Change("employee.reimported", "employee", employee.id, facility.id, before, EmployeeViews.EmployeeView.from(employee)));
                updated++;
            } else {
                unchanged++;
            }
        }
        audit.appendAll(audited);
        if (created + updated > 0) {
            changes.fire(new FacilityChanged(facility.id, "roster upload"));
        }
        return new RosterImportReport(created, updated, unchanged, true, errors);
    }

    private static boolean differs(Employee e, EmployeeInput in, JobRole role) {
        return !(Objects.equals(e.name, in.name()) && Objects.equals(e.role, role)
                && Objects.equals(e.hireDate, in.hireDate()) && Objects.equals(e.separationDate, in.separationDate())
                && e.exempt == in.exempt() && Objects.equals(e.primaryLanguage, language(e, in))
                && Objects.equals(e.email, in.email()));
    }

    private static JobRole role(Facility facility, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return JobRole.findByCode(facility, code)
                .orElseThrow(() -> new InvalidInput("Facility " + facility.code + " has no role " + code + ".",
                        List.of(FieldError.field("roleCode", "is not a role of facility " + facility.code))));
    }

    /** The roster's language (null: not recorded), unless the employee chose their own in the portal. */
    private static String language(Employee e, EmployeeInput in) {
        if (e.languageChosenAt != null) {
            return e.primaryLanguage;
        }
        return in.primaryLanguage() == null || in.primaryLanguage().isBlank() ? null : in.primaryLanguage();
    }

    private static void apply(Employee e, EmployeeInput in, JobRole role, Instant now) {
        if (in.separationDate() != null && in.separationDate().isBefore(in.hireDate())) {
            throw new InvalidInput("The separation date is before the hire date.",
                    List.of(FieldError.field("separationDate", "is before the hire date")));
        }
        e.name = in.name();
        e.role = role;
        e.hireDate = in.hireDate();
        e.separationDate = in.separationDate();
        e.exempt = in.exempt();
        e.primaryLanguage = language(e, in);
        e.email = in.email();
        e.updatedAt = now;
    }
}
