package org.quotaledger.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/** The API shapes of complaints: one record in, one out. */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    /**
     * A quota complaint as recorded: when it was made, to whom ({@code EMPLOYER}, or {@code AGENCY} with the
     * agency's name), by whom (the employee when absent) and what it alleges.
     */
    public record NewComplaint(
            @NotNull(message = "is required") LocalDate madeOn,
            @NotNull(message = "is required: EMPLOYER or AGENCY") Complaint.Recipient recipient,
            @Size(max = 200, message = "is longer than 200 characters") String agency,
            @Size(max = 200, message = "is longer than 200 characters") String madeBy,
            @NotBlank(message = "is required: say what the complaint alleges")
            @Size(max = 2000, message = "is longer than 2000 characters") String allegation) {
    }

    public record ComplaintView(long id, long facilityId, String facilityCode, long employeeId, String employeeNumber,
                                String employeeName, LocalDate madeOn, Complaint.Recipient recipient, String agency,
                                String madeBy, String allegation, String recordedBy, Instant recordedAt) {
        public static ComplaintView from(Complaint c) {
            return new ComplaintView(c.id, c.facility.id, c.facility.code, c.employee.id, c.employee.employeeNumber,
                    c.employee.name, c.madeOn, c.recipient, c.agency, c.madeBy, c.allegation, c.recordedBy, c.recordedAt);
        }
    }
}
