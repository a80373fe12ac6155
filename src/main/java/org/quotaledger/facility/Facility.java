package org.quotaledger.facility;

import org.quotaledger.security.Access;
import org.quotaledger.security.FacilityScope;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.web.NotFound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A warehouse site. Its NAICS code and nonexempt headcounts decide whether a state's law covers it
 * (e.g. Cal. Lab. Code §2100: 100 at the site or 1,000 statewide); the registry's values are
 * authoritative over whatever a filed document claims. Headcounts are counted from the roster
 * ({@link #headcount}); the typed {@code siteNonexemptHeadcount} and {@code statewideNonexemptHeadcount} are
 * overrides, allowed only with a reason and always shown next to the counted figure.
 */
@Entity
public class Facility extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    public Employer employer;

    public String code;
    public String name;
    public String address;
    public String state;
    public String naicsCode;
    /** Override of the counted site headcount; null to use the count. */
    public Integer siteNonexemptHeadcount;
    /** Override of the counted statewide headcount; null to use the count. */
    public Integer statewideNonexemptHeadcount;
    /** Why the counted figures are overridden; required with an override. */
    public String headcountOverrideReason;
    /** Agency and staffing workers the employer controls at this site: they are not on the roster but count. */
    public int agencyWorkers;
    public boolean cbaCovered;
    public boolean cbaMetricsNegotiable;
    public boolean cbaRecordsRightEquivalent;
    /** The proposed federal Warehouse Worker Protection Act is not law; its pack runs only when a facility opts in. */
    public boolean federalOptIn;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<Facility> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** A facility the caller may see, or 404: one outside the caller's scope is never confirmed to exist. */
    public static Facility seenBy(Access access, long id) {
        return Facility.<Facility>findByIdOptional(id)
                .filter(f -> access.facilityScope().includes(f.id))
                .orElseThrow(() -> new NotFound("facility", id));
    }

    /** A facility the caller may change (admins, and managers of it); 404 if unseen, 403 if only readable. */
    public static Facility changeableBy(Access access, long id) {
        Facility facility = seenBy(access, id);
        access.requireManagement();
        return facility;
    }

    public static List<Facility> listVisible(FacilityScope scope) {
        if (scope.all()) {
            return list("order by code");
        }
        return scope.ids().isEmpty() ? List.of() : list("id in ?1 order by code", (Collection<Long>) scope.ids());
    }

    /**
     * The document's facility block as the registry knows it on {@code day}: the headcounts the rules use are the
     * overrides where typed, the roster's counts otherwise ({@link #headcount}).
     */
    public QuotaDocument.FacilityBlock toDocumentBlock(LocalDate day) {
        Headcount headcount = headcount(day);
        return new QuotaDocument.FacilityBlock(code, name, state, naicsCode, headcount.site(), headcount.statewide(),
                new QuotaDocument.CollectiveBargaining(cbaCovered, cbaMetricsNegotiable, cbaRecordsRightEquivalent));
    }

    /**
     * Nonexempt employees on the roster on {@code day} (hired, not yet separated) plus agency workers: at this site,
     * and at every site in the same state of this employer or of employers in its controlled group. One query,
     * whatever the number of employees.
     */
    public Headcount headcount(LocalDate day) {
        // By id in SQL alone, so it also answers for a facility read in an earlier session (pages and views).
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        with here as (select f.id, f.state, f.employer_id, m.controlled_group
                                        from facility f join employer m on m.id = f.employer_id where f.id = ?1),
                             sites as (select f.id, f.agency_workers from facility f join employer m on m.id = f.employer_id, here h
                                        where f.state = h.state and (f.employer_id = h.employer_id
                                              or (h.controlled_group is not null and m.controlled_group = h.controlled_group)))
                        select (select count(*) from employee e where e.facility_id = ?1 and not e.exempt and e.hire_date <= ?2
                                   and (e.separation_date is null or e.separation_date > ?2)),
                               (select count(*) from employee e join sites s on s.id = e.facility_id where not e.exempt
                                   and e.hire_date <= ?2 and (e.separation_date is null or e.separation_date > ?2)),
                               (select coalesce(sum(s.agency_workers), 0) from sites s),
                               (select count(*) from sites),
                               (select h.controlled_group from here h)""")
                .setParameter(1, id).setParameter(2, day).getSingleResult();
        return new Headcount(day, ((Number) row[0]).intValue(), agencyWorkers, ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), (String) row[4], siteNonexemptHeadcount,
                statewideNonexemptHeadcount, headcountOverrideReason);
    }
}
