package org.quotaledger.web;

import jakarta.validation.ConstraintViolation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page form as it comes back to the person who sent it: what they typed, and each error beside its field in words
 * ({@link FieldWords}). Errors that name no field of the form go on top as {@code failure}.
 */
public final class PageForm {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String failure;

    private PageForm() {
    }

    /** An empty form with these defaults. */
    public static PageForm of(Map<String, String> defaults) {
        var form = new PageForm();
        form.values.putAll(defaults);
        return form;
    }

    /** A submitted form: name, value, name, value…; a missing value is kept as empty. */
    public static PageForm submitted(String... namesAndValues) {
        var form = new PageForm();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.values.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return form;
    }

    public PageForm error(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** A refusal's field errors beside their fields, its message on top when it names none of them. */
    public PageForm refused(DomainException refusal) {
        boolean placed = false;
        for (Problem.FieldError e : refusal.errors()) {
            if (e.field() != null && values.containsKey(e.field())) {
                error(e.field(), e.message());
                placed = true;
            }
        }
        if (!placed) {
            failure = refusal.getMessage();
        }
        return this;
    }

    public PageForm violations(Set<? extends ConstraintViolation<?>> violations) {
        violations.forEach(v -> error(v.getPropertyPath().toString(), FieldWords.message(v)));
        return this;
    }

    public boolean valid() {
        return errors.isEmpty() && failure == null;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether a select's option was the one chosen. */
    public boolean chose(String field, Object option) {
        return String.valueOf(option).equals(value(field));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors with their fields in words, for a summary on top of the form. */
    public List<String> summary() {
        return errors.entrySet().stream().map(e -> FieldWords.label(e.getKey()) + ": " + e.getValue()).toList();
    }

    public String failure() {
        return failure;
    }
}
