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
import org.quotaledger.security.FacilityScope;
import org.quotaledger.law.Deadline;
import org.quotaledger.law.RequestRight;
import org.quotaledger.law.StateLaws;
import org.quotaledger.rules.FacilityFacts.RequestChannel;
import org.quotaledger.law.RequestKind;
import org.quotaledger.web.Conflict;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee's request for the written description of their quotas or for their work speed data
 * (Cal. Lab. Code §2104, N.Y. Lab. Law §785, RCW 49.84.037, ORS 653.557), with the window of data it
 * covers and the day it must be answered by.
 */
@Entity
public class EmployeeRequest extends PanacheEntity {

    public enum Status { OPEN, FULFILLED, DECLINED }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    public Facility facility;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    public Employee employee;

    @Enumerated(EnumType.STRING)
    public RequestKind kind;

    @Enumerated(EnumType.STRING)
    public RequestChannel channel;

    public LocalDate receivedOn;
    /** Null where the state sets no deadline. */
    public LocalDate dueOn;
    public boolean formerEmployee;
    public LocalDate windowFrom;
    public LocalDate windowTo;
    public boolean aggregateIncluded;
    /**
     * False when the law does not oblige the employer to answer (a CA, NY or OR former employee's second request, a
     * WA former employee more than three years after leaving): still recorded and judged, never refused.
     */
    public boolean required = true;
    /** Why no answer is owed, with the citation; null when required. */
    public String notRequiredReason;
    /** The languages the answer was produced in, comma-separated BCP 47 tags; null until answered. */
    public String answerLanguages;

    @Enumerated(EnumType.STRING)
    public Status status = Status.OPEN;

    public LocalDate fulfilledOn;
    public Instant fulfilledAt;
    public String fulfilledBy;
    public String declineReason;
    public Instant declinedAt;
    public String declinedBy;
    public String recordedBy;
    public Instant recordedAt;

    public boolean open() {
        return status == Status.OPEN;
    }

    /** The languages of the answer, in order; empty until answered. */
    public List<String> answerLanguages() {
        return answerLanguages(answerLanguages);
    }

    /** The languages as stored: comma-separated tags, or null until answered. */
    private static List<String> answerLanguages(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }

    /** Where the deadline is written (e.g. "Cal. Lab. Code §2104(b)"); null where the law sets none. */
    public String deadlineCitation() {
        return deadlineCitation(facility.state, kind);
    }

    private static String deadlineCitation(String state, RequestKind kind) {
        return StateLaws.of(state).request(kind).map(RequestRight::deadline).map(Deadline::citation).orElse(null);
    }

    public void fulfil(LocalDate on, Instant at, String by) {
        if (status != Status.OPEN) {
            throw alreadyClosed();
        }
        status = Status.FULFILLED;
        fulfilledOn = on;
        fulfilledAt = at;
        fulfilledBy = by;
    }

    /**
     * Closes the request unanswered. Whether that was lawful is for the rules to say (a former employee's repeat
     * request may be declined in California; a current employee's may not be in New York), so the reason is kept.
     */
    public void decline(String reason, Instant at, String by) {
        if (status != Status.OPEN) {
            throw alreadyClosed();
        }
        status = Status.DECLINED;
        declineReason = reason;
        declinedAt = at;
        declinedBy = by;
    }

    /** A second answer (two tabs, a double click) changes nothing and says what happened first. */
    private Conflict alreadyClosed() {
        return new Conflict(status == Status.FULFILLED
                ? "Request " + id + " was already answered on " + fulfilledOn + " by " + fulfilledBy + "; nothing was changed."
                : "Request " + id + " was already declined by " + (declinedBy == null ? "another user" : declinedBy)
                        + "; nothing was changed.");
    }

    /**
     * The employee's requests, newest first, as their page and the API list them. Plain SQL, so the employee's page
     * reads it in the same round trip as their other lists.
     */
    public static SqlRead<RequestViews.RequestView> viewsFor(long employeeId) {
        return SqlRead.of("""
                select r.id, f.id as facility_id, f.code as facility_code, f.state, e.id as employee_id,
                       e.employee_number, e.name as employee_name, r.kind, r.channel, r.received_on, r.due_on,
                       r.former_employee, r.window_from, r.window_to, r.aggregate_included, r.status, r.fulfilled_on,
                       r.fulfilled_at, r.fulfilled_by, r.decline_reason, r.required, r.not_required_reason,
                       r.answer_languages
                from employee_request r join employee e on e.id = r.employee_id join facility f on f.id = r.facility_id
                where r.employee_id = ? order by r.received_on desc, r.id desc""", EmployeeRequest::view, employeeId);
    }

    /** A row of {@link #viewsFor}, worded as {@link RequestViews.RequestView#from} words the entity. */
    private static RequestViews.RequestView view(ResultSet row) throws SQLException {
        RequestKind kind = RequestKind.valueOf(row.getString("kind"));
        Status status = Status.valueOf(row.getString("status"));
        boolean required = row.getBoolean("required");
        return new RequestViews.RequestView(row.getLong("id"), row.getLong("facility_id"), row.getString("facility_code"),
                row.getLong("employee_id"), row.getString("employee_number"), row.getString("employee_name"), kind,
                RequestChannel.valueOf(row.getString("channel")), SqlRead.date(row, "received_on"), SqlRead.date(row, "due_on"),
                required ? deadlineCitation(row.getString("state"), kind) : null, row.getBoolean("former_employee"),
                SqlRead.date(row, "window_from"), SqlRead.date(row, "window_to"), row.getBoolean("aggregate_included"),
                status, SqlRead.date(row, "fulfilled_on"), SqlRead.instant(row, "fulfilled_at"), row.getString("fulfilled_by"),
                row.getString("decline_reason"), status == Status.FULFILLED, required, row.getString("not_required_reason"),
                answerLanguages(row.getString("answer_languages")));
    }

    public static List<EmployeeRequest> listFor(Facility facility) {
        return list("from EmployeeRequest r join fetch r.employee join fetch r.facility where r.facility = ?1"
                + " order by r.receivedOn desc, r.id desc", facility);
    }

    /** Open requests at the facilities in scope, earliest due first (no due date last). */
    public static List<EmployeeRequest> listOpen(FacilityScope scope) {
        String query = "from EmployeeRequest r join fetch r.employee join fetch r.facility where r.status = ?1";
        String order = " order by r.dueOn asc nulls last, r.receivedOn asc, r.id asc";
        if (scope.all()) {
            return list(query + order, Status.OPEN);
        }
        return scope.ids().isEmpty() ? List.of() : list(query + " and r.facility.id in ?2" + order, Status.OPEN, scope.ids());
    }

    /** Answered and declined requests at the facilities in scope (or one of them), most recently closed first. */
    public static List<EmployeeRequest> listClosed(FacilityScope scope, Long facilityId, int limit) {
        StringBuilder query = new StringBuilder("from EmployeeRequest r join fetch r.employee join fetch r.facility where r.status <> :open");
        var params = new java.util.HashMap<String, Object>();
        params.put("open", Status.OPEN);
        if (!scope.all()) {
            if (scope.ids().isEmpty()) {
                return List.of();
            }
            query.append(" and r.facility.id in :scope");
            params.put("scope", scope.ids());
        }
        if (facilityId != null) {
            query.append(" and r.facility.id = :facility");
            params.put("facility", facilityId);
        }
        query.append(" order by coalesce(r.fulfilledAt, r.declinedAt) desc nulls last, r.id desc");
        return find(query.toString(), params).page(0, limit).list();
    }

    /** How many requests are open at a facility with one due day (null: no deadline). */
    public record OpenCount(String facilityCode, String state, LocalDate dueOn, long count) {
    }

    /**
     * Open requests of every facility of the registry by due day, a facility with none open as one row of 0: the
     * overdue ones are counted from these against each facility's own local day, which SQL does not know.
     */
    public static List<OpenCount> countOpenByFacilityAndDueDay() {
        return getEntityManager().createQuery("select f.code, f.state, r.dueOn, count(r) from Facility f"
                        + " left join EmployeeRequest r on r.facility = f and r.status = :open group by f.code, f.state, r.dueOn",
                        Object[].class)
                .setParameter("open", Status.OPEN).getResultStream()
                .map(row -> new OpenCount((String) row[0], (String) row[1], (LocalDate) row[2], ((Number) row[3]).longValue()))
                .toList();
    }

    /**
     * Requests the employee made after leaving, of either kind, received before {@code day} (former employees get one
     * request in some states; what they ask for on the same day is that one request).
     */
    public static long countFormerBefore(Employee employee, LocalDate day) {
        return count("employee = ?1 and formerEmployee = true and receivedOn < ?2", employee, day);
    }
}
