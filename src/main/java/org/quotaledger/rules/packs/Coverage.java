package org.quotaledger.rules.packs;

import org.quotaledger.quota.QuotaDocument.FacilityBlock;
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
final class Coverage {

    private Coverage() {
    }

    /**
     * NAICS scope. {@code codes} holds exact six-digit codes or three-digit prefixes; {@code excluded}
     * wins over both. NAICS 2022 retail codes (44–45) that absorbed 454110 need a person to judge.
     */
    static Function<FacilityBlock, Verdict> naics(Set<String> codes, Set<String> excluded, String scope) {
        return naics(codes, excluded, Set.of(), scope);
    }

    /** As {@link #naics(Set, Set, String)}, with codes that mix covered and excluded activities. */
    static Function<FacilityBlock, Verdict> naics(Set<String> codes, Set<String> excluded, Set<String> mixed,
                                                  String scope) {
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

    /** At least {@code site} nonexempt employees at the site or {@code statewide} in the state. */
    static Function<FacilityBlock, Verdict> threshold(int site, int statewide, String state) {
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
            long covered = e.facts().employees().size() - exempt;
            return List.of(covered == 0 ? Verdict.na("No nonexempt employee on record.")
                    : Verdict.pass(covered + " nonexempt employee(s) protected; " + exempt + " exempt employee(s) excluded."));
        };
    }

    private static String count(Integer n) {
        return n == null ? "unknown" : n.toString();
    }
}
