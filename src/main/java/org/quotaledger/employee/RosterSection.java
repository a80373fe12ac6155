package org.quotaledger.employee;

import jakarta.enterprise.context.ApplicationScoped;
import org.quotaledger.audit.packet.spi.CsvSection;
import org.quotaledger.audit.packet.spi.PacketScope;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The roster as it stood over an audit packet's period: everyone employed on at least one of its days, with the
 * hire and separation dates that say which days, so a reader can tell who was owed a description when.
 */
@ApplicationScoped
public class RosterSection extends CsvSection {

    @Override
    public String path() {
        return "records/roster.csv";
    }

    @Override
    public String description() {
        return "the roster over the period: every employee employed on at least one of its days, with role, hire and"
                + " separation dates (facility-local days), whether exempt, primary language, and when the registry"
                + " first recorded them";
    }

    @Override
    protected String[] header() {
        return new String[] {"employee_number", "name", "role_code", "exempt", "hire_date", "separation_date",
                "employed_in_period_from", "employed_in_period_to", "primary_language", "recorded_at"};
    }

    @Override
    protected String query() {
        // Parameters: facility, the period's first day, the day after its last.
        return """
                select e.employee_number, e.name, r.code, e.exempt, e.hire_date, e.separation_date,
                       greatest(e.hire_date, p.first_day), least(coalesce(e.separation_date - 1, p.last_day), p.last_day),
                       e.primary_language, e.created_at
                from employee e
                left join job_role r on r.id = e.role_id
                cross join (select cast(? as date) as first_day, cast(? as date) - 1 as last_day) p
                where e.facility_id = ?
                  and e.hire_date <= p.last_day and (e.separation_date is null or e.separation_date > p.first_day)
                order by e.employee_number""";
    }

    @Override
    protected void bindParameters(PreparedStatement q, PacketScope scope) throws SQLException {
        q.setObject(1, scope.from());
        q.setObject(2, scope.to().plusDays(1));
        q.setLong(3, scope.facilityId());
    }

    @Override
    protected Object[] row(ResultSet rs) throws SQLException {
        return new Object[] {rs.getString(1), rs.getString(2), text(rs.getString(3)), rs.getBoolean(4), text(rs.getObject(5)),
                text(rs.getObject(6)), text(rs.getObject(7)), text(rs.getObject(8)), text(rs.getString(9)), instant(rs, 10)};
    }
}
