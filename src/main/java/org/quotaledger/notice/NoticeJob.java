package org.quotaledger.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.JobRole;

import java.time.Instant;
import java.util.List;

/**
 * Issuing notices to every employee of a facility (or of one role) in the background. The job is a row,
 * not a thread: whichever instance holds its lease works on it, and a restarted or different instance
 * carries on from the employees that have no notice of this job yet.
 */
@Entity
@Table(name = "notice_job")
public class NoticeJob extends PanacheEntity {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    public Facility facility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id")
    public JobRole role;

    @Enumerated(EnumType.STRING)
    public Status status = Status.QUEUED;

    public int total;
    public int done;
    public String createdBy;
    public Instant createdAt;
    public Instant startedAt;
    public Instant finishedAt;
    public String leaseOwner;
    public Instant leaseUntil;
    public String error;

    public int percent() {
        return total == 0 ? 100 : Math.min(100, done * 100 / total);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    public static List<NoticeJob> recent(Facility facility, int count) {
        return find("facility = ?1 order by createdAt desc, id desc", facility).page(0, count).list();
    }
}
