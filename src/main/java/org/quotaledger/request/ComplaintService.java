package org.quotaledger.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.FacilityChanged;
import org.quotaledger.request.ComplaintViews.ComplaintView;
import org.quotaledger.request.ComplaintViews.NewComplaint;
import org.quotaledger.security.Access;
import org.quotaledger.time.AppClock;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Problem.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Records quota complaints, which the retaliation rules weigh against later adverse actions. */
@ApplicationScoped
@Transactional
public class ComplaintService {

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    Event<FacilityChanged> changes;

    /** A complaint recorded by a manager or compliance officer for an employee of their facilities. */
    public ComplaintView recordFor(long employeeId, NewComplaint input) {
        return record(Employee.seenBy(access, employeeId), input);
    }

    /** The same, for an employee named by their number at a facility (the page form). */
    public ComplaintView recordFor(long facilityId, String employeeNumber, NewComplaint input) {
        var facility = Facility.seenBy(access, facilityId);
        Employee employee = Employee.findByNumber(facility, employeeNumber == null ? "" : employeeNumber.strip())
                .orElseThrow(() -> unknownEmployee(facility, employeeNumber));
        return record(employee, input);
    }

    /** The signed-in employee's own complaint. */
    public ComplaintView recordOwn(NewComplaint input) {
        return record(Employee.selfOf(access), input);
    }

    private ComplaintView record(Employee employee, NewComplaint input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.madeOn().isAfter(clock.today(employee.facility.state))) {
            errors.add(FieldError.field("madeOn", "is after today (" + clock.today(employee.facility.state) + " at " + employee.facility.code + ")"));
        }
        boolean agencyNamed = input.agency() != null && !input.agency().isBlank();
        if (input.recipient() == Complaint.Recipient.AGENCY && !agencyNamed) {
            errors.add(FieldError.field("agency", "is required when the complaint went to an agency"));
        }
        if (input.recipient() == Complaint.Recipient.EMPLOYER && agencyNamed) {
            errors.add(FieldError.field("agency", "is only for a complaint to an agency"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The complaint cannot be recorded as given.", errors);
        }
        var c = new Complaint();
        c.facility = employee.facility;
        c.employee = employee;
        c.madeOn = input.madeOn();
        c.recipient = input.recipient();
        c.agency = agencyNamed ? input.agency().strip() : null;
        c.madeBy = input.madeBy() == null || input.madeBy().isBlank() ? employee.name : input.madeBy().strip();
        c.allegation = input.allegation().strip();
        c.recordedBy = access.username();
        c.recordedAt = clock.now();
        c.persist();
        var view = ComplaintView.from(c);
        audit.append("complaint.recorded", "complaint", c.id, c.facility.id, null, view);
        changes.fire(new FacilityChanged(c.facility.id, "complaint recorded"));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintView> ofFacility(long facilityId) {
        return Complaint.listFor(Facility.seenBy(access, facilityId)).stream().map(ComplaintView::from).toList();
    }

    /** Whether the caller may record complaints for employees: staff who act on records, not regulators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRecord() {
        var role = access.role();
        return role == org.quotaledger.security.Role.ADMIN || role == org.quotaledger.security.Role.MANAGER
                || role == org.quotaledger.security.Role.COMPLIANCE;
    }

    /** One employee's complaints, for a caller who may see the employee. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintView> ofEmployee(long employeeId) {
        return Complaint.viewsFor(Employee.seenBy(access, employeeId).id).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintView> own() {
        return Complaint.viewsFor(access.selfId()).list();
    }

    /** A number typed into the page's form that names nobody at the facility: the form's field is wrong, not the page. */
    private static InvalidInput unknownEmployee(Facility facility, String employeeNumber) {
        return new InvalidInput("No employee " + employeeNumber + " works at " + facility.code + ".",
                List.of(FieldError.field("employeeNumber", "names no employee at " + facility.code + " (" + facility.name + ")")));
    }
}
