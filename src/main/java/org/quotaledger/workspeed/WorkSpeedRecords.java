package org.quotaledger.workspeed;

import io.quarkus.hibernate.orm.panache.Panache;
import org.quotaledger.employee.Employee;
import org.quotaledger.workspeed.WorkSpeedViews.AggregateRow;
import org.quotaledger.workspeed.WorkSpeedViews.WorkSpeedRow;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Reads stored work speed data: one employee's records, and the aggregate of employees in the same role. */
public final class WorkSpeedRecords {

    /** One employee's records over a window (?1 employee, ?2 first day, ?3 last day): the report and a request's answer. */
    public static final String EMPLOYEE_WINDOW = "select work_date, metric, units, time_on_task_minutes, off_task_bathroom, off_task_break,"
            + " off_task_safety, off_task_other from work_speed_record"
            + " where employee_id = ?1 and work_date between ?2 and ?3 order by work_date, metric";

    /** Per day and metric, the averages of a role at a facility over a window (?1 facility, ?2 role, ?3 and ?4 the days). */
    public static final String ROLE_AGGREGATE = "select w.work_date, w.metric, count(*), round(avg(w.units), 2), round(avg(w.time_on_task_minutes), 1),"
            + " round(avg(w.off_task_bathroom + w.off_task_break + w.off_task_safety + w.off_task_other), 1)"
            + " from work_speed_record w join employee e on e.id = w.employee_id"
            + " where w.facility_id = ?1 and e.role_id = ?2 and w.work_date between ?3 and ?4"
            + " group by w.work_date, w.metric order by w.work_date, w.metric";

    private WorkSpeedRecords() {
    }

    /** The employee's records from {@code from} to {@code to}, both included, by day and metric. */
    @SuppressWarnings("unchecked")
    public static List<WorkSpeedRow> of(Employee employee, LocalDate from, LocalDate to) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(EMPLOYEE_WINDOW)
                .setParameter(1, employee.id).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new WorkSpeedRow(employee.employeeNumber, date(r[0]), (String) r[1],
                (BigDecimal) r[2], num(r[3]), num(r[4]), num(r[5]), num(r[6]), num(r[7]))).toList();
    }

    /** Per day and metric, the averages over the employees in the same role at the same facility. */
    @SuppressWarnings("unchecked")
    public static List<AggregateRow> aggregate(Employee employee, LocalDate from, LocalDate to) {
        if (employee.role == null) {
            return List.of();
        }
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(ROLE_AGGREGATE)
                .setParameter(1, employee.facility.id).setParameter(2, employee.role.id)
                .setParameter(3, from).setParameter(4, to).getResultList();
        return rows.stream().map(r -> new AggregateRow(date(r[0]), (String) r[1], num(r[2]), (BigDecimal) r[3],
                (BigDecimal) r[4], (BigDecimal) r[5])).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static int num(Object value) {
        return ((Number) value).intValue();
    }
}
