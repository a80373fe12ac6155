package org.quotaledger.workspeed;

import org.quotaledger.web.Problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** One metric's totals over a period: what the employee's work speed report would list day by day. */
    public record MetricTotals(String metric, int days, BigDecimal units, int timeOnTaskMinutes, int offTaskBathroom,
                               int offTaskBreak, int offTaskSafety, int offTaskOther) {
        public int offTaskMinutes() {
            return offTaskBathroom + offTaskBreak + offTaskSafety + offTaskOther;
        }

        MetricTotals plus(WorkSpeedRow r) {
            return new MetricTotals(metric, days + 1, units.add(r.units()), timeOnTaskMinutes + r.timeOnTaskMinutes(),
                    offTaskBathroom + r.offTaskBathroom(), offTaskBreak + r.offTaskBreak(),
                    offTaskSafety + r.offTaskSafety(), offTaskOther + r.offTaskOther());
        }
    }

    /**
     * An employee's work speed data over a period, summed per metric, with the days it covers.
     *
     * @param from the first day covered (facility-local), {@code to} the last
     */
    public record Summary(LocalDate from, LocalDate to, int records, LocalDate firstDay, LocalDate lastDay,
                          List<MetricTotals> metrics) {
        public static Summary of(LocalDate from, LocalDate to, List<WorkSpeedRow> rows) {
            Map<String, MetricTotals> byMetric = new LinkedHashMap<>();
            for (WorkSpeedRow r : rows) {
                byMetric.merge(r.metric(), new MetricTotals(r.metric(), 0, BigDecimal.ZERO, 0, 0, 0, 0, 0).plus(r),
                        (a, b) -> a.plus(r));
            }
            return new Summary(from, to, rows.size(), rows.isEmpty() ? null : rows.get(0).date(),
                    rows.isEmpty() ? null : rows.get(rows.size() - 1).date(),
                    byMetric.values().stream().sorted(java.util.Comparator.comparing(MetricTotals::metric)).toList());
        }
    }
}
