package org.quotaledger.rules.packs;

import org.quotaledger.law.Coverage;
import org.quotaledger.law.StateLaw;
import org.quotaledger.document.QuotaDocument.FacilityBlock;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.Rule;
import org.quotaledger.rules.Verdict;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Coverage tests shared by the packs: the NAICS scope of a "warehouse distribution center" and the
 * 100 / 250 / 1,000 headcount thresholds, which every state words the same way with different numbers.
 */
final class CoverageChecks {

    private CoverageChecks() {
    }

    /**
     * NAICS scope of the law ({@link Coverage#naics()}): exact six-digit codes or three-digit prefixes; the
     * excluded codes win over both. NAICS 2022 retail codes (44–45) that absorbed 454110 need a person to judge.
     */
    static Function<FacilityBlock, Verdict> naics(StateLaw law) {
        Coverage coverage = law.coverage().orElseThrow();
        Set<String> codes = coverage.naics();
        Set<String> excluded = coverage.excludedNaics();
        Set<String> mixed = coverage.mixedNaics();
        String scope = coverage.naicsScope();
        return facility -> {
            String code = facility.naicsCode();
            if (code == null || code.isBlank()) {
                return Verdict.review("The facility has no NAICS code. Question: what is the site's six-digit "
                        + "NAICS code? In scope: " + scope + ".");
            }
            if (excluded.contains(code)) {
                return Verdict.na("NAICS " + code + " is excluded from the law (in scope: " + scope + ").");
            }
            if (mixed.contains(code)) {
                return Verdict.review("NAICS " + code + " mixes covered and excluded activities. Question: which "
                        + "activity does the site mainly carry out? In scope: " + scope + ".");
            }
            if (codes.contains(code) || (code.length() >= 3 && codes.contains(code.substring(0, 3)))) {
                return Verdict.pass("NAICS " + code + " is a warehouse distribution center in scope.");
            }
            if (code.startsWith("44") || code.startsWith("45")) {
                return Verdict.review("NAICS " + code + " is a retail code; NAICS 2022 moved electronic shopping "
                        + "(454110) into retail. Question: is the site an e-commerce fulfilment center?");
            }
            return Verdict.na("NAICS " + code + " is not in scope (in scope: " + scope + ").");
        };
    }

    /** At least the law's site threshold of nonexempt employees at the site, or its statewide threshold in the state. */
    static Function<FacilityBlock, Verdict> threshold(StateLaw law) {
        int site = law.coverage().orElseThrow().siteThreshold();
        int statewide = law.coverage().orElseThrow().statewideThreshold();
        String state = law.name();
        return facility -> {
            Integer here = facility.siteNonexemptHeadcount();
            Integer all = facility.statewideNonexemptHeadcount();
            if ((here != null && here >= site) || (all != null && all >= statewide)) {
                return Verdict.pass("Covered employer: " + count(here) + " nonexempt at the site, " + count(all)
                        + " in " + state + " (thresholds " + site + " / " + statewide + ").");
            }
            if (here != null && all != null) {
                return Verdict.na("Below the thresholds: " + here + " nonexempt at the site (< " + site + ") and "
                        + all + " in " + state + " (< " + statewide + ").");
            }
            return Verdict.review("Headcount incomplete (site " + count(here) + ", " + state + " " + count(all)
                    + "). Question: how many nonexempt employees, agency workers the employer controls included, "
                    + "work at the site and at all " + state + " sites of the controlled group?");
        };
    }

    /** Protection attaches to nonexempt employees; a document is about a role that is subject to quotas. */
    static Rule employees(boolean onlyIfSubjectToQuota, String excluded) {
        return (Evaluation e) -> {
            if (e.isDocumentCheck()) {
                if (onlyIfSubjectToQuota && e.document().quotas().isEmpty()) {
                    return List.of(Verdict.na("The role is subject to no quota, so its employees are not covered employees."));
                }
                return List.of(Verdict.pass("The role's nonexempt employees are protected; " + excluded
                        + " are excluded, which is checked per employee on the registry's records."));
            }
            long exempt = e.facts().employees().stream().filter(x -> x.exempt()).count();
            long byFunction = e.facts().employees().stream()
                    .filter(x -> !x.exempt() && DeliveryChecks.excludedByFunction(e.law(), x)).count();
            long covered = e.facts().employees().size() - exempt - byFunction;
            String functions = byFunction == 0 ? "" : "; " + byFunction + " excluded by their role's job function ("
                    + String.join(", ", e.law().coverage().orElseThrow().excludedFunctions().stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).sorted().toList())
                    + ": " + e.law().coverage().orElseThrow().exclusionCitation() + ")";
            return List.of(covered == 0 ? Verdict.na("No covered employee on record (" + exempt + " exempt" + functions + ").")
                    : Verdict.pass(covered + " nonexempt employee(s) protected; " + exempt + " exempt employee(s) excluded"
                    + functions + "."));
        };
    }

    private static String count(Integer n) {
        return n == null ? "unknown" : n.toString();
    }
}
