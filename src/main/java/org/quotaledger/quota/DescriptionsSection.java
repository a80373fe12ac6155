package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quotaledger.audit.packet.spi.PacketContext;
import org.quotaledger.audit.packet.spi.PacketFiles;
import org.quotaledger.audit.packet.spi.PacketPart;
import org.quotaledger.audit.packet.spi.PacketPaths;
import org.quotaledger.web.CsvWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.quotaledger.audit.packet.spi.Columns.instant;

/**
 * The packet's first files: every description version ever filed (drafts included) as v1 JSON, with the facility
 * block as the facility stood at the end of the period, plus an index of their lifecycle dates. A facility has a
 * handful of versions, so the index is built in memory and written after them.
 */
@ApplicationScoped
public class DescriptionsSection implements PacketPart {

    @Inject
    ObjectMapper mapper;

    @Override
    public int position() {
        return 100;
    }

    @Override
    public void write(PacketContext context, Connection connection, PacketFiles files) throws IOException, SQLException {
        var json = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        QuotaDocument.FacilityBlock facilityBlock = context.fact(QuotaDocument.FacilityBlock.class);
        var indexBytes = new ByteArrayOutputStream();
        var index = CsvWriter.to(indexBytes, "description_id", "role_code", "role_title", "version", "status", "file",
                "filed_by", "revised_by", "filed_at", "submitted_at", "activated_at", "activated_by", "superseded_at",
                "activation_override_reason");
        try (PreparedStatement q = connection.prepareStatement("""
                select d.id, r.code, r.title, d.version, d.status, d.document::text, d.filed_by, d.filed_at, d.submitted_at,
                       d.activated_at, d.activated_by, d.superseded_at, d.activation_override_reason, d.revised_by
                from quota_description d join job_role r on r.id = d.role_id
                where d.facility_id = ? order by r.code, d.version""")) {
            q.setFetchSize(100);
            q.setLong(1, context.scope().facilityId());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String file = "descriptions/" + PacketPaths.safe(rs.getString(2)) + "-v" + rs.getInt(4) + ".json";
                    QuotaDocument document = QuotaDocuments.withFacility(
                            mapper.readValue(rs.getString(6), QuotaDocument.class), facilityBlock);
                    files.write(file, json.writeValueAsBytes(document));
                    index.row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), file,
                            rs.getString(7), rs.getString(14), instant(rs, 8), instant(rs, 9), instant(rs, 10), rs.getString(11),
                            instant(rs, 12), rs.getString(13));
                }
            }
        }
        index.flush();
        files.write("descriptions/index.csv", indexBytes.toByteArray());
    }
}
