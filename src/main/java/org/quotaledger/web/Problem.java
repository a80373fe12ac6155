package org.quotaledger.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists field or line problems when there are several,
 * so a client can show each next to its input.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    /** A refused value as a message quotes it: in quotes, and never at length, so a huge input is not echoed back. */
    public static String quoted(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() <= 60 ? text : text.substring(0, 60) + "…") + "\"";
    }

    public Problem withErrors(List<FieldError> errors) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    /** One bad input: a field path ({@code quotas[0].period}) or a line of an upload, and what is wrong. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, Integer line, String message) {
        public static FieldError field(String field, String message) {
            return new FieldError(field, null, message);
        }

        public static FieldError line(int line, String field, String message) {
            return new FieldError(field, line, message);
        }
    }
}
