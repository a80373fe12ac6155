package org.quotaledger.facility;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import org.quotaledger.quota.QuotaDocument;

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
     * and at every site in the same state of this employer or of employers in its controlled group. Two queries,
     * whatever the number of employees.
     */
    public Headcount headcount(LocalDate day) {
        var em = getEntityManager();
        String group = employer.controlledGroup;
        Object[] rows = (Object[]) em.createNativeQuery("""
                        select count(e.id) filter (where f.id = ?1),
                               count(e.id),
                               count(distinct f.id)
                          from facility f
                          join employer m on m.id = f.employer_id
                          left join employee e on e.facility_id = f.id and not e.exempt and e.hire_date <= ?2
                                and (e.separation_date is null or e.separation_date > ?2)
                         where f.state = ?3 and (f.employer_id = ?4 or (cast(?5 as varchar) is not null and m.controlled_group = ?5))""")
                .setParameter(1, id).setParameter(2, day).setParameter(3, state).setParameter(4, employer.id)
                .setParameter(5, group).getSingleResult();
        Number agency = (Number) em.createNativeQuery("""
                        select coalesce(sum(f.agency_workers), 0)
                          from facility f join employer m on m.id = f.employer_id
                         where f.state = ?1 and (f.employer_id = ?2 or (cast(?3 as varchar) is not null and m.controlled_group = ?3))""")
                .setParameter(1, state).setParameter(2, employer.id).setParameter(3, group).getSingleResult();
        return new Headcount(day, ((Number) rows[0]).intValue(), agencyWorkers, ((Number) rows[1]).intValue(),
                agency.intValue(), ((Number) rows[2]).intValue(), group, siteNonexemptHeadcount,
                statewideNonexemptHeadcount, headcountOverrideReason);
    }
}
