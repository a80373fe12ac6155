package org.quotaledger.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A page form's errors by field name, in words a person reads beside the field. Bean Validation's own messages
 * ("size must be between 0 and 200") are for developers: a constraint without a message of ours is put in words here.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** The first problem of each field of a form record validated as a whole. */
    public static <T> Map<String, String> of(Set<ConstraintViolation<T>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<T> v : violations) {
            errors.putIfAbsent(v.getPropertyPath().toString(), words(v));
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

    private static String words(ConstraintViolation<?> v) {
        if (!v.getMessageTemplate().startsWith("{")) {
            return v.getMessage();
        }
        Annotation constraint = v.getConstraintDescriptor().getAnnotation();
        return switch (constraint) {
            case NotBlank ignored -> "is required";
            case NotNull ignored -> "is required";
            case Size size when size.min() > 0 -> "must be " + size.min() + " to " + size.max() + " characters";
            case Size size -> "is longer than " + size.max() + " characters";
            case PositiveOrZero ignored -> "must be 0 or more";
            case Email ignored -> "must be an e-mail address";
            case Pattern ignored -> "is not in the expected form";
            default -> "is not valid";
        };
    }
}
