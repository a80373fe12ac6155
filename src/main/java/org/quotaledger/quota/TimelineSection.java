package org.quotaledger.quota;

import jakarta.enterprise.context.ApplicationScoped;
import org.quotaledger.audit.packet.spi.PacketScope;
import org.quotaledger.audit.packet.spi.PacketSection;
import org.quotaledger.web.CsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The packet's answer to "which description was in force on which day": per role, every decided version with the
 * days it was in force (valid time, {@link ValidTime}) and when it was decided (transaction time), so a back-dated
 * or scheduled version reads as such. A facility has a handful of versions, so they are read into memory.
 */
@ApplicationScoped
public class TimelineSection implements PacketSection {

    @Override
    public String path() {
        return "descriptions/timeline.csv";
    }

    @Override
    public String description() {
        return "per role, each decided description version with the facility-local days it was in force (in_force_to"
                + " empty while it still is), how many of them fall in the period, and when and by whom it was decided";
    }

    record Row(String roleCode, String roleTitle, int version, long id, LocalDate effectiveOn, String activatedAt,
               String activatedBy, String backdateReason) {
    }

    @Override
    public void write(PacketScope scope, Connection connection, OutputStream out) throws IOException, SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("""
                select r.code, r.title, d.version, d.id, d.effective_on, d.activated_at, d.activated_by, d.backdate_reason
                from quota_description d join job_role r on r.id = d.role_id
                where d.facility_id = ? and d.activated_at is not null
                order by r.code, d.version""")) {
            q.setLong(1, scope.facilityId());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime activated = rs.getObject(6, OffsetDateTime.class);
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                            rs.getObject(5, LocalDate.class), activated.toInstant().toString(), rs.getString(7), rs.getString(8)));
                }
            }
        }
        var csv = CsvWriter.to(out, "role_code", "role_title", "version", "description_id", "effective_on", "in_force_from",
                "in_force_to", "days_in_force_in_period", "activated_at", "activated_by", "backdate_reason");
        for (List<Row> role : rows.stream().collect(java.util.stream.Collectors.groupingBy(Row::roleCode,
                java.util.TreeMap::new, java.util.stream.Collectors.toList())).values()) {
            var periods = ValidTime.periods(role, Row::version, Row::effectiveOn);
            for (Row v : role) {
                var period = periods.stream().filter(p -> p.version() == v).findFirst();
                csv.row(v.roleCode(), v.roleTitle(), v.version(), v.id(), v.effectiveOn(),
                        period.map(p -> p.from().toString()).orElse(""),
                        period.map(p -> p.to() == null ? "" : p.to().toString()).orElse("never in force"),
                        period.map(p -> daysWithin(p, scope)).orElse(0L), v.activatedAt(), v.activatedBy(),
                        v.backdateReason() == null ? "" : v.backdateReason());
            }
        }
        csv.flush();
    }

    private static long daysWithin(ValidTime.Period<Row> p, PacketScope scope) {
        LocalDate first = p.from().isAfter(scope.from()) ? p.from() : scope.from();
        LocalDate last = p.to() == null || p.to().isAfter(scope.to()) ? scope.to() : p.to();
        return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }
}
