package org.quotaledger.portal;

import org.quotaledger.web.Problem.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as the page shows it again: what the user typed, each refused field's problem beside it, and the refusal's
 * summary on top.
 */
public record FormState(Map<String, String> values, Map<String, String> errors, String message) {

    public static FormState of(Map<String, String> values) {
        return new FormState(values, Map.of(), null);
    }

    /** The input kept, with the refusal's field problems; a problem on no field of this form goes into the summary. */
    public static FormState refused(Map<String, String> values, String message, List<FieldError> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field() == null ? "" : p.field(), p.message(), (a, b) -> a + " " + b));
        return new FormState(values, errors, message);
    }

    public String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    public boolean checked(String name) {
        return "true".equals(values.get(name));
    }

    public boolean selected(String name, Object option) {
        return String.valueOf(option).equals(values.get(name));
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean refused() {
        return message != null;
    }
}
