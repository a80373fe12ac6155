package org.quotaledger.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quotaledger.audit.packet.spi.PacketContext;
import org.quotaledger.audit.packet.spi.PacketFiles;
import org.quotaledger.audit.packet.spi.PacketPart;
import org.quotaledger.audit.packet.spi.PacketScope;
import org.quotaledger.web.CsvWriter;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Optional;

import static org.quotaledger.audit.packet.spi.Columns.instant;

/**
 * The packet's audit-trail extract: the facility's events of the period with their links, where they sit in the whole
 * chain (also signed in the manifest as {@code auditTrail}), and the newest head of the chain the registry signed,
 * for openssl and for later.
 */
@ApplicationScoped
public class AuditTrailSection implements PacketPart {

    /**
     * Anchors the extract in the whole chain: the chain's head when the packet was made, and the range of the
     * facility's events included (their links point to events of other facilities in between).
     */
    public record Anchor(long chainHeadSeq, String chainHeadHash, Long firstSeq, Long lastSeq, long events) {
    }

    @Inject
    AuditHeads heads;

    @Inject
    ObjectMapper mapper;

    @Override
    public int position() {
        return 500;
    }

    @Override
    public void write(PacketContext context, Connection connection, PacketFiles files) throws IOException, SQLException {
        PacketScope scope = context.scope();
        long headSeq = 0;
        String headHash = AuditEvent.GENESIS;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select seq, hash from audit_event order by seq desc limit 1")) {
            if (rs.next()) {
                headSeq = rs.getLong(1);
                headHash = rs.getString(2);
            }
        }
        long[] range = {Long.MAX_VALUE, Long.MIN_VALUE, 0};
        files.write("audit/audit-trail.csv", out -> {
            var csv = CsvWriter.to(out, "seq", "occurred_at", "actor", "action", "entity_type", "entity_id", "facility_id",
                    "before_json", "after_json", "prev_hash", "hash");
            try (PreparedStatement q = connection.prepareStatement("select seq, occurred_at, actor, action, entity_type,"
                    + " entity_id, facility_id, before_json, after_json, prev_hash, hash from audit_event"
                    + " where facility_id = ? and occurred_at >= ? and occurred_at < ? order by seq")) {
                q.setFetchSize(1_000);
                q.setLong(1, scope.facilityId());
                q.setTimestamp(2, Timestamp.from(scope.start()));
                q.setTimestamp(3, Timestamp.from(scope.endExclusive()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        range[0] = Math.min(range[0], seq);
                        range[1] = Math.max(range[1], seq);
                        range[2]++;
                        csv.row(seq, instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getObject(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                rs.getString(11));
                    }
                }
            }
            csv.flush();
        });
        var anchor = new Anchor(headSeq, headHash, range[2] == 0 ? null : range[0], range[2] == 0 ? null : range[1], range[2]);
        var anchorJson = new LinkedHashMap<String, Object>();
        anchorJson.put("chainHeadSeq", anchor.chainHeadSeq());
        anchorJson.put("chainHeadHash", anchor.chainHeadHash());
        anchorJson.put("extractFirstSeq", anchor.firstSeq());
        anchorJson.put("extractLastSeq", anchor.lastSeq());
        anchorJson.put("extractEvents", anchor.events());
        anchorJson.put("hashRule", "hash = lowercase hex SHA-256 of the UTF-8 text: prev_hash, seq, occurred_at, actor, action,"
                + " entity_type, entity_id, facility_id, before_json, after_json joined by a line feed (empty for null)");
        files.write("audit/chain-anchor.json", mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(anchorJson));
        files.manifest("auditTrail", anchor);

        Optional<SignedHead> head = heads.latest();
        if (head.isPresent()) {
            files.write("audit/" + AuditHeads.STATEMENT_FILE, head.get().statementBytes());
            files.write("audit/" + AuditHeads.SIGNATURE_FILE, head.get().signature());
        }
    }
}
