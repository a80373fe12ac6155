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

    public static List<EvaluationRun> recent(Facility facility, int count) {
        return find("facility = ?1 order by evaluatedAt desc, id desc", facility).page(0, count).list();
    }
}
