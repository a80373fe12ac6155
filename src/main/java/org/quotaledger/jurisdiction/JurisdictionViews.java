package org.quotaledger.jurisdiction;

import org.quotaledger.calendar.BusinessCalendar;
import org.quotaledger.calendar.Holiday;
import org.quotaledger.law.ChangeNotice;
import org.quotaledger.law.Coverage;
import org.quotaledger.law.DayCount;
import org.quotaledger.law.Deadline;
import org.quotaledger.law.FormerEmployees;
import org.quotaledger.law.JobFunction;
import org.quotaledger.law.Languages;
import org.quotaledger.law.LawStatus;
import org.quotaledger.law.Penalties;
import org.quotaledger.law.Periods;
import org.quotaledger.law.RequestKind;
import org.quotaledger.law.RequestRight;
import org.quotaledger.law.RequestTerms;
import org.quotaledger.law.Retaliation;
import org.quotaledger.law.Retention;
import org.quotaledger.law.StateLaw;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The law table's JSON shapes: each fact of a {@link StateLaw} with its citation, and the answer to "when is it due?". */
public final class JurisdictionViews {

    private JurisdictionViews() {
    }

    /** One jurisdiction and every fact the app applies for it; a fact the law does not state is null. */
    public record LawView(String code, String name, LawStatus status, String title, LocalDate inForce,
                          LocalDate existingStaffBy, ZoneId timeZone, CalendarView calendar, AgencyView agency,
                          CoverageView coverage, List<RequestView> requests, FormerView formerEmployees,
                          ChangeNoticeView changeNotice, LanguagesView languages, RetentionView retention,
                          PenaltiesView penalties, RetaliationView retaliation, int rules) {

        static LawView of(StateLaw law, int year, int rules) {
            return new LawView(law.code(), law.name(), law.status(), law.title(), law.inForce(),
                    law.existingStaffBy() == null || law.existingStaffBy().equals(LocalDate.MIN) ? null : law.existingStaffBy(),
                    law.zone(), CalendarView.of(law, year), new AgencyView(law.agency().name(), law.agency().url()),
                    law.coverage().map(CoverageView::of).orElse(null),
                    Arrays.stream(RequestKind.values()).flatMap(k -> law.request(k).stream()).map(RequestView::of).toList(),
                    FormerView.of(law.formerEmployees()), law.changeNotice().map(ChangeNoticeView::of).orElse(null),
                    LanguagesView.of(law.languages()), law.retention().map(RetentionView::of).orElse(null),
                    law.penalties().map(PenaltiesView::of).orElse(null), law.retaliation().map(RetaliationView::of).orElse(null),
                    rules);
        }
    }

    /** The holidays of one year on which the state's offices close (observed dates, weekdays only). */
    public record CalendarView(String source, int year, List<HolidayView> holidays) {
        static CalendarView of(StateLaw law, int year) {
            BusinessCalendar calendar = law.calendar();
            List<HolidayView> holidays = calendar.holidays().stream()
                    .map(h -> new HolidayView(h.name(), observed(h, year)))
                    .filter(h -> h.observed() != null && calendar.isHoliday(h.observed()))
                    .sorted(java.util.Comparator.comparing(HolidayView::observed)).toList();
            return new CalendarView(law.calendarSource(), year, holidays);
        }

        private static LocalDate observed(Holiday holiday, int year) {
            LocalDate day = holiday.observedIn(year);
            if (day.getYear() != year) {
                day = holiday.observedIn(year + 1);
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            return day.getYear() == year && !weekend ? day : null;
        }
    }

    public record HolidayView(String name, LocalDate observed) {
    }

    public record AgencyView(String name, String url) {
    }

    public record CoverageView(int siteThreshold, int statewideThreshold, String citation, Set<String> naics,
                               Set<String> excludedNaics, String naicsScope, Set<JobFunction> excludedJobFunctions,
                               String exclusionCitation) {
        static CoverageView of(Coverage c) {
            return new CoverageView(c.siteThreshold(), c.statewideThreshold(), c.citation(), new java.util.TreeSet<>(c.naics()),
                    new java.util.TreeSet<>(c.excludedNaics()), c.naicsScope(), c.excludedFunctions(), c.exclusionCitation());
        }
    }

    /**
     * @param deadlineDays  null where the statute sets no deadline that could be confirmed
     * @param window        ISO-8601 period of data before the request (or separation); null where none is stated
     */
    public record RequestView(RequestKind kind, Integer deadlineDays, DayCount dayCount, String deadline,
                              String deadlineCitation, String window, String windowText, boolean aggregateRequired,
                              String citation) {
        static RequestView of(RequestRight r) {
            Deadline d = r.deadline();
            return new RequestView(r.kind(), d == null ? null : d.days(), d == null ? null : d.count(),
                    d == null ? null : d.describe(), d == null ? null : d.citation(),
                    r.window() == null ? null : r.window().toString(), Periods.describe(r.window()), r.aggregate(), r.citation());
        }
    }

    public record FormerView(boolean oneRequest, String within, String withinText, String citation) {
        static FormerView of(FormerEmployees f) {
            return new FormerView(f.oneRequest(), f.within() == null ? null : f.within().toString(),
                    Periods.describe(f.within()), f.citation());
        }
    }

    /**
     * @param businessDays after the change; negative when the notice is due before it
     * @param days         the number of business days, whichever side of the change
     */
    public record ChangeNoticeView(int businessDays, boolean before, int days, String citation) {
        static ChangeNoticeView of(ChangeNotice c) {
            return new ChangeNoticeView(c.businessDays(), c.before(), c.days(), c.citation());
        }
    }

    /** @param employersOwn the language is the one the employer uses with the employee (Oregon), not the employee's choice */
    public record LanguagesView(boolean english, boolean primary, int graceDays, String citation, boolean employersOwn) {
        static LanguagesView of(Languages l) {
            return new LanguagesView(l.english(), l.primary(), l.graceDays(), l.citation(), l.employersOwn());
        }
    }

    public record RetentionView(String period, String text, String citation) {
        static RetentionView of(Retention r) {
            return new RetentionView(r.period().toString(), Periods.describe(r.period()), r.citation());
        }
    }

    public record PenaltiesView(BigDecimal first, BigDecimal repeat, String citation) {
        static PenaltiesView of(Penalties p) {
            return new PenaltiesView(p.first(), p.repeat(), p.citation());
        }
    }

    public record RetaliationView(int days, boolean firstRequestOfYearOnly, boolean complaints, String citation) {
        static RetaliationView of(Retaliation r) {
            return new RetaliationView(r.days(), r.firstRequestOfYearOnly(), r.complaints(), r.citation());
        }
    }

    /** The window of work speed data an answer covers, both days included. */
    public record Window(LocalDate from, LocalDate to) {
    }

    /**
     * When a request is due under a state's law.
     *
     * @param dueOn             the last day to answer; null when no answer is owed or no deadline is set
     * @param citation          where the deadline (else the right) is written
     * @param required          false when the law does not oblige the employer to answer, with {@code notRequiredReason}
     */
    public record DeadlineAnswer(String state, RequestKind kind, LocalDate receivedOn, boolean former,
                                 LocalDate separatedOn, LocalDate dueOn, String deadline, Window window,
                                 boolean aggregateRequired, String citation, boolean required, String notRequiredReason) {
        static DeadlineAnswer of(RequestTerms t, LocalDate separatedOn) {
            String citation = t.deadline() != null ? t.deadline().citation() : t.citation() != null ? t.citation()
                    : t.notRequiredReason();
            return new DeadlineAnswer(t.state(), t.kind(), t.receivedOn(), t.former(), separatedOn, t.dueOn(),
                    t.deadline() == null ? null : t.deadline().describe(), new Window(t.windowFrom(), t.windowTo()),
                    t.aggregate(), citation, t.required(), t.notRequiredReason());
        }
    }
}
