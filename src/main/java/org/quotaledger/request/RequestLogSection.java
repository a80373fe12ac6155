package org.quotaledger.request;

import jakarta.enterprise.context.ApplicationScoped;
import org.quotaledger.audit.packet.spi.CsvSection;
import org.quotaledger.audit.packet.spi.PacketScope;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The request log of an audit packet: requests received in the period, their due dates and how they were answered. */
@ApplicationScoped
public class RequestLogSection extends CsvSection {

    @Override
    public String path() {
        return "records/requests.csv";
    }

    @Override
    public String description() {
        return "the request log: every employee request received in the period (Cal. Lab. Code §2104, N.Y. Labor Law §785,"
                + " RCW 49.84.037, ORS 653.557), its due date, and when and by whom it was answered or why it was declined";
    }

    @Override
    protected String[] header() {
        return new String[] {"request_id", "employee_number", "employee_name", "kind", "channel", "received_on", "due_on",
                "status", "fulfilled_on", "fulfilled_by", "days_late", "window_from", "window_to", "former_employee",
                "aggregate_included", "decline_reason", "recorded_by"};
    }

    @Override
    protected String query() {
        return """
                select r.id, e.employee_number, e.name, r.kind, r.channel, r.received_on, r.due_on, r.status, r.fulfilled_on,
                       r.fulfilled_by, greatest(0, coalesce(r.fulfilled_on, cast(? as date)) - r.due_on),
                       r.window_from, r.window_to, r.former_employee, r.aggregate_included, r.decline_reason, r.recorded_by
                from employee_request r join employee e on e.id = r.employee_id
                where r.facility_id = ? and r.received_on >= ? and r.received_on < ?
                order by r.received_on, r.id""";
    }

    /** Days late of a request still open are counted up to the day the packet judges the facility as of. */
    @Override
    protected void bindParameters(PreparedStatement q, PacketScope scope) throws SQLException {
        q.setObject(1, scope.judgedOn());
        q.setLong(2, scope.facilityId());
        q.setObject(3, scope.from());
        q.setObject(4, scope.to().plusDays(1));
    }

    @Override
    protected Object[] row(ResultSet rs) throws SQLException {
        return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                text(rs.getObject(6)), text(rs.getObject(7)), rs.getString(8), text(rs.getObject(9)), text(rs.getString(10)),
                rs.getObject(7) == null ? "" : rs.getInt(11), text(rs.getObject(12)), text(rs.getObject(13)),
                rs.getBoolean(14), rs.getBoolean(15), text(rs.getString(16)), rs.getString(17)};
    }
}
