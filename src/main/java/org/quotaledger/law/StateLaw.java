package org.quotaledger.law;

import org.quotaledger.calendar.BusinessCalendar;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One jurisdiction's warehouse quota law as facts, each with its citation: the only place a state's deadlines,
 * data windows, languages, retention, penalties, zone and holidays are written. A fact the statute does not state
 * (or the catalogue could not confirm) is absent, never guessed, unless the method says which assumption it makes.
 *
 * <p>Adding a state is one class implementing this interface (with its rule pack, in {@code rules.packs}) and
 * one line in {@code META-INF/services/org.quotaledger.law.StateLaw}.
 */
public interface StateLaw {

    /** Where no statute sets a window of data, an answer given anyway covers this long (what most of them use). */
    Period COURTESY_WINDOW = Period.ofDays(90);

    /** The law's name, status, zone, calendar and agency, stated once by each state. */
    Statute statute();

    /** Two-letter code: a USPS state code, or {@code US} for the federal bill. */
    default String code() {
        return statute().code();
    }

    /** "California", "Federal (proposed)". */
    default String name() {
        return statute().name();
    }

    default LawStatus status() {
        return statute().status();
    }

    /** The law's short title, e.g. "Cal. Lab. Code §§2100–2112". */
    default String title() {
        return statute().title();
    }

    /** The day the law took effect; null for a bill or where there is no law. */
    default LocalDate inForce() {
        return statute().inForce();
    }

    /** The day by which employees on staff when the law took effect had to have their descriptions. */
    default LocalDate existingStaffBy() {
        return inForce();
    }

    /** The state's local time: deadlines, and the day an employee received something, are local days. */
    default ZoneId zone() {
        return statute().zone();
    }

    /** The state's business days (its public offices' holidays). */
    default BusinessCalendar calendar() {
        return statute().calendar();
    }

    /** Where the holiday list comes from. */
    default String calendarSource() {
        return statute().calendarSource();
    }

    default Agency agency() {
        return statute().agency();
    }

    /** Thresholds, NAICS scope and excluded job functions; empty where there is no law. */
    default Optional<Coverage> coverage() {
        return Optional.empty();
    }

    /** What a request of this kind entitles an employee to; empty where no statute gives the right. */
    default Optional<RequestRight> request(RequestKind kind) {
        return Optional.empty();
    }

    default FormerEmployees formerEmployees() {
        return FormerEmployees.NO_LIMIT;
    }

    /** When an updated description is due after a quota change; empty where the statute sets no such duty. */
    default Optional<ChangeNotice> changeNotice() {
        return Optional.empty();
    }

    /**
     * The first day a quota change decided on {@code today} can take effect and still be noticed as this law
     * requires: where the updated description is due before the change, the day that many business days ahead;
     * elsewhere today, the description following within the law's days after the change.
     */
    default LocalDate earliestChangeEffectiveDay(LocalDate today) {
        return changeNotice().filter(ChangeNotice::before)
                .map(n -> calendar().addBusinessDays(today, n.days())).orElse(today);
    }

    default Languages languages() {
        return Languages.NOT_REGULATED;
    }

    /** The statutory record-keeping period; empty where none was found. */
    default Optional<Retention> retention() {
        return Optional.empty();
    }

    default Optional<Penalties> penalties() {
        return Optional.empty();
    }

    default Optional<Retaliation> retaliation() {
        return Optional.empty();
    }

    /**
     * The terms of a request received on {@code receivedOn} from an employee who separated on {@code separatedOn}
     * (null while employed), who had made {@code earlierFormerRequests} requests since leaving.
     */
    default RequestTerms terms(RequestKind kind, LocalDate receivedOn, LocalDate separatedOn, long earlierFormerRequests) {
        boolean former = separatedOn != null && !separatedOn.isAfter(receivedOn);
        Optional<RequestRight> right = request(kind);
        LocalDate end = former ? separatedOn : receivedOn;
        Period window = right.map(RequestRight::window).filter(java.util.Objects::nonNull).orElse(COURTESY_WINDOW);
        String reason = null;
        if (right.isEmpty()) {
            reason = status() == LawStatus.NONE
                    ? name() + " has no warehouse quota law giving employees this right."
                    : title() + " gives no right to this request.";
        } else if (former) {
            FormerEmployees terms = formerEmployees();
            if (terms.within() != null && receivedOn.isAfter(separatedOn.plus(terms.within()))) {
                reason = "Received more than " + Periods.describe(terms.within()) + " after the separation on "
                        + separatedOn + ": the right lasts " + Periods.describe(terms.within()) + " (" + terms.citation() + ").";
            } else if (terms.oneRequest() && earlierFormerRequests > 0) {
                reason = "A former employee may make one request (" + terms.citation() + "); this one follows an earlier one.";
            }
        }
        Deadline deadline = reason == null ? right.map(RequestRight::deadline).orElse(null) : null;
        return new RequestTerms(code(), kind, receivedOn, former, reason == null, reason,
                deadline == null ? null : deadline.after(receivedOn, calendar()), deadline,
                end.minus(window), end.minusDays(1), right.map(RequestRight::aggregate).orElse(false),
                right.map(RequestRight::citation).orElse(null));
    }
}
