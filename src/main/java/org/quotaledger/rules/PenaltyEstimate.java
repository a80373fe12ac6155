package org.quotaledger.rules;

import org.quotaledger.law.Penalties;
import org.quotaledger.law.StateLaws;
import org.quotaledger.rules.FacilityFacts.Employee;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A civil-penalty exposure estimate: violations × amount per violation, with the formula spelled out so a
 * reader can check it, and the count broken down by rule and by employee so it matches the findings listed
 * next to it. It is an estimate for prioritising, never a legal conclusion. The schedule is the state's
 * ({@code StateLaw.penalties()}); one violation is counted per nonexempt employee a disclosure rule FAILs about
 * (the CA per-pay-period multiplication is an inference and left out).
 *
 * @param violations   number of violations counted (employees with at least one failed disclosure rule)
 * @param perViolation amount applied to each
 * @param formula      e.g. {@code 12 × $100 = $1,200}
 * @param byRule       for each failing disclosure rule, the employees it concerns
 * @param byEmployee   for each employee counted, the rules that failed about them
 */
public record PenaltyEstimate(String jurisdiction, long violations, BigDecimal perViolation, BigDecimal total,
                              String formula, String citation, List<RuleCount> byRule, List<EmployeeCount> byEmployee) {

    /** One rule's share of the count. */
    public record RuleCount(String ruleId, int employees, List<String> employeeNumbers) {
    }

    /** One employee counted, and why. */
    public record EmployeeCount(String employeeNumber, List<String> ruleIds) {
    }

    public PenaltyEstimate {
        byRule = byRule == null ? List.of() : List.copyOf(byRule);
        byEmployee = byEmployee == null ? List.of() : List.copyOf(byEmployee);
    }

    /** Exposure for a first violation, or empty where no penalty schedule is known (MN, IL). */
    public static Optional<PenaltyEstimate> of(String jurisdiction, long violations) {
        return estimate(jurisdiction, violations, false, Map.of());
    }

    /** Exposure on the repeat-violation schedule (CA $200 second and later, NY $3,000, WA $10,000). */
    public static Optional<PenaltyEstimate> repeat(String jurisdiction, long violations) {
        return estimate(jurisdiction, violations, true, Map.of());
    }

    private static Optional<PenaltyEstimate> estimate(String jurisdiction, long violations, boolean repeat,
                                                      Map<String, SortedSet<String>> rulesByEmployee) {
        return StateLaws.of(jurisdiction).penalties().map(schedule -> {
            BigDecimal each = repeat ? schedule.repeat() : schedule.first();
            BigDecimal total = each.multiply(BigDecimal.valueOf(violations));
            String formula = NumberFormat.getIntegerInstance(Locale.US).format(violations) + " × " + dollars(each)
                    + " = " + dollars(total);
            Map<String, SortedSet<String>> employeesByRule = new TreeMap<>();
            List<EmployeeCount> byEmployee = new ArrayList<>();
            rulesByEmployee.forEach((employee, rules) -> {
                byEmployee.add(new EmployeeCount(employee, List.copyOf(rules)));
                rules.forEach(rule -> employeesByRule.computeIfAbsent(rule, r -> new TreeSet<>()).add(employee));
            });
            List<RuleCount> byRule = employeesByRule.entrySet().stream()
                    .map(e -> new RuleCount(e.getKey(), e.getValue().size(), List.copyOf(e.getValue()))).toList();
            return new PenaltyEstimate(jurisdiction, violations, each, total, formula, schedule.citation(), byRule, byEmployee);
        });
    }

    /**
     * Exposure from a facility check: one violation per nonexempt employee with a FAILed disclosure rule
     * (e.g. {@code CA-2101-*}) about them, or subject to a description whose content FAILs such a rule.
     */
    public static Optional<PenaltyEstimate> fromFindings(String jurisdiction, List<Finding> findings,
                                                         FacilityFacts facts) {
        Map<String, SortedSet<String>> rulesByEmployee = violations(jurisdiction, findings, facts);
        return estimate(jurisdiction, rulesByEmployee.size(), false, rulesByEmployee);
    }

    /** Employee numbers counted by {@link #fromFindings}. */
    public static Set<String> violators(String jurisdiction, List<Finding> findings, FacilityFacts facts) {
        return violations(jurisdiction, findings, facts).keySet();
    }

    /** For each employee counted, the disclosure rules that FAILed about them or their role's description. */
    private static Map<String, SortedSet<String>> violations(String jurisdiction, List<Finding> findings,
                                                             FacilityFacts facts) {
        Map<String, SortedSet<String>> byEmployee = new TreeMap<>();
        Optional<Penalties> schedule = StateLaws.of(jurisdiction).penalties();
        if (schedule.isEmpty()) {
            return byEmployee;
        }
        Map<String, SortedSet<String>> failingRoles = new TreeMap<>();
        for (Finding finding : findings) {
            if (finding.outcome() != Outcome.FAIL || finding.subject() == null || !schedule.get().counts(finding.ruleId())) {
                continue;
            }
            String[] words = finding.subject().split(" ");
            if (words[0].equals("employee") && words.length > 1) {
                byEmployee.computeIfAbsent(words[1], e -> new TreeSet<>()).add(finding.ruleId());
            } else if (words[0].equals("description") && words.length > 1) {
                failingRoles.computeIfAbsent(words[1], r -> new TreeSet<>()).add(finding.ruleId());
            }
        }
        for (Employee employee : facts.employees()) {
            if (employee.roleCode() == null) {
                // Without a job role no description applies to them, so no description's failure is theirs to
                // count; and the map of failing roles cannot be asked about a null role.
                continue;
            }
            SortedSet<String> rules = failingRoles.get(employee.roleCode());
            boolean subject = facts.descriptionFor(employee.roleCode())
                    .filter(d -> !employee.separatedBefore(d.effectiveOn())).isPresent();
            if (rules != null && !employee.exempt() && subject) {
                byEmployee.computeIfAbsent(employee.number(), e -> new TreeSet<>()).addAll(rules);
            }
        }
        return byEmployee;
    }

    private static String dollars(BigDecimal amount) {
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(amount);
    }
}
