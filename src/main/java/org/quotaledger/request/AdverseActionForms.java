package org.quotaledger.request;

import org.quotaledger.request.AdverseActionViews.NewAdverseAction;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the adverse action form of the pages into the API's record, naming each field that cannot be read in words
 * a manager understands (the API's messages name fields and constants instead).
 */
public final class AdverseActionForms {

    /** A kind of action as the form offers it. */
    public record Kind(String value, String label) {
    }

    private AdverseActionForms() {
    }

    /** The kinds in the order the form lists them, each in words. */
    public static List<Kind> kinds() {
        return Arrays.stream(AdverseAction.Type.values()).map(t -> new Kind(t.name(), label(t))).toList();
    }

    public static String label(AdverseAction.Type type) {
        return switch (type) {
            case WARNING -> "Warning";
            case WRITE_UP -> "Written warning (write-up)";
            case TERMINATION -> "Termination";
            case SCHEDULE_CUT -> "Cut in hours or shifts";
            case OTHER -> "Other adverse action";
        };
    }

    /**
     * @param today the facility's local day: an action is recorded once taken, so a later day is refused, as are the
     *              days something was handed over
     */
    public static NewAdverseAction read(String date, String type, boolean quotaBased, String descriptionId,
                                        String quotaGivenOn, String workSpeedDataGivenOn, String note, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = day("date", date, true, today, errors);
        AdverseAction.Type kind = null;
        try {
            kind = AdverseAction.Type.valueOf(type == null ? "" : type.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.field("type", "Choose what kind of action it was."));
        }
        Long description = null;
        if (descriptionId != null && !descriptionId.isBlank()) {
            try {
                description = Long.parseLong(descriptionId.strip());
            } catch (NumberFormatException e) {
                errors.add(FieldError.field("descriptionId", "Choose one of the quota descriptions listed."));
            }
        } else if (quotaBased) {
            errors.add(FieldError.field("descriptionId",
                    "Choose the quota description the action relied on: a quota was a factor."));
        }
        LocalDate quotaGiven = day("quotaGivenOn", quotaGivenOn, false, today, errors);
        LocalDate dataGiven = day("workSpeedDataGivenOn", workSpeedDataGivenOn, false, today, errors);
        if (note != null && note.length() > 2000) {
            errors.add(FieldError.field("note", "Shorten the note to 2000 characters or fewer (it has " + note.length() + ")."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The adverse action cannot be recorded as given.", errors);
        }
        return new NewAdverseAction(day, kind, quotaBased, description, quotaGiven, dataGiven,
                note == null || note.isBlank() ? null : note.strip());
    }

    private static LocalDate day(String field, String text, boolean required, LocalDate today, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(FieldError.field(field, "Give the day the action was taken."));
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isAfter(today)) {
                errors.add(FieldError.field(field, "This day (" + day + ") is still to come at the facility; today is " + today + "."));
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.field(field, "Give a day as year-month-day, such as " + today + "."));
            return null;
        }
    }
}
