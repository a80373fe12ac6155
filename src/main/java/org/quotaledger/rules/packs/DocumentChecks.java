package org.quotaledger.rules.packs;

import org.quotaledger.document.QuotaDocument;
import org.quotaledger.document.QuotaDocument.Kind;
import org.quotaledger.document.QuotaDocument.ProtectedActivity;
import org.quotaledger.document.QuotaDocument.Quota;
import org.quotaledger.document.QuotaDocument.TimeOffTask;
import org.quotaledger.rules.Rules;
import org.quotaledger.rules.Verdict;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.quotaledger.document.QuotaDocument.ProtectedActivity.BATHROOM;
import static org.quotaledger.document.QuotaDocument.ProtectedActivity.BATHROOM_TRAVEL;
import static org.quotaledger.document.QuotaDocument.ProtectedActivity.MEAL_PERIOD;
import static org.quotaledger.document.QuotaDocument.ProtectedActivity.MEAL_TRAVEL;
import static org.quotaledger.document.QuotaDocument.ProtectedActivity.REQUIRED_ACTIVITY;
import static org.quotaledger.document.QuotaDocument.ProtectedActivity.REST_PERIOD;
import static org.quotaledger.document.QuotaDocument.ProtectedActivity.REST_TRAVEL;
import static org.quotaledger.document.QuotaDocument.ProtectedActivity.SAFETY_COMPLIANCE;

/**
 * Checks on a quota description that several states share (the NY, WA, OR, MN and federal texts follow
 * the California model of Lab. Code §§2100–2103), so each pack reuses them instead of copying.
 */
final class DocumentChecks {

    static final Set<ProtectedActivity> MEAL_REST = EnumSet.of(MEAL_PERIOD, REST_PERIOD, MEAL_TRAVEL, REST_TRAVEL);
    static final Set<ProtectedActivity> BATHROOM_TIME = EnumSet.of(BATHROOM, BATHROOM_TRAVEL);
    static final Set<ProtectedActivity> SAFETY = EnumSet.of(SAFETY_COMPLIANCE);
    /** RCW 49.84.025(1)(a)–(c): rest, meal travel and required activities (labor-standards part). */
    static final Set<ProtectedActivity> WA_LABOR = EnumSet.of(REST_PERIOD, REST_TRAVEL, MEAL_TRAVEL, REQUIRED_ACTIVITY);
    /** RCW 49.84.025(1)(d)–(e): bathroom and safety time (WISHA part, RCW 49.84.032). */
    static final Set<ProtectedActivity> WA_WISHA = EnumSet.of(BATHROOM, BATHROOM_TRAVEL, SAFETY_COMPLIANCE);

    /** Consequences so vague that a person must judge whether they disclose an adverse action. */
    private static final Pattern VAGUE = Pattern.compile("may affect|performance review|could impact|may impact",
            Pattern.CASE_INSENSITIVE);

    /** A consequence that says there is none ("None", "No consequence", "N/A"). */
    private static final Pattern NONE = Pattern.compile("\\s*(none|no consequences?|no adverse actions?|n/?a|nothing|-+)\\s*\\.?\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A quantity of zero states nothing: judged as missing, never as a target that passes. */
    static boolean absent(BigDecimal quantity) {
        return quantity == null || quantity.signum() <= 0;
    }

    /** A period of zero length (or a negative one) states no period: judged as missing. */
    static boolean absent(Duration period) {
        return period == null || period.isZero() || period.isNegative();
    }

    private static boolean saysNone(String consequence) {
        return NONE.matcher(consequence).matches();
    }

    private DocumentChecks() {
    }

    static String name(Quota quota) {
        return "'" + quota.name() + "'";
    }

    /** A numeric target with a unit (Cal. Lab. Code §2101 and sister statutes). */
    static Verdict quantity(QuotaDocument doc, Quota quota) {
        if (quota.kind() == Kind.RELATIVE) {
            return Verdict.review(name(quota) + " ranks employees against peers instead of stating a number. "
                    + "Question: what quantity per period does an employee have to reach to avoid adverse action? "
                    + "If the ranking can lead to discipline it is an undisclosed quota (Labor Commissioner, Amazon 2024).");
        }
        if (absent(quota.quantity())) {
            return Verdict.fail(name(quota) + (quota.quantity() == null ? " states no quantity of tasks or items."
                    : " states a quantity of " + quota.quantity().toPlainString() + ", which is no target: state the number required."));
        }
        if (quota.unit() == null || quota.unit().isBlank()) {
            return Verdict.fail(name(quota) + " states " + quota.quantity().toPlainString()
                    + " but not of what (no unit).");
        }
        Verdict consistent = offTaskAgreesWithLimit(doc, quota);
        if (consistent != null) {
            return consistent;
        }
        return Verdict.pass(name(quota) + " states " + quota.quantity().toPlainString() + " " + quota.unit() + ".");
    }

    /**
     * A time-on-task share and the time-off-task limit must say the same thing: 90% of a 10-hour shift leaves 60
     * minutes off task, which contradicts a 30-minute limit. The employee cannot know which one applies. Null when
     * there is nothing to compare.
     */
    static Verdict offTaskAgreesWithLimit(QuotaDocument doc, Quota quota) {
        TimeOffTask tot = doc.timeOffTask();
        Duration over = absent(quota.period()) ? doc.shift() : quota.period();
        if (quota.kind() != Kind.TIME_ON_TASK || absent(quota.quantity()) || tot == null || !Boolean.TRUE.equals(tot.tracked())
                || absent(tot.limit()) || absent(over) || quota.quantity().compareTo(BigDecimal.valueOf(100)) > 0) {
            return null;
        }
        long allowed = BigDecimal.valueOf(100).subtract(quota.quantity()).multiply(BigDecimal.valueOf(over.toMinutes()))
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValueExact();
        long limit = tot.limit().toMinutes();
        if (allowed > limit) {
            return Verdict.fail(name(quota) + " contradicts the description: " + quota.quantity().toPlainString()
                    + "% on task over " + over.toMinutes() + " minutes leaves " + allowed + " minutes off task, but the "
                    + "time-off-task limit is " + limit + " minutes. State one standard the employee can meet.");
        }
        return null;
    }

    /** The defined time period is stated and fits within the shift. */
    static Verdict timePeriod(QuotaDocument doc, Quota quota) {
        if (absent(quota.period())) {
            String none = quota.period() == null ? " states no time period" : " states a period of zero length";
            return quota.kind() == Kind.RELATIVE
                    ? Verdict.review(name(quota) + none + "; if the ranking is a quota, state the period it is measured over.")
                    : Verdict.fail(name(quota) + none + " for its quantity.");
        }
        if (!absent(doc.shift()) && quota.period().compareTo(doc.shift()) > 0) {
            return Verdict.review(name(quota) + " is measured over " + quota.period() + ", longer than the "
                    + doc.shift() + " shift. Question: is it enforced within a shift (then state that period)?");
        }
        return Verdict.pass(name(quota) + " applies per " + quota.period() + ".");
    }

    /** Cal. Lab. Code §2100 "defined time period": equal to or shorter than the shift. */
    static Verdict periodWithinShift(QuotaDocument doc, Quota quota) {
        if (absent(quota.period())) {
            return quota.period() == null
                    ? Verdict.review(name(quota) + " states no period, so whether it falls within a shift cannot be judged.")
                    : Verdict.fail(name(quota) + " states a period of zero length, which is no defined time period.");
        }
        if (absent(doc.shift())) {
            return Verdict.review(name(quota) + " is measured per " + quota.period()
                    + " but the document gives no shift length. Question: how long is the shift?");
        }
        if (quota.period().compareTo(doc.shift()) > 0) {
            return Verdict.review(name(quota) + " is measured over " + quota.period() + ", longer than the "
                    + doc.shift() + " shift, and may fall outside the definition of a defined time period. "
                    + "Question: is performance also judged within a shift?");
        }
        return Verdict.pass(name(quota) + " is measured per " + quota.period() + ", within the "
                + doc.shift() + " shift.");
    }

    /** The consequences stated for missing the quota, its own and the shared ones; "None" is not a consequence. */
    static List<String> consequences(QuotaDocument doc, Quota quota) {
        List<String> all = new ArrayList<>(stated(quota.adverseActions()));
        all.addAll(stated(doc.adverseActions()));
        return all;
    }

    private static List<String> stated(List<String> consequences) {
        return consequences == null ? List.of()
                : consequences.stream().filter(s -> s != null && !s.isBlank() && !saysNone(s)).toList();
    }

    /**
     * At least one possible adverse action for missing the quota (own or shared), and no contradiction: a quota said
     * to have no consequence while consequences apply to every quota tells the employee two things at once.
     */
    static Verdict adverse(QuotaDocument doc, Quota quota) {
        List<String> all = consequences(doc, quota);
        boolean saysNoConsequence = quota.adverseActions() != null && !quota.adverseActions().isEmpty()
                && quota.adverseActions().stream().allMatch(s -> s == null || s.isBlank() || saysNone(s));
        if (saysNoConsequence && !stated(doc.adverseActions()).isEmpty()) {
            return Verdict.fail(name(quota) + " is said to have no consequence (\"" + quota.adverseActions().getFirst()
                    + "\"), but the description lists consequences for every quota (\"" + stated(doc.adverseActions()).getFirst()
                    + "\"). State which apply to this quota.");
        }
        if (all.isEmpty()) {
            return Verdict.fail(name(quota) + " states no adverse action that can follow from missing it.");
        }
        if (all.stream().allMatch(s -> VAGUE.matcher(s).find())) {
            return Verdict.review(name(quota) + " says only \"" + all.getFirst()
                    + "\". Question: which actions (warning, lower pay or hours, termination) can follow?");
        }
        return Verdict.pass(name(quota) + " states " + all.size() + " possible adverse action(s).");
    }

    /** What each state counts as a quota: rankings, group standards and the longest window differ. */
    record QuotaDefinition(boolean rankingIsQuota, boolean groupCounts, Duration maxPeriod) {
    }

    static Verdict isQuota(QuotaDefinition definition, QuotaDocument doc, Quota quota) {
        if (quota.kind() == Kind.RELATIVE && !definition.rankingIsQuota()) {
            return Verdict.review(name(quota) + " is a ranking against peers. Question: can falling below the "
                    + "ranking lead to adverse action? If so it is a quota and needs a written description "
                    + "(the Labor Commissioner so held for Amazon's peer-to-peer evaluation, 2024).");
        }
        if (quota.kind() != Kind.RELATIVE && absent(quota.quantity())) {
            return Verdict.review(name(quota) + " is an expectation without a number. Question: what target "
                    + "is applied in practice, and is it used in discipline?");
        }
        if (consequences(doc, quota).isEmpty()) {
            return Verdict.review(name(quota) + " has no stated consequence. Question: is it used in "
                    + "discipline or reviews? If so it is a quota.");
        }
        if (quota.basis() == QuotaDocument.Basis.GROUP && !definition.groupCounts()) {
            return Verdict.review(name(quota) + " is measured for a group. Question: is each employee "
                    + "disciplined on it?");
        }
        if (definition.maxPeriod() != null && quota.period() != null
                && quota.period().compareTo(definition.maxPeriod()) > 0) {
            return Verdict.review(name(quota) + " is measured over " + quota.period()
                    + ", longer than the definition's " + definition.maxPeriod() + ".");
        }
        return Verdict.pass(name(quota) + " is a quota (" + quota.kind() + ") and must be described.");
    }

    /**
     * NY §780(6)(b), RCW 49.84.010 (§1(11)), MN and the federal bill: tracking time off task is itself a
     * quota to be described; a FAIL on subject {@code timeOffTask} when it is not.
     */
    static List<Verdict> timeOffTaskIsQuota(QuotaDocument doc) {
        TimeOffTask tot = doc.timeOffTask();
        if (tot == null || !Boolean.TRUE.equals(tot.tracked())) {
            return List.of();
        }
        boolean described = !absent(tot.limit()) || doc.quotas().stream().anyMatch(q -> q.kind() == Kind.TIME_ON_TASK);
        // Only the undescribed system adds a finding, so a compliant document keeps one finding per quota.
        return described ? List.of() : List.of(Verdict.fail("Time off task is tracked, which makes it a quota, but "
                + "no limit or TIME_ON_TASK quota is described.").on("timeOffTask"));
    }

    /** BCP 47 tags match when equal or when one refines the other ({@code es} and {@code es-MX}). */
    static boolean sameLanguage(String a, String b) {
        return QuotaDocument.sameLanguage(a, b);
    }

    /**
     * Time off task must not count the given protected activities against the employee:
     * the spec's "any protected activity missing from excluded fails the rule that protects it".
     */
    static Verdict protects(QuotaDocument doc, Set<ProtectedActivity> required) {
        TimeOffTask tot = doc.timeOffTask();
        if (tot == null || tot.tracked() == null) {
            return Verdict.review("The document does not say whether time off task is tracked. Question: is it, "
                    + "and does " + words(required) + " count against the employee?");
        }
        if (!tot.tracked()) {
            return Verdict.pass("Time off task is not tracked, so " + words(required) + " cannot count against the employee.");
        }
        EnumSet<ProtectedActivity> missing = EnumSet.copyOf(required);
        if (tot.excluded() != null) {
            missing.removeAll(tot.excluded());
        }
        if (!missing.isEmpty()) {
            return Verdict.fail("Time off task is tracked and counts " + words(missing) + " against the employee.");
        }
        return Verdict.pass("Time off task excludes " + words(required) + ".");
    }

    /** Meal and rest breaks are not productive time unless the employee must stay on call (§2103(b), §783). */
    static Verdict breaksNotProductive(QuotaDocument doc) {
        if (doc.breaksCountedAsProductive() == null) {
            return Verdict.review("The document does not say whether output is expected during meal or rest "
                    + "periods. Question: are break minutes in the rate's denominator?");
        }
        if (doc.breaksCountedAsProductive() && !Boolean.TRUE.equals(doc.onCall())) {
            return Verdict.fail("Meal and rest periods are counted as productive time although employees are not on call.");
        }
        if (doc.breaksCountedAsProductive()) {
            return Verdict.pass("Breaks count as productive time because employees must stay on call.");
        }
        return Verdict.pass("Meal and rest periods are not counted as productive time.");
    }

    /**
     * A quota may not prevent meal and rest periods (Cal. Lab. Code §2102, N.Y. Lab. Law §782): breaks are
     * not productive time and, where time off task is tracked, break time and its travel are excluded.
     * A document silent on time off task is judged on its breaks alone: silence there says nothing
     * about breaks, unlike for bathroom and safety time, which only the time-off-task block can show.
     */
    static Verdict allowsMealAndRest(QuotaDocument doc) {
        if (doc.timeOffTask() == null || doc.timeOffTask().tracked() == null) {
            return breaksNotProductive(doc);
        }
        Set<ProtectedActivity> required = EnumSet.copyOf(MEAL_REST);
        if (Boolean.TRUE.equals(doc.onCall())) {
            required.remove(MEAL_PERIOD);
        }
        return Rules.worst(List.of(breaksNotProductive(doc), protects(doc, required)));
    }

    private static String words(Set<ProtectedActivity> activities) {
        return String.join(", ", activities.stream().map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
    }
}
