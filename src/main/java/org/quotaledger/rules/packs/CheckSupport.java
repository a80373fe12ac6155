package org.quotaledger.rules.packs;

import org.quotaledger.rules.Outcome;
import org.quotaledger.rules.Rules;
import org.quotaledger.rules.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Wording and verdict-list arithmetic shared by the record checks of every subject. */
final class CheckSupport {

    private CheckSupport() {
    }

    /** "14 days late": how far past its due day a thing came (or still has not). */
    static String late(LocalDate due, LocalDate on) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(due, on);
        return days + (days == 1 ? " day" : " days") + " late";
    }

    /** Two per-subject verdict lists of the same subjects, merged into the worse of each pair. */
    static List<Verdict> zipWorst(List<Verdict> a, List<Verdict> b) {
        if (a.size() != b.size()) {
            List<Verdict> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
        List<Verdict> merged = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            merged.add(Rules.worst(List.of(a.get(i), b.get(i))));
        }
        return merged;
    }

    /** Several timers reported under one rule: N/A parts are dropped unless every part is N/A. */
    @SafeVarargs
    static List<Verdict> combine(List<Verdict>... parts) {
        List<Verdict> all = new ArrayList<>();
        for (List<Verdict> part : parts) {
            if (part.stream().anyMatch(v -> v.outcome() != Outcome.N_A)) {
                all.addAll(part);
            }
        }
        return all.isEmpty() ? List.of(parts[0].getFirst()) : all;
    }
}
