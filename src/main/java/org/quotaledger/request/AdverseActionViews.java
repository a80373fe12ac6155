package org.quotaledger.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

public final class AdverseActionViews {

    private AdverseActionViews() {
    }

    public record AdverseActionView(long id, long facilityId, long employeeId, String employeeNumber, LocalDate date,
                                    AdverseAction.Type type, boolean quotaBased, Long descriptionId, String roleCode,
                                    Integer version, LocalDate quotaGivenOn, LocalDate workSpeedDataGivenOn, String note,
                                    String recordedBy, Instant recordedAt) {
        public static AdverseActionView from(AdverseAction a) {
            return new AdverseActionView(a.id, a.facility.id, a.employee.id, a.employee.employeeNumber, a.actionDate,
                    a.type, a.quotaBased, a.description == null ? null : a.description.id,
                    a.description == null ? null : a.description.role.code,
                    a.description == null ? null : a.description.version, a.quotaGivenOn, a.workSpeedDataGivenOn,
                    a.note, a.recordedBy, a.recordedAt);
        }

        /** The kind of action in words, as the pages show it. */
        public String typeLabel() {
            return AdverseActionForms.label(type);
        }
    }

    /**
     * An adverse action. For a quota-based one, {@code descriptionId} names the version relied on and
     * {@code quotaGivenOn} / {@code workSpeedDataGivenOn} when they were handed to the employee for it.
     */
    public record NewAdverseAction(
            @NotNull(message = "is required") LocalDate date,
            @NotNull(message = "is required: WARNING, WRITE_UP, TERMINATION, SCHEDULE_CUT or OTHER") AdverseAction.Type type,
            boolean quotaBased,
            Long descriptionId,
            LocalDate quotaGivenOn,
            LocalDate workSpeedDataGivenOn,
            @Size(max = 2000) String note) {
    }
}
