package org.quotaledger.request;

import org.quotaledger.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.compliance.FactsGatherer;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.FacilityChanged;
import org.quotaledger.request.RequestViews.ClosedList;
import org.quotaledger.request.RequestViews.ClosedRow;
import org.quotaledger.request.RequestViews.DashboardRow;
import org.quotaledger.request.RequestViews.NewRequest;
import org.quotaledger.request.RequestViews.RequestView;
import org.quotaledger.law.RequestTerms;
import org.quotaledger.law.StateLaws;
import org.quotaledger.rules.FacilityFacts.RequestChannel;
import org.quotaledger.law.RequestKind;
import org.quotaledger.security.Access;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Takes employee requests (their own, or taken for them by a manager), and lists them with their deadlines. */
@ApplicationScoped
@Transactional
public class RequestService {

    @Inject
    AppClock clock;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Event<FacilityChanged> changes;

    /** A request a manager or compliance officer received orally or on paper. */
    public RequestView takeFor(long employeeId, NewRequest input) {
        Employee employee = Employee.seenBy(access, employeeId);
        LocalDate today = today(employee.facility);
        if (input.receivedOn().isAfter(today)) {
            throw new InvalidInput("A request cannot be received in the future.",
                    List.of(FieldError.field("receivedOn", "is after today (" + today + " at " + employee.facility.code + ")")));
        }
        if (input.receivedOn().isBefore(employee.hireDate)) {
            throw new InvalidInput("The request is dated before the employee was hired.",
                    List.of(FieldError.field("receivedOn", "is before the employee was hired (" + employee.hireDate + ")")));
        }
        return RequestView.from(file(employee, input.kind(), input.channel(), input.receivedOn()));
    }

    /** The same, for an employee named by their number at a facility (the page form). */
    public RequestView takeFor(long facilityId, String employeeNumber, NewRequest input) {
        Facility facility = Facility.seenBy(access, facilityId);
        Employee employee = Employee.findByNumber(facility, employeeNumber == null ? "" : employeeNumber.strip())
                .orElseThrow(() -> unknownEmployee(facility, employeeNumber));
        return takeFor(employee.id, input);
    }

    /** The signed-in employee's own request, received today in writing (the portal). */
    public RequestView fileOwn(RequestKind kind) {
        Employee self = Employee.selfOf(access);
        return RequestView.from(file(self, kind, RequestChannel.WRITTEN, today(self.facility)));
    }

    /**
     * Records the request with the terms the state's law sets (due date, window, aggregate). Every request is
     * recorded: one the law does not oblige the employer to answer (a former employee's second request, a WA former
     * employee after three years) is kept as not required, with the reason and its citation, and judged by the rules.
     */
    private EmployeeRequest file(Employee employee, RequestKind kind, RequestChannel channel, LocalDate received) {
        Facility facility = employee.facility;
        EmployeeRequest r = terms(employee, kind, received);
        r.channel = channel;
        r.recordedBy = access.username();
        r.recordedAt = clock.now();
        r.persist();
        audit.append("request.received", "employee_request", r.id, facility.id, null, RequestView.from(r));
        changes.fire(new FacilityChanged(facility.id, "request received"));
        return r;
    }

    /** A request with its terms under the facility's state law, not yet stored. */
    public static EmployeeRequest terms(Employee employee, RequestKind kind, LocalDate received) {
        RequestTerms terms = StateLaws.of(employee.facility.state).terms(kind, received, employee.separationDate,
                EmployeeRequest.countFormerBefore(employee, received));
        var r = new EmployeeRequest();
        r.facility = employee.facility;
        r.employee = employee;
        r.kind = kind;
        r.receivedOn = received;
        r.dueOn = terms.dueOn();
        r.formerEmployee = terms.former();
        r.windowFrom = terms.windowFrom();
        r.windowTo = terms.windowTo();
        r.aggregateIncluded = terms.aggregate();
        r.required = terms.required();
        r.notRequiredReason = terms.notRequiredReason();
        return r;
    }

    /** Closes an open request at one of the caller's facilities without answering it, for the given reason. */
    public RequestView decline(long requestId, String reason) {
        EmployeeRequest r = inScope(requestId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("Say why the request is not answered.", List.of(FieldError.field("reason", "is required")));
        }
        r.decline(reason.strip(), clock.now(), access.username());
        RequestView view = RequestView.from(r);
        audit.append("request.declined", "employee_request", r.id, r.facility.id, java.util.Map.of("status", "OPEN"), view);
        changes.fire(new FacilityChanged(r.facility.id, "request declined"));
        return view;
    }

    /**
     * A request at one of the caller's facilities, to close: locked for the transaction, so of two concurrent answers
     * the second finds it closed. Any other request is reported as not found.
     */
    EmployeeRequest inScope(long requestId) {
        return EmployeeRequest.<EmployeeRequest>findByIdOptional(requestId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> access.facilityScope().includes(r.facility.id))
                .orElseThrow(() -> new NotFound("request", requestId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestView> own() {
        return EmployeeRequest.viewsFor(access.selfId()).list();
    }

    /** One employee's requests, newest first, for a caller who may see the employee. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestView> ofEmployee(long employeeId) {
        return EmployeeRequest.viewsFor(Employee.seenBy(access, employeeId).id).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestView> ofFacility(long facilityId) {
        return EmployeeRequest.listFor(Facility.seenBy(access, facilityId)).stream().map(RequestView::from).toList();
    }

    /** Open requests across the caller's facilities: overdue first, then by due date; no deadline last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DashboardRow> dashboard() {
        return EmployeeRequest.listOpen(access.facilityScope()).stream()
                .map(r -> DashboardRow.from(r, today(r.facility)))
                .sorted(Comparator.comparing(DashboardRow::overdue).reversed()
                        .thenComparing(DashboardRow::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DashboardRow::id))
                .toList();
    }

    /** The most recently answered or declined requests across the caller's facilities, or at one of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClosedList closed(Long facilityId, int limit) {
        if (facilityId != null) {
            Facility.seenBy(access, facilityId);
        }
        List<ClosedRow> rows = EmployeeRequest.listClosed(access.facilityScope(), facilityId, limit + 1).stream()
                .map(ClosedRow::from).toList();
        return new ClosedList(rows.size() > limit ? rows.subList(0, limit) : rows, rows.size() > limit, limit, facilityId);
    }

    /** A facility's open requests and how many of them are overdue on its local day. */
    public record OpenRequests(long open, long overdue) {
    }

    /**
     * Open and overdue requests at every facility of the registry, by facility code: the operator's figures
     * ({@code /q/metrics}), not any caller's, so no scope applies.
     */
    public Map<String, OpenRequests> openByFacility() {
        Map<String, LocalDate> todayByState = new HashMap<>();
        Map<String, OpenRequests> byFacility = new TreeMap<>();
        for (EmployeeRequest.OpenCount c : EmployeeRequest.countOpenByFacilityAndDueDay()) {
            LocalDate today = todayByState.computeIfAbsent(c.state(), clock::today);
            long overdue = RequestViews.isOverdue(c.dueOn(), today) ? c.count() : 0;
            byFacility.merge(c.facilityCode(), new OpenRequests(c.count(), overdue),
                    (a, b) -> new OpenRequests(a.open() + b.open(), a.overdue() + b.overdue()));
        }
        return byFacility;
    }

    /** The facility's local day: deadlines are counted in local days. */
    public LocalDate today(Facility facility) {
        return clock.today(facility.state);
    }

    /** A number typed into the page's form that names nobody at the facility: the form's field is wrong, not the page. */
    private static InvalidInput unknownEmployee(Facility facility, String employeeNumber) {
        return new InvalidInput("No employee " + employeeNumber + " works at " + facility.code + ".",
                List.of(FieldError.field("employeeNumber", "names no employee at " + facility.code + " (" + facility.name + ")")));
    }
}
