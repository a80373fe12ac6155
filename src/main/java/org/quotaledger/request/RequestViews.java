package org.quotaledger.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import org.quotaledger.rules.FacilityFacts.RequestChannel;
import org.quotaledger.law.RequestKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

public final class RequestViews {

    /**
     * Whether a request due on {@code dueOn} is overdue on {@code today}, the facility's local day: its due day has
     * passed. The one rule behind the dashboard, the answer preview and the overdue figure on {@code /q/metrics}.
     */
    public static boolean isOverdue(LocalDate dueOn, LocalDate today) {
        return dueOn != null && dueOn.isBefore(today);
    }

    private RequestViews() {
    }

    /** A request as its employee and its managers see it; {@code responseAvailable} once the packet is ready. */
    public record RequestView(long id, long facilityId, String facilityCode, long employeeId, String employeeNumber,
                              String employeeName, RequestKind kind, RequestChannel channel, LocalDate receivedOn,
                              LocalDate dueOn, String deadlineCitation, boolean formerEmployee, LocalDate windowFrom,
                              LocalDate windowTo, boolean aggregateIncluded, EmployeeRequest.Status status,
                              LocalDate fulfilledOn, Instant fulfilledAt, String fulfilledBy, String declineReason,
                              boolean responseAvailable, boolean required, String notRequiredReason,
                              List<String> answerLanguages) {
        public static RequestView from(EmployeeRequest r) {
            return new RequestView(r.id, r.facility.id, r.facility.code, r.employee.id, r.employee.employeeNumber,
                    r.employee.name, r.kind, r.channel, r.receivedOn, r.dueOn,
                    r.required ? r.deadlineCitation() : null, r.formerEmployee,
                    r.windowFrom, r.windowTo, r.aggregateIncluded, r.status, r.fulfilledOn, r.fulfilledAt,
                    r.fulfilledBy, r.declineReason, r.status == EmployeeRequest.Status.FULFILLED, r.required,
                    r.notRequiredReason, r.answerLanguages());
        }
    }

    /** Why a request is closed without an answer; kept with the request and judged by the rules. */
    public record Decline(
            @NotBlank(message = "is required: say why the request is not answered")
            @Size(max = 500, message = "is longer than 500 characters") String reason) {
    }

    /** A request taken for an employee, received orally or on paper on {@code receivedOn}. */
    public record NewRequest(
            @NotNull(message = "is required") LocalDate receivedOn,
            @NotNull(message = "is required: DESCRIPTION or WORK_SPEED_DATA") RequestKind kind,
            @NotNull(message = "is required: ORAL or WRITTEN") RequestChannel channel) {
    }

    /** An employee's own request, filed in the portal today. */
    public record OwnRequest(@NotNull(message = "is required: DESCRIPTION or WORK_SPEED_DATA") RequestKind kind) {
    }

    /** One line of the deadline dashboard. */
    public record DashboardRow(long id, long facilityId, String facilityCode, String state, String employeeNumber,
                               String employeeName, RequestKind kind, LocalDate receivedOn, LocalDate dueOn,
                               Long daysLeft, boolean overdue, boolean dueSoon, boolean required, String notRequiredReason) {
        /** Due within this many days (today included) counts as due soon. */
        public static final int DUE_SOON_DAYS = 3;

        /** How many days past the due day (for the page). */
        public long daysLate() {
            return daysLeft == null ? 0 : -daysLeft;
        }

        public static DashboardRow from(EmployeeRequest r, LocalDate today) {
            Long left = r.dueOn == null ? null : ChronoUnit.DAYS.between(today, r.dueOn);
            boolean overdue = RequestViews.isOverdue(r.dueOn, today);
            return new DashboardRow(r.id, r.facility.id, r.facility.code, r.facility.state, r.employee.employeeNumber,
                    r.employee.name, r.kind, r.receivedOn, r.dueOn, left, overdue,
                    left != null && !overdue && left <= DUE_SOON_DAYS, r.required, r.notRequiredReason);
        }
    }

    /** What the answer to a request held, and when it was made. */
    public record ResponseView(long id, long requestId, Instant createdAt, String createdBy, String sha256, int sizeBytes,
                               Object contents) {
    }

    /** A description version the answer will hold, with the days it was in force ({@code to} null while it still is). */
    public record VersionLine(long id, String roleCode, String roleTitle, int version, LocalDate from, LocalDate to,
                              boolean inForceToday) {
    }

    /**
     * The preview of an answer: the request, its deadline in the facility's local days, and what the packet will hold.
     *
     * @param daysLeft days from the facility's today to the due day (negative when overdue), null without a deadline
     */
    public record AnswerPreview(RequestView request, String facilityName, String state, String recordedBy, LocalDate today,
                                Long daysLeft, List<VersionLine> versions, int workSpeedRows, int aggregateRows,
                                List<String> languages) {
        static AnswerPreview of(RequestView request, String facilityName, String state, String recordedBy, LocalDate today,
                                List<VersionLine> versions, int workSpeedRows, int aggregateRows, List<String> languages) {
            Long left = request.dueOn() == null ? null : ChronoUnit.DAYS.between(today, request.dueOn());
            return new AnswerPreview(request, facilityName, state, recordedBy, today, left, versions, workSpeedRows,
                    aggregateRows, languages);
        }

        public boolean open() {
            return request.status() == EmployeeRequest.Status.OPEN;
        }

        public boolean overdue() {
            return RequestViews.isOverdue(request.dueOn(), today);
        }

        public long daysLate() {
            return daysLeft == null ? 0 : -daysLeft;
        }

        /** "English", "Spanish": the answer's languages as people name them. */
        static String languageName(String tag) {
            String name = java.util.Locale.forLanguageTag(tag).getDisplayLanguage(java.util.Locale.ENGLISH);
            return name.isEmpty() ? tag : name;
        }
    }

    /**
     * An answered or declined request.
     *
     * @param daysLate days the closing day was past the due day (0 or less: on time); null where the law sets no deadline
     */
    public record ClosedRow(long id, long facilityId, String facilityCode, String state, String employeeNumber,
                            String employeeName, RequestKind kind, LocalDate receivedOn, LocalDate dueOn, boolean answered,
                            LocalDate closedOn, String closedBy, Long daysLate, boolean required, String declineReason) {
        public static ClosedRow from(EmployeeRequest r) {
            LocalDate closedOn = r.fulfilledOn != null ? r.fulfilledOn
                    : r.declinedAt == null ? null : r.declinedAt.atZone(org.quotaledger.law.StateLaws.zone(r.facility.state)).toLocalDate();
            Long late = r.dueOn == null || closedOn == null ? null : ChronoUnit.DAYS.between(r.dueOn, closedOn);
            boolean answered = r.status == EmployeeRequest.Status.FULFILLED;
            return new ClosedRow(r.id, r.facility.id, r.facility.code, r.facility.state, r.employee.employeeNumber,
                    r.employee.name, r.kind, r.receivedOn, r.dueOn, answered, closedOn,
                    answered ? r.fulfilledBy : r.declinedBy, late, r.required, r.declineReason);
        }

        public boolean late() {
            return daysLate != null && daysLate > 0;
        }
    }

    /** One page of the answered-and-declined list; {@code more} when older ones were left off. */
    public record ClosedList(List<ClosedRow> rows, boolean more, int limit, Long facilityId) {
    }
}
