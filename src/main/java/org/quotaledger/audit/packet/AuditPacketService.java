package org.quotaledger.audit.packet;

import org.quotaledger.time.AppClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.quotaledger.audit.AuditHeads;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.audit.SignedHead;
import org.quotaledger.compliance.ComplianceService;
import org.quotaledger.compliance.EvaluationRun;
import org.quotaledger.web.CsvWriter;
import org.quotaledger.facility.Facility;
import org.quotaledger.notice.Notice;
import org.quotaledger.notice.NoticeConfig;
import org.quotaledger.notice.NoticeService;
import org.quotaledger.notice.RegulatorNoticeModel;
import org.quotaledger.rules.Outcome;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.quota.QuotaDocuments;
import org.quotaledger.rules.Finding;
import org.quotaledger.security.Access;
import org.quotaledger.signing.SigningKeys;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Problem.FieldError;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Builds audit packets. {@link #prepare} runs in the request's transaction (access check, the signed filing
 * summary issued as a notice, the export recorded in the audit trail); {@link #write} then streams the ZIP from
 * one read-only, repeatable-read transaction, every query with a fetch size, so memory stays bounded whatever
 * the facility's size: only the manifest's list of file names and hashes grows with the packet.
 */
@ApplicationScoped
public class AuditPacketService {

    private static final Logger LOG = Logger.getLogger(AuditPacketService.class);
    public static final String FORMAT = "quota-ledger-audit-packet/v1";

    /** Everything the streaming half needs, read before the response starts. */
    public record Export(PacketScope scope, QuotaDocument.FacilityBlock facilityBlock, long summaryNoticeId,
                         String requestedBy, Instant generatedAt, EvaluationRun evaluation) {
        public String fileName() {
            return "audit-packet-" + PacketPaths.safe(scope.facilityCode()) + "-" + scope.from() + "-to-" + scope.to() + ".zip";
        }
    }

    /** manifest.json. */
    public record Manifest(String format, FacilityInfo facility, Period period, Instant generatedAt, String generatedBy,
                           Signer signer, AuditAnchor auditTrail, List<String> sections,
                           List<PacketVerifier.FileEntry> files) {
    }

    public record FacilityInfo(long id, String code, String name, String state) {
    }

    public record Period(LocalDate from, LocalDate to) {
    }

    public record Signer(String subject, String certificateSha256, String certificateFile, String signatureFile) {
    }

    /**
     * Anchors the extract in the whole chain: the chain's head when the packet was made, and the range of the
     * facility's events included (their links point to events of other facilities in between).
     */
    public record AuditAnchor(long chainHeadSeq, String chainHeadHash, Long firstSeq, Long lastSeq, long events) {
    }

    @Inject
    AppClock clock;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    NoticeService notices;

    @Inject
    ComplianceService compliance;

    @Inject
    SigningKeys keys;

    @Inject
    PacketConfig config;

    @Inject
    AuditHeads heads;

    @Inject
    NoticeConfig noticeConfig;

    @Inject
    ObjectMapper mapper;

    @Inject
    @Any
    Instance<PacketSection> sections;

    /**
     * Checks that the caller may export this facility, issues the facility's signed filing summary (kept like any
     * notice, so its verification code resolves) and records the export in the audit trail.
     */
    @Transactional
    public Export prepare(long facilityId, LocalDate from, LocalDate to) {
        Facility facility = access.facility(facilityId);
        LocalDate today = clock.today(facility.state);
        // Whole facility-local days; by default the last defaultPeriodDays of them, today included.
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(config.defaultPeriodDays() - 1L);
        if (start.isAfter(end)) {
            throw new InvalidInput("The period starts (" + start + ") after it ends (" + end + ").",
                    List.of(FieldError.field("from", "is after to")));
        }
        // The facility as it stood at the end of the period (today, if the period has not ended yet).
        LocalDate judgedOn = end.isAfter(today) ? today : end;
        var scope = new PacketScope(facility.id, facility.code, facility.name, facility.state, start, end, judgedOn);
        EvaluationRun evaluation = compliance.evaluateAsOf(facility, judgedOn, "audit packet as of " + judgedOn);
        Notice summary = notices.issueRegulatorSummary(facility, NoticeService.deliveryCounts(facility, judgedOn),
                openFindings(evaluation), access.username());
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        audit.append("audit.packet.exported", "facility", facility.id, facility.id, null,
                Map.of("from", start.toString(), "to", end.toString(), "filingSummaryNotice", summary.verificationCode));
        return new Export(scope, facility.toDocumentBlock(end), summary.id, access.username(), now, evaluation);
    }

    /** The evaluation's failures and reviews. */
    private List<RegulatorNoticeModel.OpenFinding> openFindings(EvaluationRun evaluation) {
        return compliance.findings(evaluation).stream()
                .filter(f -> f.outcome() == Outcome.FAIL || f.outcome() == Outcome.NEEDS_REVIEW)
                .map(f -> new RegulatorNoticeModel.OpenFinding(f.ruleId(), f.outcome().name(), f.citation(), NoticeService.label(f)))
                .toList();
    }

    /** Streams the packet; called by the response writer after {@link #prepare} committed. */
    public void write(Export export, OutputStream response) throws IOException {
        try {
            QuarkusTransaction.requiringNew().timeout(3_600).run(() ->
                    Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
                        try (Statement s = connection.createStatement()) {
                            s.execute("set transaction isolation level repeatable read, read only");
                        }
                        try {
                            writePacket(export, connection, response);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
        } catch (UncheckedIOException e) {
            // The client went away or the disk is full: nothing to answer any more, the ZIP is simply cut short.
            LOG.warnf("Audit packet %s was not completed: %s", export.fileName(), e.getCause().getMessage());
            throw e.getCause();
        }
    }

    private void writePacket(Export export, Connection connection, OutputStream response) throws IOException, SQLException {
        PacketScope scope = export.scope();
        List<PacketSection> ordered = sections.stream().sorted(Comparator.comparing(PacketSection::path)).toList();
        var zip = new PacketZip(response);
        SigningKeys.Key key = signingKey(scope);
        // So that a reader offline sees the PDFs' certificate as trusted with pdfsig -no-ocsp (see docs/signing.md).
        Optional<byte[]> crl = keys.revocationList(key);
        zip.write("README.txt", PacketReadme.text(scope, export.generatedAt(), ordered, crl.isPresent(), verifyPage(key),
                        noticeConfig.publicUrl() + "/verify")
                .getBytes(StandardCharsets.UTF_8));
        zip.write(PacketVerifier.CERTIFICATE, key.certificatePem().getBytes(StandardCharsets.US_ASCII));
        if (crl.isPresent()) {
            zip.write(PacketReadme.REVOCATION_LIST, crl.get());
        }

        writeDescriptions(export, connection, zip);
        zip.write("descriptions/filing-summary.pdf", out -> copyNoticePdf(connection, export.summaryNoticeId(), out));
        writeNotices(export, connection, zip);
        for (PacketSection section : ordered) {
            zip.write(section.path(), out -> section.write(scope, connection, out));
        }
        zip.write("findings/findings-report.pdf", findingsReport(export, key));
        AuditAnchor anchor = writeAuditExtract(scope, connection, zip);
        writeSignedHead(zip);

        var sums = new StringBuilder();
        for (PacketVerifier.FileEntry f : zip.files()) {
            sums.append(f.sha256()).append("  ").append(f.path()).append('\n');
        }
        zip.write("SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));

        var manifest = new Manifest(FORMAT, new FacilityInfo(scope.facilityId(), scope.facilityCode(), scope.facilityName(),
                scope.state()), new Period(scope.from(), scope.to()), export.generatedAt(), export.requestedBy(),
                new Signer(key.certificate().getSubjectX500Principal().getName(), key.fingerprint(),
                        PacketVerifier.CERTIFICATE, PacketVerifier.SIGNATURE),
                anchor, ordered.stream().map(PacketSection::path).toList(), zip.files());
        byte[] manifestBytes = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest);
        zip.write(PacketVerifier.MANIFEST, manifestBytes);
        zip.write(PacketVerifier.SIGNATURE, key.cmsSigner().signDetached(manifestBytes));
        zip.close();
    }

    /** Every version ever filed (drafts included), as v1 JSON, plus an index of their lifecycle dates. */
    private void writeDescriptions(Export export, Connection connection, PacketZip zip) throws IOException, SQLException {
        var json = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        var index = new CsvBuffer("description_id", "role_code", "role_title", "version", "status", "file", "filed_by",
                "filed_at", "submitted_at", "activated_at", "activated_by", "superseded_at", "activation_override_reason");
        try (PreparedStatement q = connection.prepareStatement("""
                select d.id, r.code, r.title, d.version, d.status, d.document::text, d.filed_by, d.filed_at, d.submitted_at,
                       d.activated_at, d.activated_by, d.superseded_at, d.activation_override_reason
                from quota_description d join job_role r on r.id = d.role_id
                where d.facility_id = ? order by r.code, d.version""")) {
            q.setFetchSize(100);
            q.setLong(1, export.scope().facilityId());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String file = "descriptions/" + PacketPaths.safe(rs.getString(2)) + "-v" + rs.getInt(4) + ".json";
                    QuotaDocument document = QuotaDocuments.withFacility(
                            mapper.readValue(rs.getString(6), QuotaDocument.class), export.facilityBlock());
                    zip.write(file, json.writeValueAsBytes(document));
                    index.row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), file,
                            rs.getString(7), instant(rs, 8), instant(rs, 9), instant(rs, 10), rs.getString(11),
                            instant(rs, 12), rs.getString(13));
                }
            }
        }
        zip.write("descriptions/index.csv", index.bytes());
    }

    /** The index of the notices issued in the period, then each PDF exactly as stored. */
    private void writeNotices(Export export, Connection connection, PacketZip zip) throws IOException, SQLException {
        String where = " from notice n left join employee e on e.id = n.employee_id left join quota_description d on d.id = n.description_id"
                + " left join job_role r on r.id = d.role_id"
                + " where n.facility_id = ? and n.issued_at >= ? and n.issued_at < ? and n.id <> ? order by n.issued_at, n.id";
        zip.write("notices/index.csv", out -> {
            var csv = printer(out, "notice_id", "kind", "verification_code", "employee_number", "role_code", "version",
                    "language", "issued_at", "issued_by", "sha256", "size_bytes", "file");
            try (PreparedStatement q = connection.prepareStatement("select n.id, n.kind, n.verification_code, e.employee_number,"
                    + " r.code, d.version, n.language, n.issued_at, n.issued_by, n.sha256, n.size_bytes" + where)) {
                bindNoticeQuery(q, export, 1_000);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        csv.row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getObject(6), rs.getString(7), instant(rs, 8), rs.getString(9), rs.getString(10),
                                rs.getInt(11), noticeFile(rs.getString(3)));
                    }
                }
            }
            csv.flush();
        });
        try (PreparedStatement q = connection.prepareStatement("select n.verification_code, n.pdf" + where)) {
            bindNoticeQuery(q, export, 16);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    byte[] pdf = rs.getBytes(2);
                    zip.write(noticeFile(rs.getString(1)), pdf);
                }
            }
        }
    }

    private static void bindNoticeQuery(PreparedStatement q, Export export, int fetchSize) throws SQLException {
        q.setFetchSize(fetchSize);
        q.setLong(1, export.scope().facilityId());
        q.setTimestamp(2, Timestamp.from(export.scope().start()));
        q.setTimestamp(3, Timestamp.from(export.scope().endExclusive()));
        q.setLong(4, export.summaryNoticeId());
    }

    private static String noticeFile(String code) {
        return "notices/" + PacketPaths.safe(code) + ".pdf";
    }

    private static void copyNoticePdf(Connection connection, long noticeId, OutputStream out) throws SQLException, IOException {
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

    private byte[] findingsReport(Export export, SigningKeys.Key key) {
        PacketScope scope = export.scope();
        EvaluationRun run = export.evaluation();
        List<Finding> findings = compliance.findings(run);
        var model = new FindingsReport.Model(scope.facilityCode(), scope.facilityName(), scope.state(),
                run == null ? null : run.evaluatedAt, run == null ? null : run.asOf, run == null ? null : run.trigger,
                run == null ? null : run.exposureDollars() + " · " + run.exposureText, findings, export.generatedAt());
        return FindingsReport.renderSigned(model, key.pdfSigner());
    }

    /** The facility's events of the period with their links, then where they sit in the whole chain. */
    private AuditAnchor writeAuditExtract(PacketScope scope, Connection connection, PacketZip zip) throws IOException, SQLException {
        long headSeq = 0;
        String headHash = org.quotaledger.audit.AuditEvent.GENESIS;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select seq, hash from audit_event order by seq desc limit 1")) {
            if (rs.next()) {
                headSeq = rs.getLong(1);
                headHash = rs.getString(2);
            }
        }
        long[] range = {Long.MAX_VALUE, Long.MIN_VALUE, 0};
        zip.write("audit/audit-trail.csv", out -> {
            var csv = printer(out, "seq", "occurred_at", "actor", "action", "entity_type", "entity_id", "facility_id",
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
        var anchor = new AuditAnchor(headSeq, headHash, range[2] == 0 ? null : range[0], range[2] == 0 ? null : range[1], range[2]);
        var anchorJson = new LinkedHashMap<String, Object>();
        anchorJson.put("chainHeadSeq", anchor.chainHeadSeq());
        anchorJson.put("chainHeadHash", anchor.chainHeadHash());
        anchorJson.put("extractFirstSeq", anchor.firstSeq());
        anchorJson.put("extractLastSeq", anchor.lastSeq());
        anchorJson.put("extractEvents", anchor.events());
        anchorJson.put("hashRule", "hash = lowercase hex SHA-256 of the UTF-8 text: prev_hash, seq, occurred_at, actor, action,"
                + " entity_type, entity_id, facility_id, before_json, after_json joined by a line feed (empty for null)");
        zip.write("audit/chain-anchor.json", mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(anchorJson));
        return anchor;
    }

    private static CsvWriter printer(OutputStream out, String... header) throws IOException {
        return CsvWriter.to(out, header);
    }

    static String instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? "" : t.toInstant().toString();
    }

    /** The key of the facility's employer: it signs the packet, its PDFs and (for a generated key) names the employer. */
    private SigningKeys.Key signingKey(PacketScope scope) {
        Facility facility = Panache.getEntityManager().find(Facility.class, scope.facilityId());
        return keys.forEmployer(facility.employer.id, facility.employer.name);
    }

    /** Where a reader gets the certificate to trust: the registry's public page, never the packet itself. */
    private String verifyPage(SigningKeys.Key key) {
        String base = noticeConfig.publicUrl() + "/verify";
        return key.employerId() == null ? base : base + "/employers/" + key.employerId();
    }

    /** The newest head of the whole audit chain the registry signed, with its signature, for openssl and for later. */
    private void writeSignedHead(PacketZip zip) throws IOException {
        Optional<SignedHead> head = heads.latest();
        if (head.isPresent()) {
            zip.write("audit/" + AuditHeads.STATEMENT_FILE, head.get().statementBytes());
            zip.write("audit/" + AuditHeads.SIGNATURE_FILE, head.get().signature());
        }
    }

    /** A small CSV built in memory (one line per description version, never per employee or event). */
    private static final class CsvBuffer {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private final CsvWriter csv;

        CsvBuffer(String... header) throws IOException {
            csv = printer(bytes, header);
        }

        void row(Object... values) throws IOException {
            csv.row(values);
        }

        byte[] bytes() throws IOException {
            csv.flush();
            return bytes.toByteArray();
        }
    }

}
