package org.quotaledger.rules;

import org.quotaledger.rules.FacilityFacts.Employee;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A civil-penalty exposure estimate: violations × amount per violation, with the formula spelled out
 * so a reader can check it. It is an estimate for prioritising, never a legal conclusion.
 *
 * <ul>
 * <li>CA: $100 per violation, the Cal. Lab. Code §2699(f) default the Labor Commissioner applied to
 *     §2101 in 2024 (59,017 × $100 = $5,901,700). Counted here as one violation per employee lacking a
 *     compliant description; the per-pay-period multiplication is an inference and left out.</li>
 * <li>NY: N.Y. Lab. Law §218 via §787: up to $1,000 (first), $2,000 (second), $3,000 (third or later).</li>
 * <li>WA: not less than $1,000, a first violation capped at $1,000; repeat violations up to $10,000
 *     (HB 1762 §9, WAC 296-136-110/-150).</li>
 * <li>OR: ORS 653.256, up to $1,000 per violation (ORS 653.557(6)).</li>
 * <li>US (proposed): $10,000 per violation of the description duties in a private action (H.R. 4896).</li>
 * </ul>
 *
 * @param violations   number of violations counted (e.g. employees without a compliant description)
 * @param perViolation amount applied to each
 * @param formula      e.g. {@code 12 × $100 = $1,200}
 */
public record PenaltyEstimate(String jurisdiction, long violations, BigDecimal perViolation, BigDecimal total,
                              String formula, String citation) {

    private record Schedule(BigDecimal first, BigDecimal repeat, String citation, Set<String> disclosureRules) {
    }

    private static final Map<String, Schedule> SCHEDULES = Map.of(
            "CA", new Schedule(new BigDecimal("100"), new BigDecimal("200"),
                    "Cal. Lab. Code §2699(f), as applied to §2101 by the Labor Commissioner in 2024 (59,017 × $100)",
                    Set.of("CA-2101-")),
            "NY", new Schedule(new BigDecimal("1000"), new BigDecimal("3000"),
                    "N.Y. Lab. Law §§787, 218 ($1,000 / $2,000 / $3,000)", Set.of("NY-781-")),
            "WA", new Schedule(new BigDecimal("1000"), new BigDecimal("10000"),
                    "Laws 2023 ch. 306 §9; WAC 296-136-110 (first ≤ $1,000, repeat ≤ $10,000)", Set.of("WA-020-")),
            "OR", new Schedule(new BigDecimal("1000"), new BigDecimal("1000"),
                    "ORS 653.557(6), 653.256 (≤ $1,000 per violation)", Set.of("OR-556-", "OR-557-")),
            "US", new Schedule(new BigDecimal("10000"), new BigDecimal("10000"),
                    "H.R. 4896 (proposed): $10,000 per description violation in a private action",
                    Set.of("FED-DESCRIPTION-", "FED-DELIVERY-")));

    /** Exposure for a first violation, or empty where no penalty schedule is known (MN, IL). */
    public static Optional<PenaltyEstimate> of(String jurisdiction, long violations) {
        return estimate(jurisdiction, violations, false);
    }

    /** Exposure on the repeat-violation schedule (CA $200 second and later, NY $3,000, WA $10,000). */
    public static Optional<PenaltyEstimate> repeat(String jurisdiction, long violations) {
        return estimate(jurisdiction, violations, true);
    }

    private static Optional<PenaltyEstimate> estimate(String jurisdiction, long violations, boolean repeat) {
        Schedule schedule = SCHEDULES.get(jurisdiction);
        if (schedule == null) {
            return Optional.empty();
        }
        BigDecimal each = repeat ? schedule.repeat() : schedule.first();
        BigDecimal total = each.multiply(BigDecimal.valueOf(violations));
        String formula = NumberFormat.getIntegerInstance(Locale.US).format(violations) + " × " + dollars(each)
                + " = " + dollars(total);
        return Optional.of(new PenaltyEstimate(jurisdiction, violations, each, total, formula, schedule.citation()));
    }

    /**
     * Exposure from a facility check: one violation per nonexempt employee with a FAILed disclosure rule
     * (e.g. {@code CA-2101-*}) about them, or subject to a description whose content FAILs such a rule.
     */
    public static Optional<PenaltyEstimate> fromFindings(String jurisdiction, List<Finding> findings,
                                                         FacilityFacts facts) {
        return of(jurisdiction, violators(jurisdiction, findings, facts).size());
    }

    /** Employee numbers counted by {@link #fromFindings}. */
    public static Set<String> violators(String jurisdiction, List<Finding> findings, FacilityFacts facts) {
        Schedule schedule = SCHEDULES.get(jurisdiction);
        Set<String> employees = new TreeSet<>();
        if (schedule == null) {
            return employees;
        }
        Set<String> failingRoles = new TreeSet<>();
        for (Finding finding : findings) {
            if (finding.outcome() != Outcome.FAIL || finding.subject() == null
                    || schedule.disclosureRules().stream().noneMatch(finding.ruleId()::startsWith)) {
                continue;
            }
            String[] words = finding.subject().split(" ");
            if (words[0].equals("employee") && words.length > 1) {
                employees.add(words[1]);
            } else if (words[0].equals("description") && words.length > 1) {
                failingRoles.add(words[1]);
            }
        }
        for (Employee employee : facts.employees()) {
            boolean subject = facts.descriptionFor(employee.roleCode())
                    .filter(d -> !employee.separatedBefore(d.effectiveOn())).isPresent();
            if (!employee.exempt() && subject && failingRoles.contains(employee.roleCode())) {
                employees.add(employee.number());
            }
        }
        return employees;
    }

    private static String dollars(BigDecimal amount) {
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(amount);
    }
}
