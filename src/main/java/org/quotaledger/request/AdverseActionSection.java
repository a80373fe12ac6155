package org.quotaledger.request;

import jakarta.enterprise.context.ApplicationScoped;
import org.quotaledger.audit.packet.spi.CsvSection;
import org.quotaledger.audit.packet.spi.PacketScope;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The adverse actions of an audit packet: each action in the period and the quota it relied on. */
@ApplicationScoped
public class AdverseActionSection extends CsvSection {

    @Override
    public String path() {
        return "records/adverse-actions.csv";
    }

    @Override
    public String description() {
        return "adverse actions taken in the period, whether they relied on a quota, which description version, and when"
                + " the quota and the work speed data were handed over (Cal. Lab. Code §§2102, 2105; N.Y. Labor Law §782;"
                + " RCW 49.84.020(3))";
    }

    @Override
    protected String[] header() {
        return new String[] {"adverse_action_id", "employee_number", "employee_name", "action_date", "type", "quota_based",
                "role_code", "description_version", "quota_given_on", "work_speed_data_given_on", "note", "recorded_by"};
    }

    @Override
    protected String query() {
        return """
                select a.id, e.employee_number, e.name, a.action_date, a.type, a.quota_based, r.code, q.version,
                       a.quota_given_on, a.work_speed_data_given_on, a.note, a.recorded_by
                from adverse_action a
                join employee e on e.id = a.employee_id
                left join quota_description q on q.id = a.description_id
                left join job_role r on r.id = q.role_id
                where a.facility_id = ? and a.action_date >= ? and a.action_date < ?
                order by a.action_date, a.id""";
    }

    @Override
    protected void bindPeriod(PreparedStatement q, PacketScope scope) throws SQLException {
        bindDates(q, scope);
    }

    @Override
    protected Object[] row(ResultSet rs) throws SQLException {
        return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), text(rs.getObject(4)), rs.getString(5),
                rs.getBoolean(6), text(rs.getString(7)), text(rs.getObject(8)), text(rs.getObject(9)), text(rs.getObject(10)),
                text(rs.getString(11)), rs.getString(12)};
    }
}
