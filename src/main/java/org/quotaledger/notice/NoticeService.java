package org.quotaledger.notice;

import java.time.LocalDate;
import org.quotaledger.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import org.quotaledger.audit.AuditHeads;
import org.quotaledger.audit.AuditLog;
import org.quotaledger.audit.SignedHead;
import org.quotaledger.delivery.Delivery;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.JobRole;
import org.quotaledger.facility.FacilityChanged;
import org.quotaledger.quota.LanguageGaps;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.quota.QuotaDocuments;
import org.quotaledger.rules.Finding;
import org.quotaledger.rules.Outcome;
import org.quotaledger.security.Access;
import org.quotaledger.signing.PdfSignatureVerifier;
import org.quotaledger.signing.PdfVerification;
import org.quotaledger.signing.SigningKeys;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Issues signed notices, serves them to those who may read them, and tells anyone whether a PDF is a
 * genuine, unchanged notice of this registry. Issuing an employee notice is also a delivery: the
 * ledger records it in the same transaction.
 */
@ApplicationScoped
public class NoticeService implements LanguageGaps {

    /** A rendered and signed notice not yet stored: the CPU-heavy half, safe to run on any thread. */
    public record Prepared(String code, byte[] pdf, String sha256, String language, Instant issuedAt) {
    }

    /** What a verification can tell; the registry details are null for callers who may not see that employee. */
    public record Verification(boolean genuine, boolean signatureValid, boolean unchanged, boolean registered,
                               Boolean current, String reason, String signer, Instant signedAt, Long noticeId,
                               String verificationCode, String kind, String facilityCode, String employeeNumber,
                               String roleCode, Integer descriptionVersion, Instant issuedAt, boolean detailsHidden,
                               AuditHeads.Check auditHead) {
    }

    private final EmployeeNoticeRenderer employeeRenderer = new EmployeeNoticeRenderer();

    /** Templates for one bulk job's notices, held by that job's run only. */
    NoticeTemplates templates() {
        return new NoticeTemplates(employeeRenderer);
    }
    private final RegulatorNoticeRenderer regulatorRenderer = new RegulatorNoticeRenderer();
    private final PdfSignatureVerifier verifier = new PdfSignatureVerifier();

    @Inject
    AppClock clock;

    @Inject
    SigningKeys keys;

    @Inject
    AuditHeads heads;

    @Inject
    QuotaDocuments documents;

    @Inject
    NoticeConfig config;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Event<FacilityChanged> changes;

    @Inject
    Event<NoticeMetrics.Issued> issued;

    @Inject
    ActionableFindings findings;

    /**
     * Renders and signs one employee notice, carrying the audit chain's newest signed head ({@code head}, null before
     * the first); touches no database once the employer's key is loaded.
     */
    public Prepared prepare(EmployeeFacts e, QuotaDocument document, SignedHead head) {
        return prepare(e, document, head, null);
    }

    /** A bulk job's notices: the same, stamped into the job's {@code templates} (null: rendered whole). */
    Prepared prepare(EmployeeFacts e, QuotaDocument document, SignedHead head, NoticeTemplates templates) {
        String code = VerificationCodes.newCode();
        Instant at = clock.now().truncatedTo(ChronoUnit.SECONDS);
        String language = NoticeLanguages.recorded(e.facilityState(), e.primaryLanguage(), document);
        var model = new EmployeeNoticeModel(e.employerName(), e.facilityCode(), e.facilityName(), e.facilityAddress(),
                e.facilityState(), e.employeeNumber(), e.employeeName(), language, e.roleTitle(), e.version(),
                document, at, code, verificationUrl(code));
        var signer = keys.forEmployer(e.employerId(), e.employerName()).pdfSigner();
        byte[] pdf = templates == null ? employeeRenderer.renderSigned(model, signer, head)
                : templates.renderSigned(model, signer, head);
        return new Prepared(code, pdf, sha256(pdf), language, at);
    }

    /** The plain facts a notice needs, read inside a transaction so rendering can happen outside it. */
    public record EmployeeFacts(long employeeId, long descriptionId, long employerId, String employerName, String facilityCode,
                                String facilityName, String facilityAddress, String facilityState, String employeeNumber,
                                String employeeName, String primaryLanguage, String roleTitle, int version) {
        public static EmployeeFacts of(Employee e, QuotaDescription d) {
            Facility f = e.facility;
            return new EmployeeFacts(e.id, d.id, f.employer.id, f.employer.name, f.code, f.name, f.address, f.state, e.employeeNumber,
                    e.name, e.primaryLanguage, d.role.title, d.version);
        }

        /** The same facts, for a notice in another language than the employee's own (NY §785(5): also English). */
        public EmployeeFacts inLanguage(String language) {
            return new EmployeeFacts(employeeId, descriptionId, employerId, employerName, facilityCode, facilityName, facilityAddress,
                    facilityState, employeeNumber, employeeName, language, roleTitle, version);
        }
    }

    /**
     * Stores a prepared notice and records it as a PORTAL delivery, in the caller's transaction.
     * {@code job} is null outside bulk issuing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice store(Prepared prepared, Employee employee, QuotaDescription description, NoticeJob job, String issuedBy) {
        Notice notice = persist(prepared, employee, description, job, issuedBy);
        deliver(notice, issuedBy);
        audit.appendAs(issuedBy, "notice.issued", "notice", notice.id, employee.facility.id, null, auditView(notice));
        return notice;
    }

    /** One batch of a bulk job: the notices, their deliveries, and their audit events in one go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeAll(List<Prepared> prepared, List<Employee> employees, List<QuotaDescription> descriptions, NoticeJob job,
                         String issuedBy) {
        List<Notice> notices = new java.util.ArrayList<>(prepared.size());
        for (int i = 0; i < prepared.size(); i++) {
            notices.add(persist(prepared.get(i), employees.get(i), descriptions.get(i), job, issuedBy));
        }
        // The deliveries after all the notices: Hibernate batches consecutive inserts into one table only, and
        // a notice and its delivery in turn went to PostgreSQL one statement at a time.
        notices.forEach(notice -> deliver(notice, issuedBy));
        // The inserts before the audit chain's lock, which is held to the commit: another batch's store can then
        // write its notices while this one links its events and commits.
        Notice.flush();
        audit.appendAllAs(issuedBy, notices.stream().map(notice ->
                new AuditLog.Change("notice.issued", "notice", notice.id, notice.facility.id, null, auditView(notice))).toList());
    }

    private static Map<String, Object> auditView(Notice notice) {
        return Map.of("verificationCode", notice.verificationCode, "employeeNumber", notice.employee.employeeNumber,
                "descriptionId", notice.description.id, "version", notice.description.version, "sha256", notice.sha256,
                "jobId", notice.job == null ? "" : notice.job.id.toString());
    }

    private Notice persist(Prepared prepared, Employee employee, QuotaDescription description, NoticeJob job, String issuedBy) {
        var notice = new Notice();
        notice.kind = Notice.Kind.EMPLOYEE;
        notice.verificationCode = prepared.code();
        notice.facility = employee.facility;
        notice.employee = employee;
        notice.description = description;
        notice.job = job;
        notice.language = prepared.language();
        notice.issuedAt = prepared.issuedAt();
        notice.issuedBy = issuedBy;
        notice.sha256 = prepared.sha256();
        notice.sizeBytes = prepared.pdf().length;
        notice.pdf = prepared.pdf();
        notice.persist();
        issued.fire(new NoticeMetrics.Issued(employee.facility.code, Notice.Kind.EMPLOYEE));
        return notice;
    }

    /** Records handing over this notice as a delivery of its version (not for a copy of another version: {@link #issueCopy}). */
    private static void deliver(Notice notice, String issuedBy) {
        Delivery delivery = Delivery.of(notice.employee, notice.description, notice.issuedAt, Delivery.Channel.PORTAL,
                notice.language, issuedBy, notice.issuedAt);
        delivery.noticeId = notice.id;
        delivery.persist();
    }

    /** Issues the notice of the employee's current description now (a manager's action). */
    @Transactional
    public NoticeViews.NoticeView issue(long employeeId) {
        Employee employee = Employee.seenBy(access, employeeId);
        Facility.changeableBy(access, employee.facility.id);
        QuotaDescription current = currentDescription(employee, clock.today(employee.facility.state));
        Notice notice = issueFor(employee, current, access.username());
        changes.fire(new FacilityChanged(employee.facility.id, "notice issued"));
        return NoticeViews.NoticeView.from(notice);
    }

    /** Issues a notice of this version to this employee, in the caller's transaction; no access check (system use). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice issueFor(Employee employee, QuotaDescription description, String issuedBy) {
        return issueFor(employee, description, issuedBy, employee.primaryLanguage);
    }

    /** As {@link #issueFor(Employee, QuotaDescription, String)}, in the given language (English where there is no translation). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice issueFor(Employee employee, QuotaDescription description, String issuedBy, String language) {
        Prepared prepared = prepare(EmployeeFacts.of(employee, description).inLanguage(language), documents.read(description),
                heads.latest().orElse(null));
        return store(prepared, employee, description, null, issuedBy);
    }

    /**
     * A signed copy of a version that is not the one in force (a request answer's earlier versions): kept and
     * verifiable like any notice, but not a delivery, since nobody is held to that version any more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice issueCopy(Employee employee, QuotaDescription description, String issuedBy, String language) {
        Prepared prepared = prepare(EmployeeFacts.of(employee, description).inLanguage(language), documents.read(description),
                heads.latest().orElse(null));
        Notice notice = persist(prepared, employee, description, null, issuedBy);
        audit.appendAs(issuedBy, "notice.issued", "notice", notice.id, employee.facility.id, null, auditView(notice));
        return notice;
    }

    /** The facility's filing summary for a labor agency or an auditor, signed and kept like any notice. */
    @Transactional(Transactional.TxType.NEVER)
    public NoticeViews.NoticeView issueRegulatorNotice(long facilityId) {
        // The findings first, in their own transactions: they may store the run that answers waiting changes.
        List<RegulatorNoticeModel.OpenFinding> open = findings.actionable(facilityId).stream().filter(f -> f.outcome() != Outcome.PENDING)
                .map(f -> new RegulatorNoticeModel.OpenFinding(f.ruleId(), f.outcome().name(), f.citation(), label(f))).toList();
        return QuarkusTransaction.requiringNew().call(() -> {
            Facility facility = Facility.seenBy(access, facilityId);
            return NoticeViews.NoticeView.from(issueRegulatorSummary(facility,
                    Delivery.filingCounts(facility.id, clock.today(facility.state)), open, access.username()));
        });
    }

    /**
     * The filing summary from figures the caller already has (audit packets take the findings from their evaluation
     * and the counts from {@link Delivery#filingCounts}, because gathering every fact of a large facility again would not fit
     * in memory). In the caller's transaction; no access check.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice issueRegulatorSummary(Facility facility, Delivery.FilingCounts counts,
                                        List<RegulatorNoticeModel.OpenFinding> openFindings, String issuedBy) {
        String code = VerificationCodes.newCode();
        Instant at = clock.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = clock.today(facility.state);
        List<QuotaDescription> active = QuotaDescription.inForceOn(facility, today);
        var model = new RegulatorNoticeModel(facility.employer.name, facility.code, facility.name, facility.address, facility.state,
                RegulatorNoticeModel.Coverage.from(documents.block(facility), facility.headcount(clock.today(facility.state))),
                active.stream().map(d -> new RegulatorNoticeModel.ActiveDescription(d.role.code, d.role.title, d.version, documents.read(d))).toList(),
                new RegulatorNoticeModel.Deliveries(counts.employees(), counts.deliveredCurrentVersion(), counts.missing()),
                openFindings, at, code, verificationUrl(code), RegulatorRoles.undescribed(facility, clock.today(facility.state)));
        byte[] pdf = regulatorRenderer.renderSigned(model,
                keys.forEmployer(facility.employer.id, facility.employer.name).pdfSigner(), heads.latest().orElse(null));
        var notice = new Notice();
        notice.kind = Notice.Kind.REGULATOR;
        notice.verificationCode = code;
        notice.facility = facility;
        notice.language = "en";
        notice.issuedAt = at;
        notice.issuedBy = issuedBy;
        notice.sha256 = sha256(pdf);
        notice.sizeBytes = pdf.length;
        notice.pdf = pdf;
        notice.persist();
        issued.fire(new NoticeMetrics.Issued(facility.code, Notice.Kind.REGULATOR));
        audit.appendAs(issuedBy, "notice.issued", "notice", notice.id, facility.id, null,
                Map.of("verificationCode", code, "kind", "REGULATOR", "sha256", notice.sha256));
        return notice;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeViews.NoticeView> notices(long employeeId) {
        return Notice.listFor(Employee.seenBy(access, employeeId)).stream().map(NoticeViews.NoticeView::from).toList();
    }

    /** The facility's notice page: its roles, its recent bulk jobs and notices, and what the caller may issue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeViews.FacilityNotices facilityNotices(long facilityId) {
        Facility facility = Facility.seenBy(access, facilityId);
        List<NoticeViews.JobRow> jobs = NoticeJob.recent(facility, 10).stream().map(NoticeViews.JobRow::from).toList();
        return new NoticeViews.FacilityNotices(facility.id, facility.code, facility.state,
                JobRole.listFor(facility).stream().map(org.quotaledger.facility.FacilityViews.JobRoleView::from).toList(),
                jobs, Notice.recent(facility, 25).stream().map(NoticeViews.NoticeRow::from).toList(),
                jobs.stream().anyMatch(j -> !j.status().equals("DONE") && !j.status().equals("FAILED")),
                access.canChange(), access.role() != org.quotaledger.security.Role.REGULATOR, languageGaps(facility));
    }

    /**
     * Before anything is issued: the current employees whose notice of the version in force today would not be in
     * their primary language, by role, version and language (the description lacks that language's text).
     */
    List<LanguageGaps.Gap> languageGaps(Facility facility) {
        LocalDate today = clock.today(facility.state);
        List<Employee> staff = Employee.listFor(facility);
        return QuotaDescription.inForceOn(facility, today).stream()
                .sorted(java.util.Comparator.comparing((QuotaDescription d) -> d.role.code))
                .flatMap(d -> gaps(d, staff, today).stream()).toList();
    }

    /** The same question for one version, asked by the filing page before the version is put in force or issued. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LanguageGaps.Gap> of(QuotaDescription version) {
        return gaps(version, Employee.listFor(version.facility), clock.today(version.facility.state));
    }

    /** Current nonexempt employees of the version's role whose notice of it would not be in their language. */
    private List<LanguageGaps.Gap> gaps(QuotaDescription d, List<Employee> staff, LocalDate today) {
        QuotaDocument doc = documents.read(d);
        String state = d.facility.state;
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (Employee e : staff) {
            if (e.role == null || e.exempt || !e.isCurrent(today) || !e.role.id.equals(d.role.id)) {
                continue;
            }
            if (!NoticeLanguages.inTheirLanguage(state, e.primaryLanguage, doc)) {
                byLanguage.computeIfAbsent(e.primaryLanguage, k -> new ArrayList<>()).add(e.employeeNumber);
            }
        }
        return byLanguage.entrySet().stream().map(g -> new LanguageGaps.Gap(d.id, d.facility.id, d.role.code, d.role.title,
                d.version, g.getKey(), Locale.forLanguageTag(g.getKey()).getDisplayLanguage(Locale.ENGLISH),
                NoticeLanguages.recorded(state, g.getKey(), doc), g.getValue().size(),
                g.getValue().stream().sorted().limit(GAP_SAMPLE).toList())).toList();
    }

    /** How many employee numbers a language warning names. */
    private static final int GAP_SAMPLE = 10;

    /** A notice's PDF for someone who may see it: the employee it was issued to, or readers of its facility. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeViews.NoticeFile notice(long id) {
        Notice notice = Notice.<Notice>findByIdOptional(id).orElseThrow(() -> new NotFound("notice", id));
        boolean visible = notice.employee != null ? notice.employee.isSeenBy(access)
                : access.role() != org.quotaledger.security.Role.EMPLOYEE && access.facilityScope().includes(notice.facility.id);
        if (!visible) {
            throw new NotFound("notice", id);
        }
        return NoticeViews.NoticeFile.from(notice);
    }

    /**
     * Checks a PDF: is the signature valid over the whole file, is it byte for byte a notice this registry
     * issued, and is its version still the one in force. Anyone may ask; only callers who may see the
     * employee learn which notice it is. The audit chain's head the notice carries is checked against the trail
     * too: a trail rewritten since the notice was issued contradicts it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(byte[] pdf) {
        PdfVerification check = verifier.verify(pdf);
        if (!check.isPdf()) {
            throw InvalidInput.unreadable("The upload is not a PDF file: " + check.reason());
        }
        Notice notice = Notice.findBySha256(sha256(pdf)).orElse(null);
        boolean signatureValid = check.signed() && check.signatureValid();
        boolean unchanged = check.valid();
        boolean ours = keys.isOwn(check.signerCertificate());
        boolean genuine = unchanged && notice != null && ours;
        String reason;
        if (!check.signed() || !unchanged) {
            reason = check.reason();
        } else if (!ours) {
            reason = "The signature is valid but was not made with this organisation's key.";
        } else if (notice == null) {
            reason = "The signature is valid but this file is not among the notices this registry issued.";
        } else {
            reason = "Genuine and unchanged since it was signed.";
        }
        AuditHeads.Check head = unchanged && ours ? auditHeadIn(pdf) : null;
        if (head != null && Boolean.FALSE.equals(head.chainAgrees())) {
            reason += " But the registry's audit trail no longer agrees with the audit-trail head this notice carries: "
                    + head.reason();
        }
        return describe(notice, genuine, signatureValid, unchanged, reason, check.signerName(), check.signingTime(), head);
    }

    /** The signed audit head in a notice's document information, checked against the trail; null when it carries none. */
    private AuditHeads.Check auditHeadIn(byte[] pdf) {
        try {
            var reader = new org.openpdf.text.pdf.PdfReader(pdf);
            try {
                Map<String, String> info = reader.getInfo();
                String statement = info.get(AuditHeads.PDF_STATEMENT_KEY);
                String signature = info.get(AuditHeads.PDF_SIGNATURE_KEY);
                return statement == null || signature == null ? null
                        : heads.check(statement, java.util.Base64.getDecoder().decode(signature));
            } finally {
                reader.close();
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * What a notice with this code must say: the QR code's target. It cannot tell whether a paper copy says it (only
     * the PDF file can be checked), so it shows the content for the holder to compare, and says so.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CodeLookup lookup(String typedCode) {
        String code = VerificationCodes.normalize(typedCode);
        if (code == null || !VerificationCodes.isWellFormed(code)) {
            throw new InvalidInput("\"" + typedCode + "\" is not a verification code; they look like QL-7K3M-9XQ2.");
        }
        Notice notice = Notice.findByCode(code).orElseThrow(() -> new NotFound("No notice with the code " + code
                + " was issued by this registry. Check the code on the paper; if it is right, the paper is not a notice of this registry."));
        SigningKeys.Key key = keys.forEmployer(notice.facility.employer.id, notice.facility.employer.name);
        String compare = "This page shows what the notice with this code says. It cannot see your copy: compare every line"
                + " with it. Only the PDF file, uploaded here, can prove that a copy is unchanged.";
        if (notice.kind == Notice.Kind.REGULATOR) {
            NoticeText t = NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, java.util.Locale.ENGLISH);
            return new CodeLookup(code, notice.kind.name(), t.date(notice.issuedAt, notice.facility.state), notice.issuedAt,
                    notice.facility.employer.name, notice.facility.code + " " + notice.facility.name, null, null, null,
                    List.of(), null, key.identity().displayName(), key.fingerprint(), compare);
        }
        NoticeText t = NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, java.util.Locale.forLanguageTag(notice.language));
        QuotaDescription d = notice.description;
        QuotaDocument document = documents.read(d);
        List<QuotaLine> quotas = document.quotas() == null ? List.of() : document.quotas().stream()
                .map(q -> new QuotaLine(q.name(), NoticeLayout.target(q, document.shift(), t))).toList();
        return new CodeLookup(code, notice.kind.name(), t.date(notice.issuedAt, notice.facility.state), notice.issuedAt,
                notice.facility.employer.name, notice.facility.code + " " + notice.facility.name,
                initials(notice.employee.name), d.role.title, d.version, quotas, d.status == QuotaDescription.Status.ACTIVE,
                key.identity().displayName(), key.fingerprint(), compare);
    }

    /**
     * What the notice with a code says, for the holder to compare with their copy.
     *
     * @param issuedOn         the issue date as the notice prints it (its language, the facility's day)
     * @param employeeInitials the employee's initials only: the page is public to anyone holding the code
     * @param current          whether its version is still in force (null for a filing summary)
     */
    public record CodeLookup(String verificationCode, String kind, String issuedOn, Instant issuedAt, String employer,
                             String facility, String employeeInitials, String role, Integer version, List<QuotaLine> quotas,
                             Boolean current, String signer, String signerFingerprint, String howToCompare) {
    }

    /** One quota as the notice words it: its name and its number with its period. */
    public record QuotaLine(String name, String target) {
    }

    /** "Maria José García-López" → "M. J. G." */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        var out = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.appendCodePoint(Character.toUpperCase(part.codePointAt(0))).append('.');
        }
        return out.toString();
    }

    private Verification describe(Notice notice, boolean genuine, boolean signatureValid, boolean unchanged, String reason,
                                  String signer, Instant signedAt, AuditHeads.Check head) {
        if (notice == null) {
            return new Verification(genuine, signatureValid, unchanged, false, null, reason, signer, signedAt, null, null,
                    null, null, null, null, null, null, false, head);
        }
        Boolean current = notice.description == null ? null
                : notice.description.status == QuotaDescription.Status.ACTIVE
                || QuotaDescription.inForceOn(notice.description.role, clock.today(notice.facility.state))
                .map(d -> d.id.equals(notice.description.id)).orElse(false);
        String fullReason = Boolean.FALSE.equals(current) && genuine
                ? reason + " Version " + notice.description.version + " is no longer the one in force: ask for the current notice."
                : reason;
        if (!mayReadDetails(notice)) {
            return new Verification(genuine, signatureValid, unchanged, true, current, fullReason, signer, signedAt, null,
                    null, notice.kind.name(), null, null, null, null, notice.issuedAt, true, head);
        }
        return new Verification(genuine, signatureValid, unchanged, true, current, fullReason, signer, signedAt, notice.id,
                notice.verificationCode, notice.kind.name(), notice.facility.code,
                notice.employee == null ? null : notice.employee.employeeNumber,
                notice.description == null ? null : notice.description.role.code,
                notice.description == null ? null : notice.description.version, notice.issuedAt, false, head);
    }

    private boolean mayReadDetails(Notice notice) {
        if (access.signedIn() == null) {
            return false;
        }
        if (notice.employee != null) {
            return notice.employee.isSeenBy(access);
        }
        return access.role() != org.quotaledger.security.Role.EMPLOYEE && access.facilityScope().includes(notice.facility.id);
    }

    /**
     * The description of the employee's role in force on {@code today} or, when none is yet, the one scheduled (advance
     * notice); a 422 saying why when there is nothing to issue.
     */
    public static QuotaDescription currentDescription(Employee employee, LocalDate today) {
        if (employee.role == null) {
            throw new InvalidInput("Employee " + employee.employeeNumber + " has no job role, so no quota description applies.");
        }
        return QuotaDescription.inForceOn(employee.role, today).or(() -> QuotaDescription.findActive(employee.role))
                .orElseThrow(() -> new InvalidInput("No description of " + employee.role.title
                        + " is in force or scheduled; activate one before issuing notices."));
    }
    String verificationUrl(String code) {
        String base = config.publicUrl().endsWith("/") ? config.publicUrl().substring(0, config.publicUrl().length() - 1) : config.publicUrl();
        return base + "/verify/" + code;
    }

    /**
     * The language the fixed wording of a notice or report for this primary language is in: the translation
     * NoticeText finds and is allowed to use ({@code quotaledger.notices.unreviewed-languages}), else English. Whether
     * the notice is in it also depends on the description's text: {@link NoticeLanguages}.
     */
    public static String fixedTextLanguage(String primary) {
        return primary == null || primary.isBlank() ? QuotaDocument.BASE_LANGUAGE
                : NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.forLanguageTag(primary.strip())).language();
    }

    /** The languages notices of {@code description} can be written in for readers of {@code wanted}, each once. */
    public List<String> languagesOf(QuotaDescription description, List<String> wanted) {
        QuotaDocument document = documents.read(description);
        return wanted.stream().map(l -> NoticeLanguages.recorded(description.facility.state, l, document)).distinct().toList();
    }

    /** The language this employee's notice of this version is recorded in (see {@link NoticeLanguages}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String languageFor(long employeeId, long descriptionId) {
        Employee employee = Employee.seenBy(access, employeeId);
        QuotaDescription description = QuotaDescription.<QuotaDescription>findByIdOptional(descriptionId)
                .orElseThrow(() -> new NotFound("quota description", descriptionId));
        return NoticeLanguages.recorded(employee.facility.state, employee.primaryLanguage, documents.read(description));
    }

    /** A finding as the filing summary words it. */
    public static String label(Finding f) {
        return (f.subject() == null ? "" : f.subject() + ": ") + f.message();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
