package org.quotaledger.rules.packs;

import org.quotaledger.law.ChangeNotice;
import org.quotaledger.law.Languages;
import org.quotaledger.law.RequestTerms;
import org.quotaledger.law.Retaliation;
import org.quotaledger.law.Retention;
import org.quotaledger.law.StateLaw;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.FacilityFacts;
import org.quotaledger.rules.FacilityFacts.ActiveDescription;
import org.quotaledger.rules.FacilityFacts.AdverseAction;
import org.quotaledger.rules.FacilityFacts.Delivery;
import org.quotaledger.rules.FacilityFacts.Employee;
import org.quotaledger.rules.FacilityFacts.Request;
import org.quotaledger.rules.Outcome;
import org.quotaledger.rules.PenaltyEstimate;
import org.quotaledger.rules.Rules;
import org.quotaledger.rules.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Checks on the registry's records shared by the packs: delivery timing per employee, change notices,
 * languages delivered, request deadlines, adverse actions and retaliation windows. Every deadline, window,
 * language and period comes from the law being checked ({@link Evaluation#law()}).
 */
final class RecordChecks {

    private RecordChecks() {
    }

    /** An employee subject to an active description and the day they became subject to it. */
    record Subject(Employee employee, ActiveDescription description, LocalDate since) {
    }

    /**
     * Nonexempt employees subject to their role's active description, not separated before it applied.
     * They became subject on the later of their hire date and the version's effective date.
     */
    static List<Subject> subjects(FacilityFacts facts) {
        List<Subject> subjects = new ArrayList<>();
        for (Employee employee : facts.employees()) {
            if (employee.exempt()) {
                continue;
            }
            facts.descriptionFor(employee.roleCode()).ifPresent(d -> {
                LocalDate since = max(employee.hireDate(), d.effectiveOn());
                if (since != null && !employee.separatedBefore(since)) {
                    subjects.add(new Subject(employee, d, since));
                }
            });
        }
        return subjects;
    }

    /** {@link #subjects(FacilityFacts)} less the people the law leaves out by job function (drivers, couriers…). */
    static List<Subject> subjects(Evaluation e) {
        return subjects(e.facts()).stream().filter(s -> !excludedByFunction(e.law(), s.employee())).toList();
    }

    static boolean excludedByFunction(StateLaw law, Employee employee) {
        return law.coverage().map(c -> c.excludes(employee.jobFunction())).orElse(false);
    }

    /**
     * Employees working, on the evaluation day, in a role whose description is only a draft or in review: no
     * version is in force, so the quotas they are held to are described to them nowhere (the failure the Labor
     * Commissioner cited Amazon for in 2024). One FAIL each.
     */
    static List<Verdict> heldWithoutDescription(Evaluation e) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Employee employee : e.facts().employees()) {
            if (employee.exempt() || employee.roleCode() == null || !e.facts().undescribedRoles().contains(employee.roleCode())
                    || excludedByFunction(e.law(), employee) || employee.separatedBefore(e.on())
                    || (employee.hireDate() != null && employee.hireDate().isAfter(e.on()))) {
                continue;
            }
            verdicts.add(Verdict.fail("Works in role " + employee.roleCode() + ", whose description is only a draft or in "
                    + "review: no version is in force, so no written description of the quotas applied has been given.")
                    .on(employee.subject()));
        }
        return verdicts;
    }

    /** A per-employee result plus the employees held to quotas no version in force describes. */
    static List<Verdict> withUndescribed(Evaluation e, List<Verdict> verdicts) {
        List<Verdict> undescribed = heldWithoutDescription(e);
        if (undescribed.isEmpty()) {
            return verdicts;
        }
        List<Verdict> all = new ArrayList<>(verdicts.stream().filter(v -> v.outcome() != Outcome.N_A).toList());
        all.addAll(undescribed);
        return all;
    }

    static Stream<Delivery> deliveriesOfCurrent(Subject s) {
        return s.employee().deliveries().stream()
                .filter(d -> d.version() == s.description().version()
                        && (d.roleCode() == null || d.roleCode().equals(s.description().roleCode())));
    }

    static Optional<LocalDate> firstWritten(Subject s) {
        return deliveriesOfCurrent(s).filter(d -> d.channel() != null && d.channel().written())
                .map(Delivery::deliveredOn).min(Comparator.naturalOrder());
    }

    /** Per-employee FAILs and PENDINGs plus one summarising PASS; N/A when nobody is subject. */
    static List<Verdict> perEmployee(List<Subject> subjects, Function<Subject, Verdict> check, String passSummary) {
        if (subjects.isEmpty()) {
            return List.of(Verdict.na("No nonexempt employee is subject to an active description."));
        }
        List<Verdict> verdicts = new ArrayList<>();
        int passed = 0;
        for (Subject s : subjects) {
            Verdict v = check.apply(s);
            if (v == null) {
                continue;
            }
            if (v.outcome() == Outcome.PASS) {
                passed++;
            } else {
                verdicts.add(v.on(s.employee().subject()));
            }
        }
        if (passed > 0) {
            verdicts.addFirst(Verdict.pass(passed + " employee(s) " + passSummary + "."));
        }
        if (verdicts.isEmpty()) {
            verdicts.add(Verdict.na("No employee concerned."));
        }
        return verdicts;
    }

    /**
     * Written description of the current version on or before the day the employee became subject to it.
     * Employees hired before the law took effect had until {@code transitionDeadline} (e.g. 31 Jan 2022 in CA).
     */
    static List<Verdict> deliveredOnTime(Evaluation e, LocalDate lawInForce, LocalDate transitionDeadline) {
        return perEmployee(subjects(e), s -> {
            boolean existingStaff = s.employee().hireDate() != null && s.employee().hireDate().isBefore(lawInForce);
            LocalDate due = existingStaff ? max(s.since(), transitionDeadline) : s.since();
            Optional<LocalDate> delivered = firstWritten(s);
            String version = s.description().roleCode() + " v" + s.description().version();
            if (delivered.isPresent() && !delivered.get().isAfter(due)) {
                return Verdict.pass("");
            }
            if (delivered.isEmpty() && !e.on().isAfter(due)) {
                return Verdict.pending("Subject to " + version + " from " + due + "; no written delivery recorded yet.");
            }
            return Verdict.fail(delivered.map(d -> "Received " + version + " on " + d + ", " + late(due, d)
                            + " after " + due + " when the employee became subject to it.")
                    .orElse("No written delivery of " + version + " recorded; subject to it since " + due + " ("
                            + late(due, e.on()) + " by " + e.on() + ")."));
        }, "received the current description on time");
    }

    /** Every quota applied to the employee is in a description they received (the current version). */
    static List<Verdict> receivedCurrent(Evaluation e) {
        return perEmployee(subjects(e), s -> firstWritten(s).isPresent() ? Verdict.pass("")
                : Verdict.fail("Has not received " + s.description().roleCode() + " v" + s.description().version()
                + ", the description of the quotas applied to them."), "received the current description");
    }

    /** The description was given in writing, not only in a briefing. */
    static List<Verdict> inWriting(Evaluation e) {
        return perEmployee(subjects(e), s -> {
            List<Delivery> all = deliveriesOfCurrent(s).toList();
            if (all.isEmpty()) {
                return null;
            }
            return all.stream().anyMatch(d -> d.channel() != null && d.channel().written()) ? Verdict.pass("")
                    : Verdict.fail("Only a verbal briefing of " + s.description().roleCode() + " v"
                    + s.description().version() + " is recorded; a written description is required.");
        }, "received the description in writing");
    }

    /** "14 days late": how far past its due day a thing came (or still has not). */
    static String late(LocalDate due, LocalDate on) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(due, on);
        return days + (days == 1 ? " day" : " days") + " late";
    }

    /** Employees who were already subject to the previous version when the quota changed. */
    static List<Subject> changed(Evaluation e) {
        return subjects(e).stream().filter(s -> s.description().isChange()
                && s.employee().hireDate() != null && s.employee().hireDate().isBefore(s.description().effectiveOn()))
                .toList();
    }

    /** An updated written description within the law's business days after the change (NY §781, WA, OR). */
    static List<Verdict> changeNoticeAfter(Evaluation e) {
        Optional<ChangeNotice> notice = e.law().changeNotice().filter(n -> !n.before());
        if (notice.isEmpty()) {
            return List.of(Verdict.na("The law sets no change-notice deadline after a change."));
        }
        int days = notice.get().days();
        var cal = e.law().calendar();
        List<Subject> changed = changed(e);
        if (changed.isEmpty()) {
            return List.of(Verdict.na("No quota change affects a current employee."));
        }
        return perEmployee(changed, s -> {
            LocalDate due = cal.addBusinessDays(s.description().effectiveOn(), days);
            Optional<LocalDate> delivered = firstWritten(s);
            if (delivered.isPresent() && !delivered.get().isAfter(due)) {
                return Verdict.pass("");
            }
            if (delivered.isEmpty() && !e.on().isAfter(due)) {
                return Verdict.pending("Updated description due by " + due + " (" + days + " business days after the "
                        + s.description().effectiveOn() + " change).");
            }
            return Verdict.fail("Updated description due by " + due + " (" + days + " business days after the "
                    + s.description().effectiveOn() + " change) " + delivered.map(d -> "given on " + d + ", " + late(due, d))
                    .orElse("not given, " + late(due, e.on()) + " by " + e.on()) + ".");
        }, "received the updated description in time");
    }

    /**
     * Notice before the changed quota applies: any channel (WA RCW 49.84.020(2)(a)) or, with
     * {@code businessDaysBefore} > 0, in writing that many business days before (federal bill).
     */
    static List<Verdict> changeNoticeBefore(Evaluation e, int businessDaysBefore) {
        List<Subject> changed = changed(e);
        if (changed.isEmpty()) {
            return List.of(Verdict.na("No quota change affects a current employee."));
        }
        return perEmployee(changed, s -> {
            LocalDate change = s.description().effectiveOn();
            LocalDate latest = businessDaysBefore > 0
                    ? e.law().calendar().addBusinessDays(change, -businessDaysBefore) : change.minusDays(1);
            // A verbal notice counts before a WA change; the federal bill wants the written description.
            Optional<LocalDate> notice = businessDaysBefore > 0 ? firstWritten(s)
                    : deliveriesOfCurrent(s).map(Delivery::deliveredOn).min(Comparator.naturalOrder());
            if (notice.isPresent() && !notice.get().isAfter(latest)) {
                return Verdict.pass("");
            }
            if (notice.isEmpty() && !e.on().isAfter(latest)) {
                return Verdict.pending("Notice of the " + change + " change due by " + latest + ".");
            }
            return Verdict.fail("Notice of the " + change + " change was due by " + latest + " and was "
                    + notice.map(d -> "given on " + d).orElse("not given") + ".");
        }, "were told of the change before it applied");
    }

    /**
     * What was delivered was in the employee's primary language (NY §781, WA, OR, federal). Only deliveries are
     * judged: an employee who has received nothing yet is the timing rules' concern, not a language failure. The
     * law's grace days (WA: 15 for a language outside the top six) apply before a FAIL.
     */
    static List<Verdict> deliveredInPrimaryLanguage(Evaluation e) {
        Languages languages = e.law().languages();
        if (!languages.primary()) {
            return List.of(Verdict.na("The law names no language for the description."));
        }
        int graceDays = languages.graceDays();
        List<Subject> known = subjects(e).stream().filter(s -> s.employee().primaryLanguage() != null).toList();
        if (known.isEmpty()) {
            return List.of(Verdict.na("No subject employee has a recorded primary language."));
        }
        return perEmployee(known, s -> {
            String language = s.employee().primaryLanguage();
            List<Delivery> delivered = deliveriesOfCurrent(s).toList();
            if (delivered.isEmpty()) {
                return null;
            }
            if (delivered.stream().anyMatch(d -> DocumentChecks.sameLanguage(d.language(), language))) {
                return Verdict.pass("");
            }
            LocalDate due = s.since().plusDays(graceDays);
            if (!e.on().isAfter(due)) {
                return Verdict.pending("Description in " + language + " due by " + due + " (" + languages.citation() + ").");
            }
            return Verdict.fail("Primary language " + language + ", but " + s.description().roleCode() + " v"
                    + s.description().version() + " was delivered only in "
                    + String.join(", ", delivered.stream().map(Delivery::language).distinct().toList()) + ".");
        }, "received the description in their primary language");
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

    /**
     * Injury rate of the latest year on record against a multiple of the industry average, with a
     * minimum of annual work hours (federal bill: 40,000). A risk flag, never a FAIL.
     */
    static List<Verdict> injuryRate(Evaluation e, double multiple, long minimumHours, String consequence) {
        FacilityFacts.Records records = e.facts().records();
        if (records == null || records.injuryRates() == null || records.injuryRates().isEmpty()) {
            return List.of(Verdict.na("No injury statistics on record."));
        }
        FacilityFacts.InjuryRate latest = records.injuryRates().stream()
                .max(Comparator.comparingInt(FacilityFacts.InjuryRate::year)).orElseThrow();
        double ratio = latest.ratio();
        String text = String.format(Locale.ROOT, "%.2f", ratio);
        if (ratio >= multiple && latest.workHours() >= minimumHours) {
            return List.of(Verdict.review(latest.year() + " injury rate is " + text + "× the industry average (≥ "
                    + multiple + "×): " + consequence));
        }
        return List.of(Verdict.pass(latest.year() + " injury rate is " + text + "× the industry average (< "
                + multiple + "×)."));
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

    /** Records kept at least the law's period (NY §784, RCW 49.84.035, federal bill). */
    static List<Verdict> retention(Evaluation e) {
        Optional<Retention> period = e.law().retention();
        if (period.isEmpty()) {
            return List.of(Verdict.na("The law sets no record-retention period that could be confirmed."));
        }
        int months = period.get().months();
        FacilityFacts.Records records = e.facts().records();
        if (records == null || records.retentionMonths() == null) {
            return List.of(Verdict.na("No record-retention setting on record."));
        }
        return List.of(records.retentionMonths() >= months
                ? Verdict.pass("Records are kept " + records.retentionMonths() + " months.")
                : Verdict.fail("Records are kept " + records.retentionMonths() + " months, less than the "
                + months + " required (" + period.get().citation() + ")."));
    }

    /** Exposure summary from the pack's earlier findings (see {@link PenaltyEstimate}). */
    static List<Verdict> exposure(Evaluation e) {
        return PenaltyEstimate.fromFindings(e.jurisdiction(), e.earlier(), e.facts())
                .map(p -> p.violations() == 0
                        ? Verdict.pass("No disclosure violation found; exposure $0.")
                        : Verdict.review("Exposure estimate: " + p.formula() + " (" + p.citation() + "). By rule: "
                        + String.join(", ", p.byRule().stream().map(c -> c.ruleId() + " " + c.employees()).toList()) + "."))
                .map(List::of)
                .orElse(List.of(Verdict.na("No penalty schedule known for " + e.jurisdiction() + ".")));
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
