package org.quotaledger.facility;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import org.quotaledger.quota.QuotaDocument;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A warehouse site. Its NAICS code and nonexempt headcounts decide whether a state's law covers it
 * (e.g. Cal. Lab. Code §2100: 100 at the site or 1,000 statewide); the registry's values are
 * authoritative over whatever a filed document claims.
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
    public Integer siteNonexemptHeadcount;
    public Integer statewideNonexemptHeadcount;
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

    /** The document's facility block as the registry knows it. */
    public QuotaDocument.FacilityBlock toDocumentBlock() {
        return new QuotaDocument.FacilityBlock(code, name, state, naicsCode, siteNonexemptHeadcount,
                statewideNonexemptHeadcount,
                new QuotaDocument.CollectiveBargaining(cbaCovered, cbaMetricsNegotiable, cbaRecordsRightEquivalent));
    }
}
