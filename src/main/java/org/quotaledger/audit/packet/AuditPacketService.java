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
import org.quotaledger.audit.AuditLog;
import org.quotaledger.compliance.ComplianceService;
import org.quotaledger.compliance.EvaluationRun;
import org.quotaledger.audit.packet.spi.PacketContext;
import org.quotaledger.audit.packet.spi.PacketFiles;
import org.quotaledger.audit.packet.spi.PacketPart;
import org.quotaledger.audit.packet.spi.PacketPaths;
import org.quotaledger.audit.packet.spi.PacketScope;
import org.quotaledger.audit.packet.spi.PacketSection;
import org.quotaledger.delivery.Delivery;
import org.quotaledger.facility.Facility;
import org.quotaledger.law.StateLaws;
import org.quotaledger.notice.Notice;
import org.quotaledger.notice.NoticeConfig;
import org.quotaledger.notice.NoticeService;
import org.quotaledger.notice.RegulatorNoticeModel;
import org.quotaledger.rules.Outcome;
import org.quotaledger.document.QuotaDocument;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /** manifest.json; {@code auditTrail} is what the audit trail's part signs in it (its anchor in the chain). */
    public record Manifest(String format, FacilityInfo facility, Period period, Instant generatedAt, String generatedBy,
                           Signer signer, Object auditTrail, List<String> sections,
                           List<PacketVerifier.FileEntry> files) {
    }

    public record FacilityInfo(long id, String code, String name, String state) {
    }

    public record Period(LocalDate from, LocalDate to) {
    }

    public record Signer(String subject, String certificateSha256, String certificateFile, String signatureFile) {
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
    NoticeConfig noticeConfig;

    @Inject
    ObjectMapper mapper;

    @Inject
    @Any
    Instance<PacketSection> sections;

    @Inject
    @Any
    Instance<PacketPart> parts;

    /**
     * Checks that the caller may export this facility, issues the facility's signed filing summary (kept like any
     * notice, so its verification code resolves) and records the export in the audit trail.
     */
    @Transactional
    public Export prepare(long facilityId, LocalDate from, LocalDate to) {
        Facility facility = Facility.seenBy(access, facilityId);
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
        var scope = new PacketScope(facility.id, facility.code, facility.name, facility.state, StateLaws.zone(facility.state),
                start, end, judgedOn);
        EvaluationRun evaluation = compliance.evaluateAsOf(facility, judgedOn, "audit packet as of " + judgedOn);
        Notice summary = notices.issueRegulatorSummary(facility, Delivery.filingCounts(facility.id, judgedOn),
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
        List<PacketPart> placed = placed();
        var context = new PacketContext(scope, export.summaryNoticeId(), List.of(export.facilityBlock()));
        var zip = new PacketZip(response);
        var signedFields = new LinkedHashMap<String, Object>();
        PacketFiles files = new PacketFiles() {
            @Override
            public void write(String path, Body body) throws IOException {
                zip.write(path, body::writeTo);
            }

            @Override
            public void manifest(String field, Object value) {
                signedFields.put(field, value);
            }
        };
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

        writeParts(placed, Integer.MIN_VALUE, PacketPart.SECTIONS, context, connection, files);
        for (PacketSection section : ordered) {
            zip.write(section.path(), out -> section.write(scope, connection, out));
        }
        writeParts(placed, PacketPart.SECTIONS, PacketPart.FINDINGS, context, connection, files);
        zip.write("findings/findings-report.pdf", findingsReport(export, key));
        writeParts(placed, PacketPart.FINDINGS, Integer.MAX_VALUE, context, connection, files);

        var sums = new StringBuilder();
        for (PacketVerifier.FileEntry f : zip.files()) {
            sums.append(f.sha256()).append("  ").append(f.path()).append('\n');
        }
        zip.write("SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));

        var manifest = new Manifest(FORMAT, new FacilityInfo(scope.facilityId(), scope.facilityCode(), scope.facilityName(),
                scope.state()), new Period(scope.from(), scope.to()), export.generatedAt(), export.requestedBy(),
                new Signer(key.certificate().getSubjectX500Principal().getName(), key.fingerprint(),
                        PacketVerifier.CERTIFICATE, PacketVerifier.SIGNATURE),
                signedFields.get("auditTrail"), ordered.stream().map(PacketSection::path).toList(), zip.files());
        byte[] manifestBytes = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest);
        zip.write(PacketVerifier.MANIFEST, manifestBytes);
        zip.write(PacketVerifier.SIGNATURE, key.cmsSigner().signDetached(manifestBytes));
        zip.close();
    }

    /** The features' parts in packet order; a shared position would leave their order to CDI. */
    private List<PacketPart> placed() {
        List<PacketPart> placed = parts.stream().sorted(Comparator.comparingInt(PacketPart::position)).toList();
        for (int i = 0; i < placed.size(); i++) {
            int position = placed.get(i).position();
            if (position == PacketPart.SECTIONS || position == PacketPart.FINDINGS
                    || i > 0 && placed.get(i - 1).position() == position) {
                throw new IllegalStateException("two packet parts at position " + position);
            }
        }
        return placed;
    }

    /** The parts placed strictly between {@code after} and {@code before}. */
    private static void writeParts(List<PacketPart> placed, int after, int before, PacketContext context,
                                   Connection connection, PacketFiles files) throws IOException, SQLException {
        for (PacketPart part : placed) {
            if (part.position() > after && part.position() < before) {
                part.write(context, connection, files);
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
}
