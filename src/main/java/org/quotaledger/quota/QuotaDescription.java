package org.quotaledger.quota;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.quotaledger.database.SqlRead;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.JobRole;
import org.quotaledger.web.Conflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of the written description of a role's quotas (Cal. Lab. Code §2101). Versions move
 * DRAFT → IN_REVIEW → ACTIVE → SUPERSEDED; what was ACTIVE is what employees were told, so from then
 * on the version never changes (the database refuses it too, see migration V1).
 */
@Entity
@Table(name = "quota_description")
public class QuotaDescription extends PanacheEntity {

    public enum Status { DRAFT, IN_REVIEW, ACTIVE, SUPERSEDED }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    public Facility facility;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id")
    public JobRole role;

    public int version;

    @Enumerated(EnumType.STRING)
    public Status status = Status.DRAFT;

    /** The v1 document as filed, stored as JSON text so it reads back exactly as it was written. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String document;

    public String filedBy;
    /** Who last replaced the content of the draft; null until someone does. Under four-eyes approval they may not decide it. */
    public String revisedBy;
    public Instant filedAt;
    public Instant updatedAt;
    public Instant submittedAt;
    /** When the version was decided (transaction time); never when it applies, see {@link #effectiveOn}. */
    public Instant activatedAt;
    public String activatedBy;
    /**
     * The first facility-local day employees are subject to this version (valid time): the document's
     * {@code effectiveDate}, or the day of activation when it names none. Fixed at activation.
     */
    public LocalDate effectiveOn;
    /** Why a version was activated with an effective date already in the past; required then. */
    public String backdateReason;
    public Instant supersededAt;
    public String activationOverrideReason;

    public static QuotaDescription draft(Facility facility, JobRole role, int version, String documentJson, String filedBy,
                                         Instant now) {
        var d = new QuotaDescription();
        d.filedAt = now;
        d.updatedAt = now;
        d.facility = facility;
        d.role = role;
        d.version = version;
        d.document = documentJson;
        d.filedBy = filedBy;
        return d;
    }

    public static int nextVersion(JobRole role) {
        Integer max = getEntityManager()
                .createQuery("select max(d.version) from QuotaDescription d where d.role = ?1", Integer.class)
                .setParameter(1, role).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public static Optional<QuotaDescription> findActive(JobRole role) {
        return find("role = ?1 and status = ?2", role, Status.ACTIVE).firstResultOptional();
    }

    public static Optional<QuotaDescription> findVersion(JobRole role, int version) {
        return find("role = ?1 and version = ?2", role, version).firstResultOptional();
    }

    public static List<QuotaDescription> listFor(Facility facility) {
        return list("from QuotaDescription d join fetch d.role where d.facility = ?1 order by d.role.code, d.version desc", facility);
    }

    public static List<QuotaDescription> history(JobRole role) {
        return list("role = ?1 order by version desc", role);
    }

    public boolean isEditable() {
        return status == Status.DRAFT || status == Status.IN_REVIEW;
    }

    /** Replaces the content of a version nobody has been given yet. */
    public void revise(String documentJson, String by, Instant now) {
        if (!isEditable()) {
            throw new Conflict("Version " + version + " is " + status + ": what employees were told cannot be edited. File a new version instead.");
        }
        document = documentJson;
        updatedAt = now;
        revisedBy = by;
        // A revised draft goes back through review.
        status = Status.DRAFT;
        submittedAt = null;
    }

    public void submitForReview(Instant now) {
        requireStatus(Status.DRAFT, "submitted for review");
        status = Status.IN_REVIEW;
        submittedAt = now;
    }

    /**
     * Decides this version: it becomes the role's ACTIVE (latest decided) version and the one it replaces is
     * SUPERSEDED, in the same transaction. When employees are subject to it is {@code effectiveOn}, which may lie
     * in the future (the version is then scheduled and its predecessor stays in force until the day before, see
     * {@link ValidTime}).
     */
    public void activate(QuotaDescription previous, String by, String overrideReason, LocalDate effectiveOn,
                         String backdateReason, Instant now) {
        requireActivatableBy(by);
        if (previous != null) {
            previous.supersede(now);
            // The partial unique index allows one ACTIVE version per role: retire the old one first.
            flush();
        }
        status = Status.ACTIVE;
        activatedAt = now;
        activatedBy = by;
        activationOverrideReason = overrideReason;
        this.effectiveOn = effectiveOn;
        this.backdateReason = backdateReason;
    }

    /**
     * Refuses a step out of order, and, when the employer wants four-eyes approval, the person whose content this is:
     * checked before anything else about the activation, so they learn first that it is not theirs to decide.
     */
    public void requireActivatableBy(String user) {
        requireStatus(Status.IN_REVIEW, "activated");
        String refusal = fourEyesRefusal(user);
        if (refusal != null) {
            throw new Conflict(refusal);
        }
    }

    /**
     * Why four-eyes approval keeps this user from activating the version, or null when it does not: the employer asks
     * for it and the user filed the version or last revised its content.
     */
    public String fourEyesRefusal(String user) {
        if (!facility.employer.fourEyesApproval || user == null) {
            return null;
        }
        boolean filed = user.equals(filedBy);
        boolean revised = user.equals(revisedBy);
        if (!filed && !revised) {
            return null;
        }
        String who = filed && revised ? "filed and last revised" : filed ? "filed" : "last revised";
        // Who may activate stays with Access.canChange (admins and the facility's managers): the message names them.
        return "Four-eyes approval: the person who filed or last revised version " + version + " cannot also activate it ("
                + user + " " + who + " it); another manager of " + facility.code + " or an admin must.";
    }

    void supersede(Instant now) {
        requireStatus(Status.ACTIVE, "superseded");
        status = Status.SUPERSEDED;
        supersededAt = now;
    }

    /** Versions of a role that were decided (ACTIVE or SUPERSEDED), oldest first: the input of {@link ValidTime}. */
    public static List<QuotaDescription> decided(JobRole role) {
        return list("from QuotaDescription d join fetch d.role where d.role = ?1 and d.activatedAt is not null"
                + " order by d.version", role);
    }

    /**
     * The decided versions of the role the employee holds now, oldest first, without their documents (none when they
     * hold no role): plain SQL, so the employee's page reads it in the same round trip as their lists. The document of
     * the one in force comes from {@link QuotaDocuments#decided}, parsed once.
     */
    public static SqlRead<QuotaDescriptionViews.DecidedVersion> decidedForEmployee(long employeeId) {
        return SqlRead.of("""
                select d.id, d.version, d.status, d.effective_on
                from quota_description d join employee e on e.role_id = d.role_id
                where e.id = ? and d.activated_at is not null order by d.version""",
                row -> new QuotaDescriptionViews.DecidedVersion(row.getLong("id"), row.getInt("version"),
                        Status.valueOf(row.getString("status")), SqlRead.date(row, "effective_on")),
                employeeId);
    }

    /** The stored document of a decided version, or no result when the version is not decided. */
    public static String decidedDocument(long id) {
        return getEntityManager().createQuery(
                        "select d.document from QuotaDescription d where d.id = ?1 and d.activatedAt is not null", String.class)
                .setParameter(1, id).getSingleResult();
    }

    /** The version of a role in force on a facility-local day (see {@link ValidTime}). */
    public static Optional<QuotaDescription> inForceOn(JobRole role, LocalDate day) {
        return ValidTime.inForceOn(day, decided(role));
    }

    /** The version of each role of a facility in force on a facility-local day, by role code. */
    public static List<QuotaDescription> inForceOn(Facility facility, LocalDate day) {
        return decided(facility).stream().collect(java.util.stream.Collectors.groupingBy(d -> d.role.id)).values().stream()
                .map(versions -> ValidTime.inForceOn(day, versions)).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(d -> d.role.code)).toList();
    }

    /** The decided versions of every role of a facility, oldest first. */
    public static List<QuotaDescription> decided(Facility facility) {
        return list("from QuotaDescription d join fetch d.role where d.facility = ?1 and d.activatedAt is not null"
                + " order by d.role.code, d.version", facility);
    }

    public void requireDeletable() {
        if (status != Status.DRAFT) {
            throw new Conflict("Version " + version + " is " + status + "; only drafts can be deleted.");
        }
    }

    private void requireStatus(Status expected, String action) {
        if (status != expected) {
            throw new Conflict("Version " + version + " is " + status + " and cannot be " + action
                    + "; it must be " + expected + " first.");
        }
    }
}
