package org.quotaledger.request;

import org.quotaledger.law.StateLaws;
import org.quotaledger.time.AppClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.audit.AuditHeads;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.FacilityChanged;
import org.quotaledger.notice.Notice;
import org.quotaledger.notice.NoticeService;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.quota.ValidTime;
import org.quotaledger.request.RequestViews.AnswerPreview;
import org.quotaledger.request.RequestViews.RequestView;
import org.quotaledger.request.RequestViews.ResponseView;
import org.quotaledger.request.RequestViews.VersionLine;
import org.quotaledger.security.Access;
import org.quotaledger.signing.PdfSigner;
import org.quotaledger.signing.SigningKeys;
import org.quotaledger.web.NotFound;
import org.quotaledger.workspeed.WorkSpeedRecords;
import org.quotaledger.workspeed.WorkSpeedViews.AggregateRow;
import org.quotaledger.workspeed.WorkSpeedViews.WorkSpeedRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Answers a request in one step: a signed notice of every description version that was in force during
 * the request's window, the signed work speed data report and the CSV of the records, zipped, stored,
 * put in the employee's portal, and the request closed (Cal. Lab. Code §2104, N.Y. Lab. Law §785,
 * RCW 49.84.037, ORS 653.557).
 */
@ApplicationScoped
@Transactional
public class FulfilmentService {

    @Inject
    AppClock clock;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    NoticeService notices;

    @Inject
    SigningKeys signingKeys;

    @Inject
    AuditHeads auditHeads;

    @Inject
    ObjectMapper mapper;

    @Inject
    Event<FacilityChanged> changes;

    @Inject
    RequestService requests;

    public ResponseView fulfil(long requestId) {
        EmployeeRequest request = requests.inScope(requestId);
        Employee employee = request.employee;
        ZoneId zone = StateLaws.zone(request.facility.state);
        Instant now = clock.now();
        // Planned before the request changes: the plan's queries would flush a half-closed request, and a closed row
        // takes no further update (V11's guard).
        Plan plan = request.open() ? plan(request, now.atZone(zone).toLocalDate()) : null;
        request.fulfil(now.atZone(zone).toLocalDate(), now, access.username());
        List<String> languages = plan.languages();
        request.answerLanguages = String.join(",", plan.completeLanguages());

        List<Map<String, Object>> contents = new ArrayList<>();
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            for (ValidTime.Period<QuotaDescription> period : plan.versions()) {
                QuotaDescription version = period.version();
                List<String> written = plan.noticeLanguages().get(version.id);
                for (String language : written) {
                    // Only the version in force today is delivered by answering; earlier ones are signed copies.
                    Notice notice = version == plan.current() ? notices.issueFor(employee, version, access.username(), language)
                            : notices.issueCopy(employee, version, access.username(), language);
                    String name = "quota-description-" + version.role.code + "-v" + version.version
                            + AnswerLanguages.suffix(written, language) + ".pdf";
                    add(out, name, notice.pdf);
                    contents.add(entry(name, "notice", notice.sha256, Map.of("noticeId", notice.id, "descriptionId", version.id,
                            "version", version.version, "verificationCode", notice.verificationCode, "language", notice.language)));
                }
            }
            List<WorkSpeedRow> rows = plan.rows();
            List<AggregateRow> aggregate = plan.aggregate();
            var subject = new WorkSpeedReport.Subject(request.facility.employer.name, request.facility.code,
                    request.facility.name, employee.employeeNumber, employee.name, request.windowFrom, request.windowTo,
                    request.receivedOn, request.aggregateIncluded ? AnswerLanguages.aggregateCitation(request) : null);
            PdfSigner signer = signingKeys.forEmployer(request.facility.employer.id, request.facility.employer.name).pdfSigner();
            for (String language : languages) {
                byte[] report = signer.sign(WorkSpeedReport.pdf(subject, rows, aggregate, language), now,
                        PdfSigner.Placement.invisible(), "Work speed data report");
                String name = "work-speed-report" + AnswerLanguages.suffix(languages, language) + ".pdf";
                add(out, name, report);
                contents.add(entry(name, "report", NoticeService.sha256(report),
                        Map.of("records", rows.size(), "aggregateRows", aggregate.size(), "from", request.windowFrom.toString(),
                                "to", request.windowTo.toString(), "language", language)));
            }
            byte[] csv = WorkSpeedReport.csv(rows);
            add(out, "work-speed-data.csv", csv);
            contents.add(entry("work-speed-data.csv", "data", NoticeService.sha256(csv), Map.of("records", rows.size())));
            addAuditHead(out, contents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var response = new RequestResponse();
        response.request = request;
        response.createdAt = now;
        response.createdBy = access.username();
        response.contents = json(contents);
        response.packet = zip.toByteArray();
        response.sizeBytes = response.packet.length;
        response.sha256 = NoticeService.sha256(response.packet);
        response.persist();
        ResponseView view = view(response, contents);
        audit.append("request.fulfilled", "employee_request", request.id, request.facility.id,
                Map.of("status", "OPEN"), view);
        changes.fire(new FacilityChanged(request.facility.id, "request fulfilled"));
        return view;
    }

    /**
     * What answering would put in the packet, without answering: the versions, the work speed period and rows and the
     * languages come from the same {@link #plan} that {@link #fulfil} builds the packet from.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AnswerPreview preview(long requestId) {
        EmployeeRequest request = readable(requestId);
        LocalDate today = requests.today(request.facility);
        Plan plan = plan(request, today);
        List<VersionLine> versions = plan.versions().stream()
                .map(p -> new VersionLine(p.version().id, p.version().role.code, p.version().role.title, p.version().version,
                        p.from(), p.to(), p.version() == plan.current()))
                .toList();
        return AnswerPreview.of(RequestView.from(request), request.facility.name, request.facility.state,
                request.recordedBy, today, versions, plan.rows().size(), plan.aggregate().size(),
                plan.allLanguages().stream().map(AnswerPreview::languageName).toList());
    }

    /** The packet that answered a request at one of the caller's facilities (staff; employees use {@link #ownResponse}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] response(long requestId) {
        return RequestResponse.findFor(readable(requestId)).map(r -> r.packet)
                .orElseThrow(() -> new NotFound("answered request", requestId));
    }

    /** A request at one of the caller's facilities, to read (no lock); any other is not found. */
    private EmployeeRequest readable(long requestId) {
        return EmployeeRequest.<EmployeeRequest>findByIdOptional(requestId)
                .filter(r -> access.facilityScope().includes(r.facility.id))
                .orElseThrow(() -> new NotFound("request", requestId));
    }

    /** What an answer made on {@code today} holds; the one computation behind both the preview and the packet. */
    private Plan plan(EmployeeRequest request, LocalDate today) {
        Employee employee = request.employee;
        // The languages the state's law wants the answer in (N.Y. Lab. Law §785(5): English and the primary language),
        // as the notices can be written: one copy per language, the first named plainly.
        List<String> languages = AnswerLanguages.of(request.facility.state, employee.primaryLanguage);
        List<QuotaDescription> decided = employee.role == null ? List.of() : QuotaDescription.decided(employee.role);
        QuotaDescription current = ValidTime.inForceOn(today, decided).orElse(null);
        List<WorkSpeedRow> rows = WorkSpeedRecords.of(employee, request.windowFrom, request.windowTo);
        List<AggregateRow> aggregate = request.aggregateIncluded
                ? WorkSpeedRecords.aggregate(employee, request.windowFrom, request.windowTo) : List.of();
        List<ValidTime.Period<QuotaDescription>> versions = answeredPeriods(decided, request.windowFrom, request.windowTo,
                request.receivedOn);
        // Each version's notices in the languages its text exists in (a version without the employee's text is in English).
        Map<Long, List<String>> written = new java.util.HashMap<>();
        versions.forEach(p -> written.put(p.version().id, notices.languagesOf(p.version(), languages)));
        return new Plan(languages, versions, written, current, rows, aggregate);
    }

    /**
     * @param languages the reports' languages (the law's, as the fixed text exists); {@code noticeLanguages} the
     *                  notices' per version id
     */
    private record Plan(List<String> languages, List<ValidTime.Period<QuotaDescription>> versions,
                        Map<Long, List<String>> noticeLanguages, QuotaDescription current,
                        List<WorkSpeedRow> rows, List<AggregateRow> aggregate) {

        /**
         * The languages the whole answer is given in, as the language rules judge it (N.Y. Lab. Law §785(5)): the
         * report and every version's description. A version whose text lacks a language leaves that language out.
         */
        List<String> completeLanguages() {
            return languages.stream().filter(l -> noticeLanguages.values().stream().allMatch(written -> written.contains(l)))
                    .toList();
        }

        /** Every language something in the packet is written in, reports' first. */
        List<String> allLanguages() {
            var all = new java.util.LinkedHashSet<>(languages);
            noticeLanguages.values().forEach(all::addAll);
            return List.copyOf(all);
        }
    }

    /** The signed-in employee's packet (a zip) for one of their requests. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] ownResponse(long requestId) {
        long self = access.selfId();
        return EmployeeRequest.<EmployeeRequest>findByIdOptional(requestId)
                .filter(r -> r.employee.id == self)
                .flatMap(RequestResponse::findFor)
                .map(r -> r.packet)
                .orElseThrow(() -> new NotFound("answered request", requestId));
    }

    /**
     * What an answer contains: every version of the role in force on some day of the data window, and the one in
     * force on the day the request was received (a window ends the day before it), oldest first.
     */
    static List<QuotaDescription> answered(List<QuotaDescription> decided, LocalDate from, LocalDate to, LocalDate received) {
        return answeredPeriods(decided, from, to, received).stream().map(ValidTime.Period::version).toList();
    }

    private static List<ValidTime.Period<QuotaDescription>> answeredPeriods(List<QuotaDescription> decided, LocalDate from,
                                                                             LocalDate to, LocalDate received) {
        return ValidTime.periods(decided).stream()
                .filter(p -> p.overlaps(from, to) || p.covers(received))
                .toList();
    }

    /** The audit chain's newest signed head: the employee's copy, which a later rewrite of the trail contradicts. */
    private void addAuditHead(ZipOutputStream out, List<Map<String, Object>> contents) throws IOException {
        var head = auditHeads.latest();
        if (head.isPresent()) {
            add(out, AuditHeads.STATEMENT_FILE, head.get().statementBytes());
            add(out, AuditHeads.SIGNATURE_FILE, head.get().signature());
            contents.add(entry(AuditHeads.STATEMENT_FILE, "audit-head", NoticeService.sha256(head.get().statementBytes()),
                    Map.of("seq", head.get().seq(), "signature", AuditHeads.SIGNATURE_FILE)));
        }
    }

    private static void add(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static Map<String, Object> entry(String name, String kind, String sha256, Map<String, Object> more) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("name", name);
        entry.put("kind", kind);
        entry.put("sha256", sha256);
        entry.putAll(more);
        return entry;
    }

    private static ResponseView view(RequestResponse r, Object contents) {
        return new ResponseView(r.id, r.request.id, r.createdAt, r.createdBy, r.sha256, r.sizeBytes, contents);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
