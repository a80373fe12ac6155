package org.quotaledger.workspeed;

import jakarta.enterprise.context.ApplicationScoped;
import org.quotaledger.audit.packet.spi.CsvSection;
import org.quotaledger.audit.packet.spi.PacketScope;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Work-speed data of an audit packet, summarised per employee and metric over the period: an auditor sees
 * what was measured and how much time off task was recorded by reason, without the packet growing with
 * every scan (the daily records stay in the registry for the employee's own requests).
 */
@ApplicationScoped
public class WorkSpeedSummarySection extends CsvSection {

    @Override
    public String path() {
        return "records/work-speed-summary.csv";
    }

    @Override
    public String description() {
        return "work speed data summarised per employee and metric over the period: days measured, units, time on task"
                + " and time off task by reason (Cal. Lab. Code §§2100(e), 2103; N.Y. Labor Law §780)";
    }

    @Override
    protected String[] header() {
        return new String[] {"employee_number", "employee_name", "metric", "first_day", "last_day", "days", "units",
                "units_per_day", "time_on_task_minutes", "off_task_bathroom_minutes", "off_task_break_minutes",
                "off_task_safety_minutes", "off_task_other_minutes"};
    }

    @Override
    protected String query() {
        return """
                select e.employee_number, e.name, w.metric, min(w.work_date), max(w.work_date), count(*), sum(w.units),
                       round(sum(w.units) / count(*), 2), sum(w.time_on_task_minutes), sum(w.off_task_bathroom),
                       sum(w.off_task_break), sum(w.off_task_safety), sum(w.off_task_other)
                from work_speed_record w join employee e on e.id = w.employee_id
                where w.facility_id = ? and w.work_date >= ? and w.work_date < ?
                group by e.employee_number, e.name, w.metric
                order by e.employee_number, w.metric""";
    }

    @Override
    protected void bindPeriod(PreparedStatement q, PacketScope scope) throws SQLException {
        bindDates(q, scope);
    }

    @Override
    protected Object[] row(ResultSet rs) throws SQLException {
        return new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), text(rs.getObject(4)), text(rs.getObject(5)),
                rs.getInt(6), rs.getBigDecimal(7).toPlainString(), rs.getBigDecimal(8).toPlainString(), rs.getLong(9),
                rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13)};
    }
}
