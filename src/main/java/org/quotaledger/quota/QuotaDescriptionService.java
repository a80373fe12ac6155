package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import org.quotaledger.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.enterprise.event.Event;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.FacilityChanged;
import org.quotaledger.rules.Finding;
import org.quotaledger.rules.Outcome;
import org.quotaledger.law.StateLaws;
import org.quotaledger.rules.RulesService;
import org.quotaledger.web.Conflict;
import org.quotaledger.facility.JobRole;
import org.quotaledger.security.Access;
import org.quotaledger.time.AppClock;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Files and moves versions of quota descriptions through their lifecycle (Cal. Lab. Code §2101:
 * the written description each employee must receive).
 */
@ApplicationScoped
@Transactional
public class QuotaDescriptionService {

    @Inject
    Access access;

    @Inject
    QuotaDocuments documents;

    @Inject
    RulesService rules;

    @Inject
    LanguageGaps languageGaps;

    @Inject
    Event<FacilityChanged> changes;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    /** Files a document as the next DRAFT version for its role at this facility. */
    public QuotaDescriptionViews.DescriptionView file(long facilityId, QuotaDocument document) {
        Facility facility = Facility.changeableBy(access, facilityId);
        JobRole role = roleOf(facility, document);
        var draft = QuotaDescription.draft(facility, role, QuotaDescription.nextVersion(role), documents.toJson(document),
                access.username(), clock.now());
        draft.persist();
        audit.append("description.filed", "quota_description", draft.id, facility.id, null, snapshot(draft));
        return view(draft);
    }

    private QuotaDescription description(long id) {
        QuotaDescription d = QuotaDescription.<QuotaDescription>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("quota description", id));
        Facility.seenBy(access, d.facility.id);
        return d;
    }

    /** The version with its document and what the rules say of it, as the API serves it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuotaDescriptionViews.DescriptionView view(long id) {
        return view(description(id));
    }

    /** The version's v1 document, facility block from the registry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuotaDocument document(long id) {
        return documents.read(description(id));
    }

    /** Every version filed at the facility, each with its standing today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuotaDescriptionViews.DescriptionSummary> summaries(long facilityId) {
        List<QuotaDescription> versions = QuotaDescription.listFor(Facility.seenBy(access, facilityId));
        Map<Long, VersionStanding> standings = new java.util.HashMap<>();
        versions.stream().map(d -> d.role).distinct().forEach(role -> standings.putAll(standings(role)));
        return versions.stream().map(d -> summary(d, standings)).toList();
    }

    /** The versions of this version's role, each with its standing today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuotaDescriptionViews.DescriptionSummary> history(long id) {
        QuotaDescription d = description(id);
        Map<Long, VersionStanding> standings = standings(d.role);
        return QuotaDescription.history(d.role).stream().map(v -> summary(v, standings)).toList();
    }

    /** What the filing form needs of the facility: its block, its roles and the effective date to propose. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuotaDescriptionViews.Filing filing(long facilityId) {
        Facility facility = Facility.seenBy(access, facilityId);
        return filing(facility, null);
    }

    /** As {@link #filing(long)}, for editing this version (or starting a new one from it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuotaDescriptionViews.Filing filingOf(long id) {
        QuotaDescription d = description(id);
        return filing(d.facility, d);
    }

    private QuotaDescriptionViews.Filing filing(Facility facility, QuotaDescription editing) {
        var roles = JobRole.listFor(facility).stream().map(org.quotaledger.facility.FacilityViews.JobRoleView::from).toList();
        var version = editing == null ? null : new QuotaDescriptionViews.Editing(editing.id, editing.version,
                editing.role.title, editing.isEditable(), editing.status, documents.read(editing));
        return new QuotaDescriptionViews.Filing(facility.id, facility.code, facility.state, roles, documents.block(facility),
                proposedEffectiveDate(facility), version);
    }

    /**
     * Everything the version's page shows, and what the caller may do with it: the page only tests these answers.
     * Findings worth a look come first, failures before reviews.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuotaDescriptionViews.DescriptionPage page(long id) {
        QuotaDescription d = description(id);
        QuotaDocument document = documents.read(d);
        List<Finding> findings = rules.check(document).stream()
                .filter(f -> f.outcome() == Outcome.FAIL || f.outcome() == Outcome.NEEDS_REVIEW)
                .sorted(java.util.Comparator.comparing((Finding f) -> f.outcome() == Outcome.FAIL ? 0 : 1).thenComparing(Finding::severity))
                .toList();
        LocalDate today = clock.today(d.facility.state);
        Map<Long, VersionStanding> standings = standings(d.role);
        boolean change = access.canChange();
        var approval = approval(d);
        var may = new QuotaDescriptionViews.VersionActions(change, change && d.isEditable(),
                change && d.status == QuotaDescription.Status.DRAFT, approval.mayActivate(),
                !findings.isEmpty() && findings.getFirst().outcome() == Outcome.FAIL,
                document.effectiveDate() != null && document.effectiveDate().isBefore(today), approval.withheldBecause());
        var timeOffTask = document.timeOffTask();
        return new QuotaDescriptionViews.DescriptionPage(summary(d, standings), d.facility.state, document,
                words(document.shift()),
                timeOffTask != null && Boolean.TRUE.equals(timeOffTask.tracked()),
                timeOffTask == null ? null : words(timeOffTask.limit()),
                QuotaDescription.history(d.role).stream().map(v -> summary(v, standings)).toList(), findings, may, today,
                // A superseded version is issued to nobody any more; any other may still be.
                d.status == QuotaDescription.Status.SUPERSEDED ? List.of() : languageGaps.of(d));
    }

    /**
     * What the people of a role are held to on {@code today} (the facility's day), and what is decided to follow,
     * from the role's decided versions (read with the caller's other records, see {@link QuotaDescription#decidedForEmployee}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuotaDescriptionViews.HeldTo heldTo(List<QuotaDescriptionViews.DecidedVersion> decided, LocalDate today) {
        var current = ValidTime.inForceOn(today, decided, QuotaDescriptionViews.DecidedVersion::version,
                QuotaDescriptionViews.DecidedVersion::effectiveOn).orElse(null);
        // The latest decided version, when its day has not come: what the employee will be held to next.
        var upcoming = decided.stream().filter(d -> d.status() == QuotaDescription.Status.ACTIVE)
                .filter(d -> d.effectiveOn().isAfter(today)).findFirst().orElse(null);
        // The stored text without the registry's facility block: the portal shows the quotas, not the facility's
        // headcounts, which would be counted from the roster on every view.
        return new QuotaDescriptionViews.HeldTo(QuotaDescriptionViews.VersionRef.from(current),
                current == null ? null : documents.decided(current.id(), () -> QuotaDescription.decidedDocument(current.id())),
                QuotaDescriptionViews.VersionRef.from(upcoming));
    }

    /** Versions in these states at each of these facilities, counted in one query for a whole list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> countsByFacility(List<Long> facilityIds, List<QuotaDescription.Status> statuses) {
        if (facilityIds.isEmpty()) {
            return Map.of();
        }
        return QuotaDescription.getEntityManager().createQuery(
                        "select d.facility.id, count(d) from QuotaDescription d where d.facility.id in ?1 and d.status in ?2"
                                + " group by d.facility.id", Object[].class)
                .setParameter(1, facilityIds).setParameter(2, statuses).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Where each version of the role stands today at its facility: in force, scheduled, ended... */
    private Map<Long, VersionStanding> standings(JobRole role) {
        return VersionStanding.of(QuotaDescription.history(role), clock.today(role.facility.state));
    }

    /** The version as lists show it, with its standing today. */
    private QuotaDescriptionViews.DescriptionSummary summary(QuotaDescription d, Map<Long, VersionStanding> standings) {
        return QuotaDescriptionViews.DescriptionSummary.from(d, documents.stored(d), standings.get(d.id));
    }

    /**
     * The effective date a new version copied from {@code from} should propose: today at the facility, or the
     * first day the state's change-notice rule allows when employees must be told before a change applies.
     */
    private LocalDate proposedEffectiveDate(Facility facility) {
        LocalDate today = clock.today(facility.state);
        LocalDate earliest = StateLaws.of(facility.state).earliestChangeEffectiveDay(today);
        if (facility.federalOptIn) {
            LocalDate federal = StateLaws.of(StateLaws.FEDERAL).earliestChangeEffectiveDay(today);
            earliest = federal.isAfter(earliest) ? federal : earliest;
        }
        return earliest;
    }

    public QuotaDescriptionViews.DescriptionView revise(long id, QuotaDocument document) {
        QuotaDescription d = toChange(id);
        JobRole role = roleOf(d.facility, document);
        if (!role.id.equals(d.role.id)) {
            throw new InvalidInput("This version describes role " + d.role.code + "; file a new description for role "
                    + role.code + " instead.", List.of(FieldError.field("role.code", "must stay " + d.role.code)));
        }
        var before = snapshot(d);
        d.revise(documents.toJson(document), access.username(), clock.now());
        audit.append("description.revised", "quota_description", d.id, d.facility.id, before, snapshot(d));
        return view(d);
    }

    public QuotaDescriptionViews.DescriptionView submit(long id) {
        QuotaDescription d = toChange(id);
        var before = summary(d);
        d.submitForReview(clock.now());
        audit.append("description.submitted", "quota_description", d.id, d.facility.id, before, summary(d));
        return view(d);
    }

    /**
     * Decides a version. A version the rules FAIL is activated only with a recorded reason: the person who
     * overrides the statute check says why, and the reason stays with the version. Employees are subject to it
     * from its effective day (the document's {@code effectiveDate}, today when it names none): a future day
     * schedules it and its predecessor stays in force until then; a past day needs a recorded back-dating reason,
     * and the rules then judge deliveries against that day.
     */
    public QuotaDescriptionViews.DescriptionView activate(long id, String overrideReason, String backdateReason) {
        QuotaDescription d = toChange(id);
        d.requireActivatableBy(access.username());
        QuotaDocument document = documents.read(d);
        List<Finding> failures = RulesService.failures(rules.check(document));
        String reason = blankToNull(overrideReason);
        if (!failures.isEmpty() && reason == null) {
            throw new Conflict(failures.size() + " rule(s) FAIL for version " + d.version + " ("
                    + failures.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(", "))
                    + "). Fix the description, or activate it with an overrideReason that will be recorded.");
        }
        LocalDate today = clock.today(d.facility.state);
        LocalDate effectiveOn = document.effectiveDate() != null ? document.effectiveDate() : today;
        String backdate = blankToNull(backdateReason);
        if (effectiveOn.isBefore(today) && backdate == null) {
            throw new InvalidInput("Version " + d.version + " takes effect on " + effectiveOn + ", before today (" + today
                    + " at " + d.facility.code + "). Employees were held to it before it was decided: say why in"
                    + " backdateReason, or change its effective date.",
                    List.of(FieldError.field("backdateReason", "is required for an effective date in the past")));
        }
        if (!effectiveOn.isBefore(today)) {
            backdate = null;
        }
        QuotaDescription previous = QuotaDescription.findActive(d.role).orElse(null);
        var before = summary(d);
        var previousBefore = previous == null ? null : summary(previous);
        d.activate(previous, access.username(), reason, effectiveOn, backdate, clock.now());
        if (previous != null) {
            audit.append("description.superseded", "quota_description", previous.id, d.facility.id, previousBefore, summary(previous));
        }
        audit.append("description.activated", "quota_description", d.id, d.facility.id, before, summary(d));
        changes.fire(new FacilityChanged(d.facility.id, "version " + d.version + " of " + d.role.code + " activated"));
        return view(d);
    }

    /** Deletes a DRAFT; answers the facility it belonged to. */
    public long delete(long id) {
        QuotaDescription d = toChange(id);
        d.requireDeletable();
        audit.append("description.deleted", "quota_description", d.id, d.facility.id, snapshot(d), null);
        d.delete();
        return d.facility.id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DescriptionDiff diff(long id, Integer againstVersion) {
        QuotaDescription to = description(id);
        QuotaDescription from;
        if (againstVersion == null) {
            if (to.version == 1) {
                throw new InvalidInput("Version 1 is the first version; there is nothing to compare it with.");
            }
            from = QuotaDescription.findVersion(to.role, to.version - 1)
                    .orElseThrow(() -> new NotFound("version", to.version - 1));
        } else {
            from = QuotaDescription.findVersion(to.role, againstVersion)
                    .orElseThrow(() -> new NotFound("version", againstVersion));
        }
        return DescriptionDiff.between(from.version, documents.read(from), to.version, documents.read(to));
    }

    private QuotaDescriptionViews.DescriptionView view(QuotaDescription d) {
        QuotaDocument doc = documents.read(d);
        return new QuotaDescriptionViews.DescriptionView(
                QuotaDescriptionViews.DescriptionSummary.from(d, doc, standings(d.role).get(d.id)), doc, rules.check(doc),
                approval(d));
    }

    /**
     * What the caller may do about deciding the version. The four-eyes reason is given from the draft on, so whoever
     * files or revises knows before sending it for review that someone else has to decide it.
     */
    private QuotaDescriptionViews.Approval approval(QuotaDescription d) {
        boolean change = access.canChange();
        String withheld = change && d.isEditable() ? d.fourEyesRefusal(access.username()) : null;
        return new QuotaDescriptionViews.Approval(d.facility.employer.fourEyesApproval,
                change && d.status == QuotaDescription.Status.IN_REVIEW && withheld == null, withheld);
    }

    private QuotaDescriptionViews.DescriptionSummary summary(QuotaDescription d) {
        return QuotaDescriptionViews.DescriptionSummary.from(d, documents.stored(d));
    }

    /** What the audit trail keeps of a version whose content changes: its state and its whole document. */
    private QuotaDescriptionViews.DescriptionView snapshot(QuotaDescription d) {
        QuotaDocument doc = documents.fromJson(d.document);
        return new QuotaDescriptionViews.DescriptionView(QuotaDescriptionViews.DescriptionSummary.from(d, doc), doc, null, null);
    }

    /** The version, locked for this transaction: of two concurrent lifecycle steps the second sees the first's result. */
    private QuotaDescription toChange(long id) {
        QuotaDescription d = QuotaDescription.<QuotaDescription>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("quota description", id));
        Facility.changeableBy(access, d.facility.id);
        return d;
    }

    private static JobRole roleOf(Facility facility, QuotaDocument document) {
        if (!facility.code.equals(document.facility().code())) {
            throw new InvalidInput("The document names facility " + document.facility().code() + " but is filed at "
                    + facility.code + ".", List.of(FieldError.field("facility.code", "must be " + facility.code)));
        }
        return JobRole.findByCode(facility, document.role().code())
                .orElseThrow(() -> new InvalidInput("Facility " + facility.code + " has no role " + document.role().code()
                        + "; add the role first.", List.of(FieldError.field("role.code", "is not a role of " + facility.code))));
    }

    private static String words(java.time.Duration d) {
        return d == null ? null : Format.period(d);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
