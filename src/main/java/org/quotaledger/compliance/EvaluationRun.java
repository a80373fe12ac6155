package org.quotaledger.compliance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.quotaledger.facility.Facility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One run of the rules over a facility's records, kept so compliance officers can see the trend. */
@Entity
@Table(name = "evaluation_run")
public class EvaluationRun extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    public Facility facility;

    public Instant evaluatedAt;
    public LocalDate asOf;
    public String trigger;
    public int passCount;
    public int failCount;
    public int reviewCount;
    public int pendingCount;
    public int naCount;
    public long exposureCents;
    public String exposureText;

    /**
     * The exposure's count by rule and by employee ({@code PenaltyEstimate.byRule/byEmployee}) as JSON; null when no
     * schedule applies or for runs made before it was kept.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String exposureBreakdown;

    /** The findings as the rules returned them, JSON in the v1 spec's finding shape. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String findings;

    /** "$1,200": the exposure in whole dollars, for display. */
    public String exposureDollars() {
        return "$" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.US).format(exposureCents / 100);
    }

    /** This run's failures as a share of the largest count in a trend, for the trend bars. */
    public int failPercent(int max) {
        return max <= 0 ? 0 : failCount * 100 / max;
    }

    public static Optional<EvaluationRun> latest(Facility facility) {
        return find("facility = ?1 order by evaluatedAt desc, id desc", facility).firstResultOptional();
    }

    /** The latest run stored for this facility-local day. */
    public static Optional<EvaluationRun> latestAsOf(Facility facility, LocalDate day) {
        return find("facility = ?1 and asOf = ?2 order by evaluatedAt desc, id desc", facility, day).firstResultOptional();
    }

    /** A facility's counts in its latest run. */
    public record LatestCounts(String facilityCode, long failed, long needsReview) {
    }

    /**
     * Every facility's counts in its newest run of the newest day judged (index {@code evaluation_run_latest_idx},
     * migration V20): one row per facility evaluated at least once (none for a facility never judged: no figure is
     * not zero failures), however many runs each has.
     */
    public static List<LatestCounts> latestCountsByFacility() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select f.code, r.fail_count, r.review_count"
                + " from facility f join lateral (select fail_count, review_count from evaluation_run e where e.facility_id = f.id"
                + " order by e.as_of desc, e.evaluated_at desc, e.id desc limit 1) r on true").getResultList();
        return rows.stream().map(r -> new LatestCounts((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList();
    }

    public static List<EvaluationRun> recent(Facility facility, int count) {
        return find("facility = ?1 order by evaluatedAt desc, id desc", facility).page(0, count).list();
    }
}
