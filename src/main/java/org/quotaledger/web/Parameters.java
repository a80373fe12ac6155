package org.quotaledger.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Path and query parameters that are dates or whole numbers: a value that is not one is a 400 that says what it
 * must be (the framework's default is a 404, as if the resource did not exist, even for {@code ?page=abc}). Dates
 * are read as JSON dates are: ISO-8601 within {@link StrictJson#EARLIEST}..{@link StrictJson#LATEST}.
 */
@Provider
public class Parameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(value -> StrictJson.date(value).orElse(null), StrictJson.DATE_RANGE);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(value -> parse(value, Integer::valueOf),
                    "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(value -> parse(value, Long::valueOf),
                    "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
        return null;
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parser, String rule) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                T parsed = parser.apply(value);
                if (parsed == null) {
                    throw new BadRequestException("A parameter " + rule + "; " + Problem.quoted(value) + " is not.");
                }
                return parsed;
            }

            @Override
            public String toString(T value) {
                return value.toString();
            }
        };
    }
}
