package org.quotaledger.rules.packs;

import org.quotaledger.law.ChangeNotice;
import org.quotaledger.law.Languages;
import org.quotaledger.law.StateLaw;
import org.quotaledger.rules.Evaluation;
import org.quotaledger.rules.FacilityFacts;
import org.quotaledger.rules.FacilityFacts.ActiveDescription;
import org.quotaledger.rules.FacilityFacts.Delivery;
import org.quotaledger.rules.FacilityFacts.Employee;
import org.quotaledger.rules.Outcome;
import org.quotaledger.rules.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks on the descriptions given to employees: who is subject to a description, delivery on time and in writing,
 * change notices and the language delivered. Every deadline, window and language comes from the law being checked
 * ({@link Evaluation#law()}).
 */
final class DeliveryChecks {

    private DeliveryChecks() {
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
            return Verdict.fail(delivered.map(d -> "Received " + version + " on " + d + ", " + CheckSupport.late(due, d)
                            + " after " + due + " when the employee became subject to it.")
                    .orElse("No written delivery of " + version + " recorded; subject to it since " + due + " ("
                            + CheckSupport.late(due, e.on()) + " by " + e.on() + ")."));
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
                    + s.description().effectiveOn() + " change) " + delivered.map(d -> "given on " + d + ", " + CheckSupport.late(due, d))
                    .orElse("not given, " + CheckSupport.late(due, e.on()) + " by " + e.on()) + ".");
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
            LocalDate due = s.since().plusDays(languages.graceDaysFor(language));
            if (!e.on().isAfter(due)) {
                return Verdict.pending("Description in " + language + " due by " + due + " (" + languages.citation() + ").");
            }
            return Verdict.fail("Primary language " + language + ", but " + s.description().roleCode() + " v"
                    + s.description().version() + " was delivered only in "
                    + String.join(", ", delivered.stream().map(Delivery::language).distinct().toList()) + ".");
        }, "received the description in their primary language");
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
