package org.quotaledger.notice;

import org.quotaledger.law.Deadline;
import org.quotaledger.law.DayCount;
import org.quotaledger.law.FormerEmployees;
import org.quotaledger.law.Languages;
import org.quotaledger.law.RequestKind;
import org.quotaledger.law.RequestRight;
import org.quotaledger.law.Retaliation;
import org.quotaledger.law.StateLaw;
import org.quotaledger.law.StateLaws;
import org.quotaledger.law.LawStatus;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rights paragraph of a notice, written from the state's law: the window of data, what former employees may ask,
 * the deadline, the languages and the retaliation presumption are the law's facts ({@link StateLaw}), put into the
 * bundle's sentences, so a notice never states a deadline the rules do not apply.
 */
public final class RightsText {

    private RightsText() {
    }

    /**
     * The rights as the employee's portal states them, in {@code locale} as the notice would be: the state's trigger
     * sentence, then under an enacted law each sentence of {@link #sentences}. One wording for the paper and the page.
     */
    public static List<String> forEmployee(String state, java.util.Locale locale) {
        NoticeText t = NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, locale);
        StateLaw law = StateLaws.of(state);
        List<String> out = new ArrayList<>();
        out.add(trigger(state, law, t));
        if (law.status() == LawStatus.ENACTED) {
            out.addAll(sentences(law, t));
        }
        return out;
    }

    /** The state's own "you may ask" sentence, or the general one where the law is not enacted or has none. */
    static String trigger(String state, StateLaw law, NoticeText t) {
        String trigger = t.optional((law.status() == LawStatus.ENACTED ? "rights." + state + "." : "rights.default.") + "trigger");
        return trigger.isEmpty() ? t.get("rights.default.trigger") : trigger;
    }

    /**
     * The rights as three paragraphs, to keep a notice on one page: who may ask and what they receive, by when and in
     * which languages, and the protection against retaliation.
     */
    static List<String> paragraphs(StateLaw law, String trigger, NoticeText t) {
        List<String> s = sentences(law, t);
        int deadline = s.size() - 1 - (law.languages().english() && law.languages().primary() ? 2 : 1);
        return List.of(trigger + " " + String.join(" ", s.subList(0, deadline)),
                String.join(" ", s.subList(deadline, s.size() - 1)), s.getLast());
    }

    /** Each sentence: scope and former employees (when the law states them), deadline, languages, retaliation. */
    static List<String> sentences(StateLaw law, NoticeText t) {
        List<String> out = new ArrayList<>();
        Optional<RequestRight> data = law.request(RequestKind.WORK_SPEED_DATA);
        Optional<RequestRight> descriptions = law.request(RequestKind.DESCRIPTION);
        Period window = data.map(RequestRight::window).orElse(null);
        if (window != null) {
            out.add(t.get("rights.scope", span(window, t),
                    data.get().aggregate() ? t.get("rights.scope.aggregate") : ""));
            FormerEmployees former = law.formerEmployees();
            if (former.oneRequest() && former.within() != null) {
                out.add(t.get("rights.former.oneWithin", span(window, t), span(former.within(), t)));
            } else if (former.oneRequest()) {
                out.add(t.get("rights.former.one", span(window, t)));
            } else if (former.within() != null) {
                out.add(t.get("rights.former.within", span(window, t), span(former.within(), t)));
            }
        } else if (data.isPresent()) {
            out.add(t.get("rights.scope.unstated"));
        }
        Deadline forDescriptions = descriptions.map(RequestRight::deadline).orElse(null);
        Deadline forData = data.map(RequestRight::deadline).orElse(null);
        if (forDescriptions == null || forData == null) {
            out.add(t.get("rights.deadline.none"));
        } else if (forData.count() == DayCount.CALENDAR && forDescriptions.days() == forData.days()) {
            out.add(t.get("rights.deadline.calendar", Integer.toString(forData.days()), forData.citation()));
        } else {
            out.add(t.get("rights.deadline.business", Integer.toString(forDescriptions.days()),
                    Integer.toString(forData.days()), forData.citation()));
        }
        Languages languages = law.languages();
        if (languages.english() && languages.primary()) {
            out.add(t.get("rights.languages.englishAndPrimary", languages.citation()));
        }
        Optional<Retaliation> retaliation = law.retaliation();
        if (retaliation.isEmpty()) {
            out.add(t.get("rights.retaliation.none"));
        } else {
            out.add(t.get(retaliation.get().firstRequestOfYearOnly() ? "rights.retaliation.firstRequest"
                    : "rights.retaliation.any", Integer.toString(retaliation.get().days()), retaliation.get().citation()));
        }
        return out;
    }

    /** The agency's name, with its address where there is one. */
    static String agency(StateLaw law) {
        return law.agency().url() == null ? law.agency().name() : law.agency().name() + ", " + law.agency().url();
    }

    /** "90 days", "6 meses": a statutory length of time in the notice's language. */
    static String span(Period period, NoticeText t) {
        if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
            return count(period.getYears(), "span.year", "span.years", t);
        }
        if (period.getYears() == 0 && period.getMonths() > 0 && period.getDays() == 0) {
            return count(period.getMonths(), "span.month", "span.months", t);
        }
        return count((int) (period.toTotalMonths() * 30 + period.getDays()), "span.day", "span.days", t);
    }

    private static String count(int n, String one, String many, NoticeText t) {
        return n == 1 ? t.get(one) : t.get(many, Integer.toString(n));
    }
}
