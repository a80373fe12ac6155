package org.quotaledger.compliance;

import org.quotaledger.notice.ActionableFindings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.FacilityViews;
import org.quotaledger.rules.FacilityFacts;
import org.quotaledger.rules.Finding;
import org.quotaledger.rules.Outcome;
import org.quotaledger.rules.PenaltyEstimate;
import org.quotaledger.rules.RulesService;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;
import org.quotaledger.time.AppClock;
import org.quotaledger.web.InvalidInput;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs the rules over a facility's records and keeps every run. A run happens on demand, and after changes to a
 * description, a delivery or the roster: debounced by {@link EvaluationWorker}, and at once when someone reads the
 * current run while a change still waits ({@link EvaluationRequests}), so the dashboard is never staler than the last
 * change.
 */
@ApplicationScoped
public class ComplianceService implements ActionableFindings {


    @Inject
    Access access;

    @Inject
    RulesService rules;

    @Inject
    FactsGatherer gatherer;

    @Inject
    ObjectMapper mapper;

    @Inject
    AppClock clock;

    @Inject
    MeterRegistry registry;

    @Inject
    EvaluationRequests requests;

    /**
     * An employee subject to an active description who has no written copy of it on time, or one working in a role
     * whose description is only a draft or in review ({@code version} null: no version in force describes their quotas).
     */
    public record MissingDelivery(String employeeNumber, String name, String roleCode, Integer version, LocalDate subjectSince,
                                  LocalDate deliveredOn) {
        public boolean late() {
            return deliveredOn != null;
        }

        public boolean undescribed() {
            return version == null;
        }
    }

    /**
     * What the dashboard shows for a facility-local day (today unless a past day was asked for): the evaluation as of
     * that day, what needs doing, who lacks a description, the stored runs and the month-by-month trend.
     *
     * @param current    whether {@code asOf} is today at the facility
     * @param mayEvaluate whether the viewer may store a new run (a regulator only reads)
     * @param mayDownloadPacket whether the viewer may download the audit packet (as the packet's resource allows)
     */
    public record Dashboard(FacilityViews.FacilityView facility, LocalDate asOf, boolean current, RunView run, List<Finding> actionable,
                            List<Finding> passed, List<MissingDelivery> missing, List<RunView> trend,
                            List<MonthPoint> monthly, boolean mayEvaluate, boolean mayDownloadPacket) {
    }

    /** The facility's standing at the end of a month (or on the dashboard's day, for the last point). */
    public record MonthPoint(LocalDate asOf, int failCount, int reviewCount, int pendingCount, long exposureCents) {
        public String exposureDollars() {
            return "$" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.US).format(exposureCents / 100);
        }

        /** Failures as a share of the largest count in the trend, for the bars. */
        public int failPercent(int max) {
            return max <= 0 ? 0 : failCount * 100 / max;
        }
    }

    /**
     * Evaluates on demand for a caller who may see the facility and stores the run: as of today, or as of a past
     * facility-local day, judging the facility as it stood at the end of that day.
     */
    @Transactional
    public RunView evaluate(long facilityId, LocalDate asOf) {
        Facility facility = Facility.seenBy(access, facilityId);
        LocalDate day = day(facility, asOf);
        String by = "on demand by " + access.username();
        if (day.equals(clock.today(facility.state))) {
            requests.take(facility.id);                         // this run answers every change made so far
        }
        return RunView.from(timed("on_demand", () -> store(evaluate(facility, day.equals(clock.today(facility.state)) ? by : "as of " + day + " " + by,
                gatherer.gather(facility, day)))));
    }

    @Override
    @Transactional(Transactional.TxType.NEVER)
    public List<Finding> actionable(long facilityId) {
        return dashboard(facilityId).actionable();
    }

    @Transactional(Transactional.TxType.NEVER)
    public Dashboard dashboard(long facilityId) {
        return dashboard(facilityId, null);
    }

    /** The dashboard as of a facility-local day; today's reuses the run stored today, a past day's is not stored. */
    @Transactional(Transactional.TxType.NEVER)
    public Dashboard dashboard(long facilityId, LocalDate asOf) {
        catchUp(facilityId, asOf);
        return QuarkusTransaction.requiringNew().call(() -> read(facilityId, asOf));
    }

    private Dashboard read(long facilityId, LocalDate asOf) {
        Facility facility = Facility.seenBy(access, facilityId);
        LocalDate today = clock.today(facility.state);
        LocalDate day = day(facility, asOf);
        boolean mayEvaluate = access.role() != Role.REGULATOR;
        // A regulator stores nothing: while a change waits for its run, they see the findings computed for them.
        boolean stale = day.equals(today) && !mayEvaluate && requests.pending(facility.id);
        FactsGatherer.Records records = gatherer.load(facility);
        FacilityFacts facts = records.asOf(day);
        EvaluationRun run = day.equals(today) && !stale
                ? EvaluationRun.latestAsOf(facility, today).orElseGet(() -> mayEvaluate
                    ? store(evaluate(facility, "first view of " + today, facts))
                    : evaluate(facility, "view of " + today, facts))
                : evaluate(facility, stale ? "re-checked for this view: changes since the last run" : "view as of " + day, facts);
        List<Finding> findings = findings(run);
        Comparator<Finding> order = Comparator.comparing((Finding f) -> f.outcome() == Outcome.FAIL ? 0 : f.outcome() == Outcome.NEEDS_REVIEW ? 1 : 2)
                .thenComparing(Finding::severity).thenComparing(Finding::ruleId);
        List<Finding> actionable = findings.stream()
                .filter(f -> f.outcome() == Outcome.FAIL || f.outcome() == Outcome.NEEDS_REVIEW || f.outcome() == Outcome.PENDING)
                .sorted(order).toList();
        List<Finding> passed = findings.stream().filter(f -> f.outcome() == Outcome.PASS).toList();
        return new Dashboard(FacilityViews.FacilityView.from(facility), day, day.equals(today), RunView.from(run), actionable,
                passed, missing(facts), EvaluationRun.recent(facility, 20).stream().map(RunView::from).toList(),
                monthly(facility, records, day), mayEvaluate,
                access.role() == Role.ADMIN || access.role() == Role.COMPLIANCE || access.role() == Role.REGULATOR);
    }

    /** The ends of the eleven months before {@code day}'s month, then {@code day} itself: one load, twelve cuts. */
    private List<MonthPoint> monthly(Facility facility, FactsGatherer.Records records, LocalDate day) {
        List<MonthPoint> points = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            LocalDate point = back == 0 ? day : YearMonth.from(day).minusMonths(back).atEndOfMonth();
            FacilityFacts facts = records.asOf(point);
            List<Finding> findings = rules.engine().checkFacility(facts);
            long cents = rules.engine().exposure(facility.state, findings, facts)
                    .map(p -> p.total().multiply(BigDecimal.valueOf(100)).longValueExact()).orElse(0L);
            points.add(new MonthPoint(point, count(findings, Outcome.FAIL), count(findings, Outcome.NEEDS_REVIEW),
                    count(findings, Outcome.PENDING), cents));
        }
        return points;
    }

    /** The day an evaluation is asked for: today at the facility when none is given; never a day still to come. */
    private LocalDate day(Facility facility, LocalDate asOf) {
        LocalDate today = clock.today(facility.state);
        if (asOf == null) {
            return today;
        }
        if (asOf.isAfter(today)) {
            throw InvalidInput.badParameter("asOf", "is after today at " + facility.code + " (" + today + ")",
                    "An evaluation judges the facility as it stood at the end of a day that has begun; " + asOf
                            + " has not yet begun at " + facility.code + " (" + facility.state + "), where it is " + today + ".");
        }
        return asOf;
    }

    @Transactional(Transactional.TxType.NEVER)
    public List<RunView> history(long facilityId) {
        catchUp(facilityId, null);
        return QuarkusTransaction.requiringNew().call(() -> EvaluationRun.recent(Facility.seenBy(access, facilityId), 100)
                .stream().map(RunView::from).toList());
    }

    /**
     * Before a read of today's standing by someone who may store runs: stores the run that answers the facility's
     * waiting changes, if any, so nothing stale is read as current. In a transaction of its own that ends before the
     * read's begins: the request's row lock is not held while the reader goes on, and a reader never holds two pooled
     * connections at once (as many readers as the pool has connections, each waiting for a second, would stop them all).
     */
    private void catchUp(long facilityId, LocalDate asOf) {
        QuarkusTransaction.requiringNew().run(() -> {
            Facility facility = Facility.seenBy(access, facilityId);
            if (access.role() != Role.REGULATOR && day(facility, asOf).equals(clock.today(facility.state))) {
                requests.take(facility.id).ifPresent(this::evaluateChanges);
            }
        });
    }

    public List<Finding> findings(EvaluationRun run) {
        try {
            return mapper.readValue(run.findings, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the run answering a facility's waiting changes, in the transaction that took their request. */
    void evaluateChanges(EvaluationRequests.Pending pending) {
        Facility.<Facility>findByIdOptional(pending.facilityId()).ifPresent(facility -> timed("change",
                () -> store(evaluate(facility, pending.trigger(), gatherer.gather(facility, clock.today(facility.state))))));
    }

    /**
     * The findings of the rules over the facts of one day, without a database write: the facility's figures as of
     * any day, for whoever asks (a stored run is {@link #store}d).
     */
    public EvaluationRun evaluateAsOf(Facility facility, LocalDate day, String trigger) {
        return timed("as_of", () -> evaluate(facility, trigger, gatherer.gather(facility, day)));
    }

    /**
     * How long gathering a facility's records and judging them took, on this instance ({@code /q/metrics}:
     * {@code quotaledger_evaluation_duration_seconds}, summed across instances), by what asked for it: on demand, a
     * committed change, or a past day's figures (audit packets).
     */
    private <T> T timed(String cause, Supplier<T> evaluation) {
        return Timer.builder("quotaledger.evaluation.duration")
                .description("Evaluations of a facility's records by the rules, gathering included (per instance: sum() across instances)")
                .tag("cause", cause)
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5),
                        Duration.ofSeconds(30))
                .register(registry).record(evaluation);
    }

    /** A facility's latest judgement: failed findings, and findings that need a person's review. */
    public record StandingFindings(long failed, long needsReview) {
    }

    /**
     * Each facility's findings in its newest stored run of the newest day judged (a stored run of a past day, asked for
     * on demand, does not hide today's), by facility code; a facility never evaluated is left out. The operator's figures
     * ({@code /q/metrics}), not any caller's, so no scope applies.
     */
    @Transactional
    public Map<String, StandingFindings> findingsByFacility() {
        Map<String, StandingFindings> byFacility = new TreeMap<>();
        EvaluationRun.latestCountsByFacility().forEach(c -> byFacility.put(c.facilityCode(),
                new StandingFindings(c.failed(), c.needsReview())));
        return byFacility;
    }

    private EvaluationRun store(EvaluationRun run) {
        run.persist();
        return run;
    }

    private EvaluationRun evaluate(Facility facility, String trigger, FacilityFacts facts) {
        LocalDate today = facts.evaluatedOn();
        List<Finding> findings = rules.engine().checkFacility(facts);
        Optional<PenaltyEstimate> exposure = rules.engine().exposure(facility.state, findings, facts);
        var run = new EvaluationRun();
        run.evaluatedAt = clock.now();
        run.facility = facility;
        run.asOf = today;
        run.trigger = trigger.length() > 255 ? trigger.substring(0, 254) + "…" : trigger;
        run.passCount = count(findings, Outcome.PASS);
        run.failCount = count(findings, Outcome.FAIL);
        run.reviewCount = count(findings, Outcome.NEEDS_REVIEW);
        run.pendingCount = count(findings, Outcome.PENDING);
        run.naCount = count(findings, Outcome.N_A);
        run.exposureCents = exposure.map(p -> p.total().multiply(BigDecimal.valueOf(100)).longValueExact()).orElse(0L);
        run.exposureText = exposure.map(p -> p.formula() + " (" + p.citation() + ")")
                .orElse("No penalty schedule is known for " + facility.state + ".");
        run.exposureBreakdown = exposure.map(Exposure::json).orElse(null);
        try {
            run.findings = mapper.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return run;
    }

    /**
     * Nonexempt, still employed, subject to an active version, and without a written copy by the day it applied; and
     * everyone working in a role whose description is only a draft or in review, who has no description at all.
     */
    static List<MissingDelivery> missing(FacilityFacts facts) {
        List<MissingDelivery> missing = new ArrayList<>(Exposure.undescribed(facts));
        for (FacilityFacts.Employee e : facts.employees()) {
            if (e.exempt() || e.roleCode() == null || e.separatedBefore(facts.evaluatedOn()) || Exposure.excluded(facts, e)) {
                continue;
            }
            facts.descriptionFor(e.roleCode()).ifPresent(d -> {
                LocalDate subjectSince = d.effectiveOn() == null || e.hireDate().isAfter(d.effectiveOn()) ? e.hireDate() : d.effectiveOn();
                if (subjectSince.isAfter(facts.evaluatedOn()) || e.separatedBefore(subjectSince)) {
                    return;
                }
                Optional<LocalDate> delivered = e.deliveries().stream()
                        .filter(x -> x.roleCode().equals(d.roleCode()) && x.version() == d.version() && x.channel().written())
                        .map(FacilityFacts.Delivery::deliveredOn).min(Comparator.naturalOrder());
                if (delivered.isEmpty() || delivered.get().isAfter(subjectSince)) {
                    missing.add(new MissingDelivery(e.number(), e.name(), e.roleCode(), d.version(), subjectSince, delivered.orElse(null)));
                }
            });
        }
        return missing;
    }

    private static int count(List<Finding> findings, Outcome outcome) {
        return (int) findings.stream().filter(f -> f.outcome() == outcome).count();
    }
}
