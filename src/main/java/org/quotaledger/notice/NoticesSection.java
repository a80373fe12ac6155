package org.quotaledger.notice;

import jakarta.enterprise.context.ApplicationScoped;
import org.quotaledger.audit.packet.spi.PacketContext;
import org.quotaledger.audit.packet.spi.PacketFiles;
import org.quotaledger.audit.packet.spi.PacketPart;
import org.quotaledger.audit.packet.spi.PacketPaths;
import org.quotaledger.web.CsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import static org.quotaledger.audit.packet.spi.Columns.instant;

/**
 * The packet's notices: the filing summary the export issued, then the index of the other notices issued in the
 * period and each PDF exactly as stored (the bytes that were signed and handed out).
 */
@ApplicationScoped
public class NoticesSection implements PacketPart {

    private static final String FROM_PERIOD = " from notice n left join employee e on e.id = n.employee_id"
            + " left join quota_description d on d.id = n.description_id left join job_role r on r.id = d.role_id"
            + " where n.facility_id = ? and n.issued_at >= ? and n.issued_at < ? and n.id <> ? order by n.issued_at, n.id";

    @Override
    public int position() {
        return 200;
    }

    @Override
    public void write(PacketContext context, Connection connection, PacketFiles files) throws IOException, SQLException {
        files.write("descriptions/filing-summary.pdf", out -> copyPdf(connection, context.filingSummaryNoticeId(), out));
        files.write("notices/index.csv", out -> {
            var csv = CsvWriter.to(out, "notice_id", "kind", "verification_code", "employee_number", "role_code", "version",
                    "language", "issued_at", "issued_by", "sha256", "size_bytes", "file");
            try (PreparedStatement q = connection.prepareStatement("select n.id, n.kind, n.verification_code, e.employee_number,"
                    + " r.code, d.version, n.language, n.issued_at, n.issued_by, n.sha256, n.size_bytes" + FROM_PERIOD)) {
                bind(q, context, 1_000);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        csv.row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getObject(6), rs.getString(7), instant(rs, 8), rs.getString(9), rs.getString(10),
                                rs.getInt(11), file(rs.getString(3)));
                    }
                }
            }
            csv.flush();
        });
        try (PreparedStatement q = connection.prepareStatement("select n.verification_code, n.pdf" + FROM_PERIOD)) {
            bind(q, context, 16);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    files.write(file(rs.getString(1)), rs.getBytes(2));
                }
            }
        }
    }

    private static void bind(PreparedStatement q, PacketContext context, int fetchSize) throws SQLException {
        q.setFetchSize(fetchSize);
        q.setLong(1, context.scope().facilityId());
        q.setTimestamp(2, Timestamp.from(context.scope().start()));
        q.setTimestamp(3, Timestamp.from(context.scope().endExclusive()));
        q.setLong(4, context.filingSummaryNoticeId());
    }

    private static String file(String verificationCode) {
        return "notices/" + PacketPaths.safe(verificationCode) + ".pdf";
    }

    private static void copyPdf(Connection connection, long noticeId, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement q = connection.prepareStatement("select pdf from notice where id = ?")) {
            q.setLong(1, noticeId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the filing summary notice " + noticeId + " is gone");
                }
                out.write(rs.getBytes(1));
            }
        }
    }
}
