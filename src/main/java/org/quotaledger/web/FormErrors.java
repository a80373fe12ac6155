package org.quotaledger.web;

import jakarta.validation.ConstraintViolation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A page form's errors by field name, in words a person reads beside the field (worded by {@link FieldWords}, the one
 * place that turns constraints into words).
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** The first problem of each field of a form record validated as a whole. */
    public static <T> Map<String, String> of(Set<ConstraintViolation<T>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<T> v : violations) {
            errors.putIfAbsent(v.getPropertyPath().toString(), FieldWords.message(v));
        }
        return errors;
    }

    /** The field problems a service refused input with, by field. */
    public static Map<String, String> of(DomainException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem.FieldError error : e.errors()) {
            if (error.field() != null) {
                errors.putIfAbsent(error.field(), error.message());
            }
        }
        return errors;
    }
}
