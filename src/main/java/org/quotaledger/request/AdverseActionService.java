package org.quotaledger.request;

import org.quotaledger.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.FacilityChanged;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.request.AdverseActionViews.AdverseActionView;
import org.quotaledger.request.AdverseActionViews.NewAdverseAction;
import org.quotaledger.security.Access;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Problem.FieldError;

import java.util.List;

/** Records adverse actions, which the rules weigh against requests and deliveries. */
@ApplicationScoped
@Transactional
public class AdverseActionService {

    @Inject
    AppClock clock;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Event<FacilityChanged> changes;

    public AdverseActionView record(long employeeId, NewAdverseAction input) {
        Employee employee = Employee.seenBy(access, employeeId);
        Facility.changeableBy(access, employee.facility.id);
        var a = new AdverseAction();
        a.recordedAt = clock.now();
        a.facility = employee.facility;
        a.employee = employee;
        a.actionDate = input.date();
        a.type = input.type();
        a.quotaBased = input.quotaBased();
        if (input.descriptionId() != null) {
            a.description = QuotaDescription.<QuotaDescription>findByIdOptional(input.descriptionId())
                    .filter(d -> d.facility.id.equals(employee.facility.id))
                    .orElseThrow(() -> new InvalidInput("Description " + input.descriptionId() + " is not a description of "
                            + employee.facility.code + ".", List.of(FieldError.field("descriptionId", "is not at this facility"))));
        } else if (input.quotaBased()) {
            throw new InvalidInput("A quota-based action must name the description it relied on.",
                    List.of(FieldError.field("descriptionId", "is required when quotaBased is true")));
        }
        a.quotaGivenOn = input.quotaGivenOn();
        a.workSpeedDataGivenOn = input.workSpeedDataGivenOn();
        a.note = input.note();
        a.recordedBy = access.username();
        a.persist();
        var view = AdverseActionView.from(a);
        audit.append("adverse-action.recorded", "adverse_action", a.id, a.facility.id, null, view);
        changes.fire(new FacilityChanged(a.facility.id, "adverse action recorded"));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdverseActionView> ofFacility(long facilityId) {
        return AdverseAction.listFor(Facility.seenBy(access, facilityId)).stream().map(AdverseActionView::from).toList();
    }

    /** One employee's adverse actions, newest first, for a caller who may see the employee. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdverseActionView> ofEmployee(long employeeId) {
        return AdverseAction.listFor(Employee.seenBy(access, employeeId)).stream().map(AdverseActionView::from).toList();
    }
}
