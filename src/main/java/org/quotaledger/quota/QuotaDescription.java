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
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.JobRole;
import org.quotaledger.web.Conflict;

import java.time.Instant;
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
    public Instant filedAt = Instant.now();
    public Instant updatedAt = Instant.now();
    public Instant submittedAt;
    public Instant activatedAt;
    public String activatedBy;
    public Instant supersededAt;
    public String activationOverrideReason;

    public static QuotaDescription draft(Facility facility, JobRole role, int version, String documentJson, String filedBy) {
        var d = new QuotaDescription();
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
    public void revise(String documentJson) {
        if (!isEditable()) {
            throw new Conflict("Version " + version + " is " + status + ": what employees were told cannot be edited. File a new version instead.");
        }
        document = documentJson;
        updatedAt = Instant.now();
        // A revised draft goes back through review.
        status = Status.DRAFT;
        submittedAt = null;
    }

    public void submitForReview() {
        requireStatus(Status.DRAFT, "submitted for review");
        status = Status.IN_REVIEW;
        submittedAt = Instant.now();
    }

    /** Puts this version in force and retires the one it replaces, in the same transaction. */
    public void activate(QuotaDescription previous, String by, String overrideReason) {
        requireStatus(Status.IN_REVIEW, "activated");
        if (previous != null) {
            previous.supersede();
            // The partial unique index allows one ACTIVE version per role: retire the old one first.
            flush();
        }
        status = Status.ACTIVE;
        activatedAt = Instant.now();
        activatedBy = by;
        activationOverrideReason = overrideReason;
    }

    void supersede() {
        requireStatus(Status.ACTIVE, "superseded");
        status = Status.SUPERSEDED;
        supersededAt = Instant.now();
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
