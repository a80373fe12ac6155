package org.quotaledger.web;

import io.quarkus.qute.TemplateExtension;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Size;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people read about a refused field, in one place for every page: a field's name in words instead of its
 * property path ({@code quotas[0].quantity} becomes "Quota 1: quantity"), and a length rule as the limit that was
 * passed ("must be at most 64 characters") instead of Bean Validation's "size must be between 3 and 64". The API keeps
 * its field paths (clients match on them); its messages come from here as well, so both read the same.
 */
@TemplateExtension(namespace = "field")
public final class FieldWords {

    /** Labels whose words do not follow from the field's name. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("role.code", "Job role"),
            Map.entry("role", "Role"),
            Map.entry("displayName", "Name"),
            Map.entry("email", "E-mail"),
            Map.entry("employeeId", "Employee record id"),
            Map.entry("employeeNumber", "Employee number"),
            Map.entry("facilityId", "Facility"),
            Map.entry("receivedOn", "Received on"),
            Map.entry("kind", "Asked for"),
            Map.entry("channel", "How it was received"),
            Map.entry("madeOn", "Made on"),
            Map.entry("recipient", "To"),
            Map.entry("madeBy", "Made by"),
            Map.entry("allegation", "What it alleges"),
            Map.entry("reason", "Reason"),
            Map.entry("timeOffTask.limit", "Time off task limit"),
            Map.entry("timeOffTask.excluded", "Activities not counted as time off task"),
            Map.entry("shift", "Shift length"),
            Map.entry("howMeasured", "how it is measured"),
            Map.entry("adverseActions", "adverse actions"),
            Map.entry("body", "The form"));

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    private FieldWords() {
    }

    /** A field path in words, for a page: "quotas[0].quantity" is "Quota 1: quantity". */
    public static String label(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        String known = LABELS.get(path);
        if (known != null) {
            return known;
        }
        StringBuilder words = new StringBuilder();
        for (String part : path.split("\\.")) {
            if (!words.isEmpty()) {
                words.append(": ");
            }
            Matcher indexed = INDEXED.matcher(part);
            if (indexed.matches()) {
                words.append(singular(words(indexed.group(1)))).append(' ').append(Integer.parseInt(indexed.group(2)) + 1);
            } else {
                String word = LABELS.getOrDefault(part, words(part));
                words.append(words.isEmpty() ? word : word.toLowerCase());
            }
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The violation's message, with a length rule said as the limit the value passed. */
    public static String message(ConstraintViolation<?> violation) {
        // Only the default length message: one a record wrote for its field ("must be 10 to 72 characters") stays.
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size
                && "{jakarta.validation.constraints.Size.message}".equals(violation.getMessageTemplate())) {
            Object value = violation.getInvalidValue();
            String unit = value instanceof CharSequence ? "characters" : "entries";
            int length = value instanceof CharSequence text ? text.length()
                    : value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : -1;
            if (length > size.max()) {
                return "must be at most " + size.max() + " " + unit + " (this is " + length + ")";
            }
            if (length >= 0 && length < size.min()) {
                return "must be at least " + size.min() + " " + unit;
            }
        }
        return violation.getMessage();
    }

    /** "effectiveDate" is "Effective date". */
    private static String words(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String singular(String plural) {
        return plural.endsWith("s") && !plural.endsWith("ss") ? plural.substring(0, plural.length() - 1) : plural;
    }
}
