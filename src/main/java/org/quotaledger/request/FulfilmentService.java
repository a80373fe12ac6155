package org.quotaledger.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.compliance.FactsGatherer;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.FacilityChanged;
import org.quotaledger.notice.Notice;
import org.quotaledger.notice.NoticeService;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.request.RequestViews.ResponseView;
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
import java.time.temporal.ChronoUnit;
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
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    NoticeService notices;

    @Inject
    SigningKeys signingKeys;

    @Inject
    ObjectMapper mapper;

    @Inject
    Event<FacilityChanged> changes;

    @Inject
    RequestService requests;

    public ResponseView fulfil(long requestId) {
        EmployeeRequest request = requests.inScope(requestId);
        Employee employee = request.employee;
        ZoneId zone = FactsGatherer.zone(request.facility);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        request.fulfil(now.atZone(zone).toLocalDate(), now, access.username());

        List<Map<String, Object>> contents = new ArrayList<>();
        // The languages the state's law wants the answer in (N.Y. Lab. Law §785(5): English and the primary language),
        // as the notices can be written: one copy per language, the first named plainly.
        List<String> languages = AnswerLanguages.of(request.facility.state, employee.primaryLanguage);
        request.answerLanguages = String.join(",", languages);
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            for (QuotaDescription version : inForce(employee, request.windowFrom, request.windowTo, zone)) {
                for (String language : languages) {
                    Notice notice = notices.issueFor(employee, version, access.username(), language);
                    String name = "quota-description-" + version.role.code + "-v" + version.version
                            + AnswerLanguages.suffix(languages, language) + ".pdf";
                    add(out, name, notice.pdf);
                    contents.add(entry(name, "notice", notice.sha256, Map.of("noticeId", notice.id, "descriptionId", version.id,
                            "version", version.version, "verificationCode", notice.verificationCode, "language", notice.language)));
                }
            }
            List<WorkSpeedRow> rows = WorkSpeedRecords.of(employee, request.windowFrom, request.windowTo);
            List<AggregateRow> aggregate = request.aggregateIncluded
                    ? WorkSpeedRecords.aggregate(employee, request.windowFrom, request.windowTo) : List.of();
            var subject = new WorkSpeedReport.Subject(request.facility.employer.name, request.facility.code,
                    request.facility.name, employee.employeeNumber, employee.name, request.windowFrom, request.windowTo,
                    request.receivedOn, request.aggregateIncluded ? AnswerLanguages.aggregateCitation(request) : null);
            for (String language : languages) {
                byte[] report = signingKeys.pdfSigner().sign(WorkSpeedReport.pdf(subject, rows, aggregate, language), now,
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

    /** The signed-in employee's packet for one of their requests. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestResponse ownResponse(long requestId) {
        Employee self = access.self();
        return EmployeeRequest.<EmployeeRequest>findByIdOptional(requestId)
                .filter(r -> r.employee.id.equals(self.id))
                .flatMap(RequestResponse::findFor)
                .orElseThrow(() -> new NotFound("answered request", requestId));
    }

    /**
     * Every version of the employee's role whose ACTIVE period overlaps the window: activated on or before
     * its last day and not superseded before its first day.
     */
    static List<QuotaDescription> inForce(Employee employee, LocalDate from, LocalDate to, ZoneId zone) {
        if (employee.role == null) {
            return List.of();
        }
        List<QuotaDescription> versions = QuotaDescription.list("from QuotaDescription d join fetch d.role"
                        + " where d.role = ?1 and d.status in ?2 and d.activatedAt is not null order by d.version",
                employee.role, List.of(QuotaDescription.Status.ACTIVE, QuotaDescription.Status.SUPERSEDED));
        return versions.stream()
                .filter(d -> !d.activatedAt.atZone(zone).toLocalDate().isAfter(to))
                .filter(d -> d.supersededAt == null || !d.supersededAt.atZone(zone).toLocalDate().isBefore(from))
                .toList();
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
