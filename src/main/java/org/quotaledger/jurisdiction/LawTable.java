package org.quotaledger.jurisdiction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quotaledger.jurisdiction.JurisdictionViews.DeadlineAnswer;
import org.quotaledger.jurisdiction.JurisdictionViews.LawView;
import org.quotaledger.law.RequestKind;
import org.quotaledger.law.StateLaw;
import org.quotaledger.law.StateLaws;
import org.quotaledger.rules.RulePacks;
import org.quotaledger.time.AppClock;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The public law table and the deadline calculator: reads {@link StateLaws} only, so what it shows is exactly what the
 * rules, the requests and the notices apply. Parameters arrive as text and are checked here, so every bad one is a
 * 400 that names it.
 */
@ApplicationScoped
public class LawTable {

    @Inject
    AppClock clock;

    /** Every jurisdiction with its facts; holidays are those of {@code year} (this year when null). */
    public List<LawView> all(String year) {
        int y = year(year);
        return StateLaws.all().stream().map(law -> view(law, y)).toList();
    }

    public LawView one(String state, String year) {
        return view(law(state), year(year));
    }

    /**
     * When a request of {@code kind} received on {@code receivedOn} is due, which data window it covers and whether
     * aggregated data is part of it. {@code former}: from a former employee, who left on {@code separatedOn} (the day
     * of the request when not given) and made {@code priorRequests} requests since.
     */
    public DeadlineAnswer deadline(String state, String kind, String receivedOn, String former, String separatedOn,
                                   String priorRequests) {
        StateLaw law = law(state);
        List<FieldError> errors = new ArrayList<>();
        RequestKind k = null;
        try {
            k = RequestKind.valueOf(required(kind, "kind", errors));
        } catch (IllegalArgumentException e) {
            if (kind != null && !kind.isBlank()) {
                errors.add(FieldError.field("kind", "must be one of " + Arrays.toString(RequestKind.values())));
            }
        }
        LocalDate received = date(required(receivedOn, "receivedOn", errors), "receivedOn", errors);
        Boolean isFormer = former == null || former.isBlank() ? null : switch (former.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(FieldError.field("former", "must be true or false"));
                yield null;
            }
        };
        LocalDate separated = separatedOn == null || separatedOn.isBlank() ? null : date(separatedOn, "separatedOn", errors);
        long prior = 0;
        if (priorRequests != null && !priorRequests.isBlank()) {
            try {
                prior = Long.parseLong(priorRequests.strip());
                if (prior < 0) {
                    errors.add(FieldError.field("priorRequests", "must not be negative"));
                }
            } catch (NumberFormatException e) {
                errors.add(FieldError.field("priorRequests", "must be a whole number"));
            }
        }
        if (separated != null && Boolean.FALSE.equals(isFormer)) {
            errors.add(FieldError.field("separatedOn", "is given for a current employee (former=false)"));
        }
        if (separated != null && received != null && separated.isAfter(received)) {
            errors.add(FieldError.field("separatedOn", "is after receivedOn: the employee had not left when asking"));
        }
        if (prior > 0 && !Boolean.TRUE.equals(isFormer) && separated == null) {
            errors.add(FieldError.field("priorRequests", "counts a former employee's requests: give former=true"));
        }
        if (!errors.isEmpty()) {
            throw new BadQuery(errors);
        }
        boolean formerEmployee = Boolean.TRUE.equals(isFormer) || separated != null;
        LocalDate separation = formerEmployee ? (separated != null ? separated : received) : null;
        return DeadlineAnswer.of(law.terms(k, received, separation, prior), separated);
    }

    private LawView view(StateLaw law, int year) {
        int rules = RulePacks.standard().pack(law.code()).map(p -> p.entries().size()).orElse(0);
        return LawView.of(law, year, rules);
    }

    private static StateLaw law(String state) {
        String code = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        return StateLaws.find(code).orElseThrow(() -> new NotFound("No jurisdiction " + code + " is known here; the law table has "
                + String.join(", ", StateLaws.all().stream().map(StateLaw::code).toList()) + "."));
    }

    private int year(String year) {
        if (year == null || year.isBlank()) {
            return clock.today(ZoneOffset.UTC).getYear();
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y >= 1900 && y <= 2999) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadQuery(List.of(FieldError.field("year", "must be a year between 1900 and 2999")));
    }

    private static String required(String value, String name, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.field(name, "is required"));
            return "";
        }
        return value.strip();
    }

    private static LocalDate date(String value, String name, List<FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.field(name, "must be an ISO-8601 date (2026-03-02)"));
            return null;
        }
    }
}
