package org.quotaledger.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quotaledger.audit.packet.PacketScope;
import org.quotaledger.audit.packet.PacketSection;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;

/** The delivery ledger of an audit packet: every delivery made in the period, streamed row by row. */
@ApplicationScoped
public class DeliveryLedgerSection implements PacketSection {

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
    public void write(PacketScope scope, Connection connection, OutputStream out) throws IOException, SQLException {
        var csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder()
                .setHeader("delivery_id", "employee_number", "employee_name", "role_code", "description_id", "version",
                        "delivered_at", "channel", "language", "acknowledged_at", "recorded_by", "recorded_at",
                        "notice_verification_code")
                .setRecordSeparator("\n").get());
        try (PreparedStatement q = connection.prepareStatement("""
                select d.id, e.employee_number, e.name, r.code, q.id, q.version, d.delivered_at, d.channel, d.language,
                       d.acknowledged_at, d.recorded_by, d.recorded_at, n.verification_code
                from delivery d
                join employee e on e.id = d.employee_id
                join quota_description q on q.id = d.description_id
                join job_role r on r.id = q.role_id
                left join notice n on n.id = d.notice_id
                where e.facility_id = ? and d.delivered_at >= ? and d.delivered_at < ?
                order by d.delivered_at, d.id""")) {
            q.setFetchSize(1_000);
            q.setLong(1, scope.facilityId());
            q.setTimestamp(2, Timestamp.from(scope.start()));
            q.setTimestamp(3, Timestamp.from(scope.endExclusive()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    csv.printRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getInt(6), instant(rs, 7), rs.getString(8), rs.getString(9), instant(rs, 10),
                            rs.getString(11), instant(rs, 12), rs.getString(13));
                }
            }
        }
        csv.flush();
    }

    private static String instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? "" : t.toInstant().toString();
    }
}
