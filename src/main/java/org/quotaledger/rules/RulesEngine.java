package org.quotaledger.rules;

import org.quotaledger.law.StateLaws;
import org.quotaledger.document.QuotaDocument;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs rule packs. Pure: no database, no CDI; the application wraps it in a bean.
 *
 * <p>Coverage (v1 spec): the pack's coverage rules run first; when one of them finds the site or the
 * employer outside the law (its verdict is N/A), every other rule of the pack, the other coverage rules
 * included, reports N/A saying why. A rule
 * whose {@link RuleEntry#effectiveFrom()} is after the evaluation day reports N/A ("not in force"): a
 * document is evaluated on its {@code effectiveDate} (today when absent), a facility on
 * {@link FacilityFacts#evaluatedOn()}.
 */
public final class RulesEngine {

    private final RulePacks packs;
    private final Clock clock;

    /** The standard packs on the system clock (tests, benchmarks); the application passes its one clock. */
    public RulesEngine() {
        this(RulePacks.standard(), Clock.systemUTC());
    }

    public RulesEngine(RulePacks packs, Clock clock) {
        this.packs = packs;
        this.clock = clock;
    }

    public RulePacks packs() {
        return packs;
    }

    /**
     * Checks one document against the pack of its {@code jurisdiction}: one finding per rule, and one per
     * quota ({@code quotas[i]}) for rules that apply to each quota. Rules that need registry records
     * report N/A.
     */
    public List<Finding> check(QuotaDocument document) {
        if (document.quotas() == null) {
            // Bean validation normally rejects this; the rules read "no quotas" rather than fail on null.
            document = document.withQuotas(List.of());
        }
        String jurisdiction = document.jurisdiction().name();
        // Without an effective date a document is judged as of today where its jurisdiction is.
        LocalDate on = document.effectiveDate() != null ? document.effectiveDate()
                : clock.instant().atZone(StateLaws.zone(jurisdiction)).toLocalDate();
        RulePack pack = packs.pack(jurisdiction).orElseThrow(
                () -> new IllegalArgumentException("No rule pack for jurisdiction " + jurisdiction));
        return evaluate(pack, document, null, on);
    }

    /**
     * Checks a facility's registry records against its state's pack, and the federal pack when the
     * facility opted in. Document rules run on each active description (subject {@code description
     * ROLE vN …}); timing, language, request and adverse-action rules report per employee, request or
     * action. A state without a pack yields only its status rules (e.g. Illinois) or nothing.
     */
    public List<Finding> checkFacility(FacilityFacts facts) {
        List<Finding> findings = new ArrayList<>();
        packs.pack(facts.state()).ifPresent(pack -> findings.addAll(evaluate(pack, null, facts, facts.evaluatedOn())));
        if (facts.federalOptIn() && !StateLaws.FEDERAL.equals(facts.state())) {
            packs.pack(StateLaws.FEDERAL).ifPresent(pack -> findings.addAll(evaluate(pack, null, facts, facts.evaluatedOn())));
        }
        return findings;
    }

    /** The penalty exposure of a facility check's findings for one jurisdiction (see {@link PenaltyEstimate}). */
    public Optional<PenaltyEstimate> exposure(String jurisdiction, List<Finding> findings, FacilityFacts facts) {
        return PenaltyEstimate.fromFindings(jurisdiction, findings, facts);
    }

    private List<Finding> evaluate(RulePack pack, QuotaDocument document, FacilityFacts facts, LocalDate on) {
        List<Finding> findings = new ArrayList<>(pack.entries().size() + 8);
        String outOfLaw = null;
        List<List<Verdict>> coverage = new ArrayList<>();
        for (RuleEntry entry : pack.entries()) {
            if (!entry.coverage()) {
                continue;
            }
            List<Verdict> verdicts = run(entry, new Evaluation(pack.jurisdiction(), document, facts, on, List.of()));
            coverage.add(verdicts);
            if (outOfLaw == null && entry.inForceOn(on)
                    && verdicts.stream().anyMatch(v -> v.outcome() == Outcome.N_A)) {
                outOfLaw = verdicts.stream().filter(v -> v.outcome() == Outcome.N_A).findFirst().orElseThrow().message();
            }
        }
        int coverageIndex = 0;
        for (RuleEntry entry : pack.entries()) {
            List<Verdict> verdicts;
            List<Verdict> own = entry.coverage() ? coverage.get(coverageIndex++) : null;
            if (own != null && (outOfLaw == null || own.stream().allMatch(v -> v.outcome() == Outcome.N_A))) {
                verdicts = own;
            } else if (outOfLaw != null) {
                verdicts = List.of(Verdict.na(pack.law() + " does not apply: " + outOfLaw));
            } else {
                verdicts = run(entry, new Evaluation(pack.jurisdiction(), document, facts, on, List.copyOf(findings)));
            }
            for (Verdict verdict : verdicts) {
                findings.add(Finding.of(entry, verdict));
            }
        }
        return findings;
    }

    private static List<Verdict> run(RuleEntry entry, Evaluation evaluation) {
        if (!entry.inForceOn(evaluation.on())) {
            return List.of(Verdict.na("Not in force on " + evaluation.on() + ": " + entry.section()
                    + (entry.effectiveFrom() != null ? " applies from " + entry.effectiveFrom() : " no longer applies")
                    + "."));
        }
        try {
            List<Verdict> verdicts = entry.rule().check(evaluation);
            return verdicts.isEmpty() ? List.of(Verdict.na("Nothing to check.")) : verdicts;
        } catch (RuntimeException e) {
            // One malformed record must not hide every other finding; a person looks at this one.
            return List.of(Verdict.review("Could not evaluate this rule on the data given (" + e + ")."));
        }
    }
}
