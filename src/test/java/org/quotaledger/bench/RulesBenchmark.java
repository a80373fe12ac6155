package org.quotaledger.bench;

import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.Basis;
import org.quotaledger.document.QuotaDocument.CollectiveBargaining;
import org.quotaledger.document.QuotaDocument.FacilityBlock;
import org.quotaledger.document.QuotaDocument.Jurisdiction;
import org.quotaledger.document.QuotaDocument.Kind;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.document.QuotaDocument.RoleRef;
import org.quotaledger.document.QuotaDocument.TimeOffTask;
import org.quotaledger.rules.Finding;
import org.quotaledger.rules.RulesEngine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Checks 10,000 generated quota descriptions through {@link RulesEngine#check} on one thread and prints
 * documents per second. Not a test: run it with {@code bench/rules.sh}. A plain loop with warm-up rounds
 * (no JMH on the mirror); the best of the measured rounds is reported, as JIT and GC noise only slow a round.
 */
public final class RulesBenchmark {

    private RulesBenchmark() {
    }

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<QuotaDocument> docs = generate(documents, new Random(42));
        RulesEngine engine = new RulesEngine();

        long sink = 0;
        for (int round = 0; round < 5; round++) {
            sink += runOnce(engine, docs);
        }
        double best = Double.MAX_VALUE;
        long findings = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            findings = runOnce(engine, docs);
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf("round %d: %,d documents in %.3f s = %,.0f documents/s%n", round + 1, documents, seconds,
                    documents / seconds);
            sink += findings;
        }
        System.out.printf("RESULT: %,.0f documents/s (best of 5 rounds, one thread, %,d findings per round, java %s)%n",
                documents / best, findings, Runtime.version());
        if (sink == 42) {
            System.out.println();
        }
    }

    private static long runOnce(RulesEngine engine, List<QuotaDocument> docs) {
        long findings = 0;
        for (QuotaDocument doc : docs) {
            List<Finding> result = engine.check(doc);
            findings += result.size();
        }
        return findings;
    }

    /** A mix of states, compliant and defective documents, rankings and one to five quotas each. */
    static List<QuotaDocument> generate(int n, Random random) {
        Jurisdiction[] jurisdictions = Jurisdiction.values();
        List<QuotaDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Jurisdiction j = jurisdictions[i % jurisdictions.length];
            boolean defective = random.nextInt(3) == 0;
            List<Quota> quotas = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int q = 0; q < count; q++) {
                Kind kind = random.nextInt(10) == 0 ? Kind.RELATIVE : Kind.values()[random.nextInt(3)];
                boolean missing = defective && random.nextBoolean();
                quotas.add(new Quota("Quota " + q, kind, "task " + q,
                        missing || kind == Kind.RELATIVE ? null : BigDecimal.valueOf(50 + random.nextInt(200)), "units",
                        missing ? null : Duration.ofMinutes(15L * (1 + random.nextInt(48))), Basis.INDIVIDUAL,
                        "Scanner events", missing ? null : List.of("Coaching after two shifts below rate")));
            }
            List<ProtectedActivity> excluded = defective
                    ? Arrays.asList(ProtectedActivity.MEAL_PERIOD, ProtectedActivity.REST_PERIOD)
                    : Arrays.asList(ProtectedActivity.values());
            String naics = random.nextInt(20) == 0 ? "493130" : "493110";
            FacilityBlock facility = new FacilityBlock("F" + i, "Site " + i, j == Jurisdiction.US ? "CA" : j.name(), naics,
                    50 + random.nextInt(2000), 500 + random.nextInt(10_000), new CollectiveBargaining(false, false, false));
            docs.add(new QuotaDocument(QuotaDocument.SCHEMA, j, facility, new RoleRef("PICK", "Picker"),
                    Duration.ofHours(8 + random.nextInt(4)), false, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)),
                    List.of("en", "es"), defective ? List.of("en", "es", "vi") : List.of("en", "es"), quotas,
                    new TimeOffTask(true, Duration.ofMinutes(30), excluded), defective, List.of("Written warning"),
                    defective, List.of(), !defective));
        }
        return docs;
    }
}
