package org.quotaledger.facility;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.quotaledger.law.JobFunction;

import java.util.List;
import java.util.Optional;

/** A job role at one facility (picker, stower...). Called "job role" so it is never confused with a security role. */
@Entity
@Table(name = "job_role")
public class JobRole extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    public Facility facility;

    public String code;
    public String title;

    /** What the role's people mainly do; drivers, couriers and office staff are outside some statutes. */
    @Enumerated(EnumType.STRING)
    public JobFunction jobFunction = JobFunction.WAREHOUSE;

    public static Optional<JobRole> findByCode(Facility facility, String code) {
        return find("facility = ?1 and code = ?2", facility, code).firstResultOptional();
    }

    public static List<JobRole> listFor(Facility facility) {
        return list("facility = ?1 order by code", facility);
    }
}
