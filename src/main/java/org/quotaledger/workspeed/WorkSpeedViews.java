package org.quotaledger.workspeed;

import org.quotaledger.web.Problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public final class WorkSpeedViews {

    private WorkSpeedViews() {
    }

    /**
     * One employee's work on one metric on one day, as sent in a JSON batch (the CSV has the same columns).
     * Minutes off task are split by reason; missing reasons count as zero.
     */
    public record WorkSpeedInput(String employeeNumber, LocalDate date, String metric, BigDecimal units,
                                 Integer timeOnTaskMinutes, Integer offTaskBathroom, Integer offTaskBreak,
                                 Integer offTaskSafety, Integer offTaskOther) {
    }

    /** A stored record, as reports and the employee see it. */
    public record WorkSpeedRow(String employeeNumber, LocalDate date, String metric, BigDecimal units,
                               int timeOnTaskMinutes, int offTaskBathroom, int offTaskBreak, int offTaskSafety,
                               int offTaskOther) {
        public int offTaskMinutes() {
            return offTaskBathroom + offTaskBreak + offTaskSafety + offTaskOther;
        }
    }

    /** Aggregated data of similar employees (same role, same facility) for one day and metric (N.Y. Lab. Law §785). */
    public record AggregateRow(LocalDate date, String metric, int employees, BigDecimal averageUnits,
                               BigDecimal averageTimeOnTaskMinutes, BigDecimal averageOffTaskMinutes) {
    }

    /**
     * What an upload did: {@code received} valid lines, {@code stored} new records ({@code received - stored}
     * were already there), and the bad lines that were left out (only with {@code partial=true}).
     */
    public record IngestResult(int lines, int received, int stored, int duplicates, List<FieldError> rejected) {
    }
}
