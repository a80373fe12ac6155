package org.quotaledger.rules.packs;

import org.quotaledger.law.Languages;
import org.quotaledger.law.RequestTerms;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.FacilityFacts.Employee;
import org.quotaledger.rules.FacilityFacts.Request;
import org.quotaledger.rules.Outcome;
import org.quotaledger.rules.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks on employees' requests for their quotas and work speed data: answered within the law's deadline, free of
 * charge, in scope, in the employee's language. The terms come from the law being checked ({@link Evaluation#law()}).
 */
final class RequestChecks {

    private RequestChecks() {
    }

    /**
     * Each answered request was produced in the languages the law requires for that employee (N.Y. Lab. Law
     * §785(5): English and the primary language).
     */
    static List<Verdict> answerLanguages(Evaluation e) {
        Languages languages = e.law().languages();
        return perRequest(e, r -> r.fulfilledOn() != null, r -> {
            String primary = e.facts().employee(r.employeeNumber()).map(Employee::primaryLanguage).orElse(null);
            List<String> required = languages.forEmployee(primary);
            if (r.languages().isEmpty()) {
                return Verdict.review("The language of what was produced is not recorded. Question: was it given in "
                        + String.join(" and ", required) + "?");
            }
            List<String> missing = required.stream()
                    .filter(l -> r.languages().stream().noneMatch(p -> DocumentChecks.sameLanguage(p, l))).toList();
            return missing.isEmpty() ? Verdict.pass("Produced in " + String.join(" and ", r.languages()) + ".")
                    : Verdict.fail("Produced in " + String.join(", ", r.languages()) + "; missing "
                    + String.join(", ", missing) + " (" + languages.citation() + ").");
        });
    }

    /** Per request: answered within the state's deadline. */
    static List<Verdict> requestDeadlines(Evaluation e, Predicate<Request> applies) {
        return perRequest(e, applies, r -> deadline(e, r));
    }

    /**
     * What the law says about this request (due date, window, aggregate), from the employee's separation and the
     * requests they made before it since leaving.
     */
    static RequestTerms terms(Evaluation e, Request r) {
        LocalDate separation = e.facts().employee(r.employeeNumber()).map(Employee::separationDate).orElse(null);
        if (separation == null && r.formerEmployee()) {
            separation = r.receivedOn();
        }
        long earlier = e.facts().requests().stream().filter(o -> o != r && o.formerEmployee()
                && o.employeeNumber().equals(r.employeeNumber()) && o.receivedOn().isBefore(r.receivedOn())).count();
        return e.law().terms(r.kind(), r.receivedOn(), separation, earlier);
    }

    /** The check of a request the law obliges the employer to answer; N/A with the reason and citation otherwise. */
    static Verdict ifRequired(Evaluation e, Request r, java.util.function.Supplier<Verdict> check) {
        RequestTerms terms = terms(e, r);
        return terms.required() ? check.get() : Verdict.na("Not required: " + terms.notRequiredReason());
    }

    /** One request against the state's deadline: PASS, FAIL (late or overdue), PENDING, or N/A when not required. */
    static Verdict deadline(Evaluation e, Request r) {
        RequestTerms terms = terms(e, r);
        if (!terms.required()) {
            return Verdict.na("Not required: " + terms.notRequiredReason());
        }
        if (r.declined()) {
            return Verdict.na("Declined; see the request-scope rules.");
        }
        if (terms.dueOn() == null) {
            return r.open() ? Verdict.review("Open; no statutory deadline confirmed. Question: when will it be answered?")
                    : Verdict.pass("Answered on " + r.fulfilledOn() + ".");
        }
        LocalDate due = terms.dueOn();
        String within = " (" + terms.deadline().describe() + ", " + terms.deadline().citation() + ")";
        if (r.fulfilledOn() != null) {
            return r.fulfilledOn().isAfter(due) ? Verdict.fail("Answered on " + r.fulfilledOn() + ", after the " + due + " deadline" + within + ".")
                    : Verdict.pass("Answered on " + r.fulfilledOn() + ", due " + due + within + ".");
        }
        return e.on().isAfter(due) ? Verdict.fail("Still open; was due " + due + within + ".")
                : Verdict.pending("Open; due " + due + within + ".");
    }

    /** Per request: free of charge. */
    static List<Verdict> requestsFree(Evaluation e, Outcome whenCharged) {
        return perRequest(e, r -> true, r -> r.charged()
                ? new Verdict(whenCharged, "A fee of $" + r.fee().toPlainString() + " was charged.", null)
                : Verdict.pass("No fee charged."));
    }

    static List<Verdict> perRequest(Evaluation e, Predicate<Request> applies, Function<Request, Verdict> check) {
        List<Request> requests = e.facts().requests().stream().filter(applies).toList();
        if (requests.isEmpty()) {
            return List.of(Verdict.na("No employee request of this kind on record."));
        }
        return requests.stream().map(r -> check.apply(r).on(r.subject())).toList();
    }

    /**
     * The answer covers the law's window of work speed data (before the request, or before the separation of a
     * former employee; never before the hire) and, where the law requires it, aggregated data of similar employees.
     */
    static Verdict dataScope(Evaluation e, Request r) {
        RequestTerms terms = terms(e, r);
        if (!terms.required()) {
            return Verdict.na("Not required: " + terms.notRequiredReason());
        }
        if (r.declined()) {
            return Verdict.fail("Declined.");
        }
        if (r.open()) {
            Verdict due = deadline(e, r);
            return due.outcome() == Outcome.FAIL ? Verdict.fail("Nothing produced yet. " + due.message()) : due;
        }
        if (r.kind() != org.quotaledger.law.RequestKind.WORK_SPEED_DATA) {
            return Verdict.pass("Descriptions produced.");
        }
        LocalDate from = terms.windowFrom();
        Optional<Employee> employee = e.facts().employee(r.employeeNumber());
        if (employee.isPresent() && employee.get().hireDate() != null && employee.get().hireDate().isAfter(from)) {
            from = employee.get().hireDate();
        }
        List<String> missing = new ArrayList<>();
        if (r.wsdFrom() == null || r.wsdFrom().isAfter(from) || r.wsdTo() == null || r.wsdTo().isBefore(terms.windowTo())) {
            missing.add("own work speed data for " + from + " to " + terms.windowTo());
        }
        if (terms.aggregate() && !r.aggregateIncluded()) {
            missing.add("aggregated data of similar employees");
        }
        return missing.isEmpty() ? Verdict.pass("Produced the required data window (" + terms.citation() + ").")
                : Verdict.fail("Missing " + String.join(" and ", missing) + " (" + terms.citation() + ").");
    }
}
