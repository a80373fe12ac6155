package org.quotaledger.rules.packs;

import org.quotaledger.law.Retaliation;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.FacilityFacts.ActiveDescription;
import org.quotaledger.rules.FacilityFacts.AdverseAction;
import org.quotaledger.rules.FacilityFacts.Employee;
import org.quotaledger.rules.FacilityFacts.Request;
import org.quotaledger.rules.Outcome;
import org.quotaledger.rules.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks on adverse actions based on a quota: the quota was disclosed and lawful, handed over with the action, and the
 * action falls outside the law's retaliation window after a request or complaint.
 */
final class AdverseActionChecks {

    private AdverseActionChecks() {
    }

    /** Quota-based adverse actions, or N/A when there are none. */
    static List<Verdict> perQuotaAction(Evaluation e, Function<AdverseAction, Verdict> check) {
        List<AdverseAction> actions = e.facts().adverseActions().stream().filter(AdverseAction::quotaBased).toList();
        if (actions.isEmpty()) {
            return List.of(Verdict.na("No quota-based adverse action on record."));
        }
        return actions.stream().map(a -> check.apply(a).on(a.subject())).toList();
    }

    /** The quota relied on had been given to the employee in writing before the action (§2102, §782, ORS 653.556(3)). */
    static List<Verdict> actionOnDisclosedQuota(Evaluation e) {
        return perQuotaAction(e, a -> {
            Optional<Employee> employee = e.facts().employee(a.employeeNumber());
            String role = a.roleCode() != null ? a.roleCode() : employee.map(Employee::roleCode).orElse(null);
            Integer version = a.quotaVersion() != null ? a.quotaVersion()
                    : e.facts().descriptionFor(role).map(ActiveDescription::version).orElse(null);
            boolean disclosed = employee.isPresent() && version != null && employee.get().deliveries().stream()
                    .anyMatch(d -> d.version() == version && (d.roleCode() == null || d.roleCode().equals(role))
                            && d.channel() != null && d.channel().written() && !d.deliveredOn().isAfter(a.date()));
            return disclosed ? Verdict.pass("The quota relied on had been described to the employee.")
                    : Verdict.fail("Adverse action for missing " + role + " v" + version
                    + ", which had not been described to the employee in writing before " + a.date() + ".");
        });
    }

    /** The quota relied on did not itself fail the given document check (e.g. meal/rest protection). */
    static List<Verdict> actionOnCompliantQuota(Evaluation e, Function<QuotaDocument, Verdict> quotaCheck) {
        return perQuotaAction(e, a -> {
            String role = a.roleCode() != null ? a.roleCode()
                    : e.facts().employee(a.employeeNumber()).map(Employee::roleCode).orElse(null);
            Optional<ActiveDescription> d = e.facts().descriptionFor(role);
            if (d.isEmpty() || (a.quotaVersion() != null && a.quotaVersion() != d.get().version())) {
                return Verdict.review("The version relied on is not the active one. Question: did that version allow "
                        + "breaks, bathroom and safety time?");
            }
            Verdict v = quotaCheck.apply(d.get().document());
            return v.outcome() == Outcome.FAIL
                    ? Verdict.fail("Adverse action relied on a quota that itself fails: " + v.message())
                    : Verdict.pass("The quota relied on allows the protected time.");
        });
    }

    /** The applicable quota (and, if {@code withData}, the work speed data) was handed over with the action. */
    static List<Verdict> givenWithAction(Evaluation e, boolean withData) {
        return perQuotaAction(e, a -> {
            List<String> missing = new ArrayList<>();
            if (a.quotaGivenOn() == null || a.quotaGivenOn().isAfter(a.date())) {
                missing.add("the applicable quota");
            }
            if (withData && a.workSpeedDataGivenOn() == null) {
                missing.add("the work speed data relied on");
            }
            return missing.isEmpty() ? Verdict.pass("Given with the action.")
                    : Verdict.fail("Not given to the employee with the action: " + String.join(" and ", missing) + ".");
        });
    }

    /**
     * Adverse actions within the law's window after a request or complaint are presumed retaliatory (rebuttable),
     * so NEEDS_REVIEW. CA §2105 / NY §786 count only the first request of a calendar year, and a quota complaint
     * to the employer or an agency; WA and the federal bill count any protected activity.
     */
    static List<Verdict> retaliationWindow(Evaluation e) {
        return e.law().retaliation().map(p -> retaliationWindow(e, p))
                .orElse(List.of(Verdict.na("The law sets no retaliation presumption that could be confirmed.")));
    }

    /** As {@link #retaliationWindow(Evaluation)} with a window the pack states itself (where the law's is unconfirmed). */
    static List<Verdict> retaliationWindow(Evaluation e, Retaliation window) {
        Optional<Retaliation> presumption = Optional.of(window);
        boolean firstRequestOfYearOnly = presumption.get().firstRequestOfYearOnly();
        int days = presumption.get().days();
        List<AdverseAction> actions = e.facts().adverseActions();
        if (actions.isEmpty()) {
            return List.of(Verdict.na("No adverse action on record."));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (AdverseAction a : actions) {
            List<String[]> events = new ArrayList<>();
            Set<Integer> years = new HashSet<>();
            e.facts().requests().stream().filter(r -> r.employeeNumber().equals(a.employeeNumber()))
                    .sorted(Comparator.comparing(Request::receivedOn))
                    .forEach(r -> {
                        if (!firstRequestOfYearOnly || years.add(r.receivedOn().getYear())) {
                            events.add(new String[]{r.receivedOn().toString(), "a request"});
                        }
                    });
            if (presumption.get().complaints()) {
                e.facts().complaints().stream().filter(c -> c.employeeNumber().equals(a.employeeNumber()))
                        .forEach(c -> events.add(new String[]{c.date().toString(), "a quota complaint"
                                + (c.recipient() == null ? "" : " to " + c.recipient())}));
            }
            Optional<String[]> trigger = events.stream()
                    .filter(ev -> !LocalDate.parse(ev[0]).isAfter(a.date()) && !LocalDate.parse(ev[0]).isBefore(a.date().minusDays(days)))
                    .max(Comparator.comparing(ev -> ev[0]));
            verdicts.add((trigger.isPresent()
                    ? Verdict.review("Adverse action " + a.date() + " came within " + days + " days of " + trigger.get()[1]
                    + " on " + trigger.get()[0] + ": presumed retaliation unless rebutted (" + presumption.get().citation()
                    + "). Question: what documented, independent reason supports it?")
                    : Verdict.pass("No request or complaint in the " + days + " days before the action.")).on(a.subject()));
        }
        return verdicts;
    }
}
