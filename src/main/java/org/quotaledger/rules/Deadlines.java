package org.quotaledger.rules;

import org.quotaledger.calendar.BusinessCalendar;
import org.quotaledger.rules.FacilityFacts.RequestKind;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Response deadlines for employee requests and change notices, per state:
 * <ul>
 * <li>CA: 21 calendar days from a written or oral request (Cal. Lab. Code §2104(b));</li>
 * <li>NY: 14 calendar days (N.Y. Lab. Law §785(3));</li>
 * <li>OR: 21 calendar days (ORS 653.557);</li>
 * <li>WA: 2 business days for descriptions, 7 for work speed data (RCW 49.84.037(3));</li>
 * <li>US (proposed): 2 / 7 business days on the federal calendar (H.R. 4896);</li>
 * <li>MN: none confirmed (Minn. Stat. §182.6526 subd. 3–4 UNCONFIRMED), so no due date.</li>
 * </ul>
 * Business days follow {@link BusinessCalendar} of the state; the day of receipt is not counted.
 */
public final class Deadlines {

    private record Schedule(int descriptionDays, int dataDays, boolean businessDays, String citation) {
    }

    private static final Map<String, Schedule> REQUESTS = Map.of(
            "CA", new Schedule(21, 21, false, "Cal. Lab. Code §2104(b)"),
            "NY", new Schedule(14, 14, false, "N.Y. Lab. Law §785(3)"),
            "OR", new Schedule(21, 21, false, "ORS 653.557"),
            "WA", new Schedule(2, 7, true, "RCW 49.84.037(3)"),
            "US", new Schedule(2, 7, true, "H.R. 4896 (proposed)"));

    /** Change notices: business days after (positive) or before (negative) the change takes effect. */
    private static final Map<String, Integer> CHANGE_NOTICE = Map.of("NY", 2, "WA", 2, "OR", 2, "US", -2);

    private Deadlines() {
    }

    /** The last day on which a request received on {@code received} may be answered; empty where no deadline is known. */
    public static Optional<LocalDate> due(String jurisdiction, RequestKind kind, LocalDate received) {
        Schedule schedule = REQUESTS.get(jurisdiction);
        if (schedule == null) {
            return Optional.empty();
        }
        int days = kind == RequestKind.DESCRIPTION ? schedule.descriptionDays() : schedule.dataDays();
        return Optional.of(schedule.businessDays()
                ? BusinessCalendar.of(jurisdiction).addBusinessDays(received, days)
                : received.plusDays(days));
    }

    /** The statute the deadline comes from, e.g. "Cal. Lab. Code §2104(b)". */
    public static Optional<String> citation(String jurisdiction) {
        return Optional.ofNullable(REQUESTS.get(jurisdiction)).map(Schedule::citation);
    }

    /**
     * PASS when answered by the due date, FAIL when answered late or still open after it, PENDING when
     * open and not yet due, N_A where no deadline is known.
     */
    public static Outcome outcome(String jurisdiction, RequestKind kind, LocalDate received, LocalDate fulfilled,
                                  LocalDate today) {
        Optional<LocalDate> due = due(jurisdiction, kind, received);
        if (due.isEmpty()) {
            return Outcome.N_A;
        }
        if (fulfilled != null) {
            return fulfilled.isAfter(due.get()) ? Outcome.FAIL : Outcome.PASS;
        }
        return today.isAfter(due.get()) ? Outcome.FAIL : Outcome.PENDING;
    }

    /**
     * When an updated description is due for a quota change effective on {@code change}: two business
     * days after it in NY (§781), WA (RCW 49.84.020(2)(b)) and OR (ORS 653.556(2)(b)); two business days
     * before it under the federal bill. Empty for CA (no statutory change notice) and MN (unconfirmed).
     */
    public static Optional<LocalDate> changeNoticeDue(String jurisdiction, LocalDate change) {
        Integer days = CHANGE_NOTICE.get(jurisdiction);
        return days == null ? Optional.empty()
                : Optional.of(BusinessCalendar.of(jurisdiction).addBusinessDays(change, days));
    }

    /**
     * The first day a quota change decided on {@code today} can take effect and still be noticed as the state
     * requires: where employees must be told before it applies (WA RCW 49.84.020(2)(a), any channel; the federal
     * bill, in writing two business days before), the day after that notice can be given; elsewhere today, the
     * updated description following within the state's days after the change.
     */
    public static LocalDate earliestChangeEffectiveDay(String jurisdiction, boolean federalOptIn, LocalDate today) {
        LocalDate earliest = "WA".equals(jurisdiction) ? today.plusDays(1) : today;
        if (federalOptIn || "US".equals(jurisdiction)) {
            LocalDate federal = BusinessCalendar.of("US").addBusinessDays(today, -CHANGE_NOTICE.get("US"));
            earliest = federal.isAfter(earliest) ? federal : earliest;
        }
        return earliest;
    }
}
