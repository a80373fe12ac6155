package org.quotaledger.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.quotaledger.audit.packet.spi.CsvSection;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The delivery ledger of an audit packet: every delivery made in the period. */
@ApplicationScoped
public class DeliveryLedgerSection extends CsvSection {

    @Override
    public String path() {
        return "records/deliveries.csv";
    }

    @Override
    public String description() {
        return "the delivery ledger: which employee received which description version, when, how, in which"
                + " language, and when they acknowledged it (deliveries made in the period)";
    }

    @Override
    protected String[] header() {
        return new String[] {"delivery_id", "employee_number", "employee_name", "role_code", "description_id", "version",
                "delivered_at", "channel", "language", "acknowledged_at", "recorded_by", "recorded_at",
                "notice_verification_code"};
    }

    @Override
    protected String query() {
        return """
                select d.id, e.employee_number, e.name, r.code, q.id, q.version, d.delivered_at, d.channel, d.language,
                       d.acknowledged_at, d.recorded_by, d.recorded_at, n.verification_code
                from delivery d
                join employee e on e.id = d.employee_id
                join quota_description q on q.id = d.description_id
                join job_role r on r.id = q.role_id
                left join notice n on n.id = d.notice_id
                where e.facility_id = ? and d.delivered_at >= ? and d.delivered_at < ?
                order by d.delivered_at, d.id""";
    }

    @Override
    protected Object[] row(ResultSet rs) throws SQLException {
        return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getInt(6),
                instant(rs, 7), rs.getString(8), rs.getString(9), instant(rs, 10), rs.getString(11), instant(rs, 12),
                rs.getString(13)};
    }
}
