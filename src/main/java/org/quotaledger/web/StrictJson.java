package org.quotaledger.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * JSON input is taken as typed, so a wrong type is a 400 that names the field rather than a guess:
 * <ul>
 *   <li>no scalar coercion: Jackson's default turns {@code "name": 5} into {@code "5"}, {@code "headcount": "12"}
 *       into 12 and {@code "kind": 0} into an enum's first constant;</li>
 *   <li>durations are ISO-8601 strings only ({@code "PT1H"}), as the v1 spec says: the default reads a bare number as
 *       seconds, so {@code "shift": 5} would silently become a five-second shift;</li>
 *   <li>text holds no NUL character, which PostgreSQL cannot store;</li>
 *   <li>dates and instants lie between {@link #EARLIEST} and {@link #LATEST}: a year such as +999999999 parses, but
 *       overflows the first day counted from it and does not fit a PostgreSQL timestamp.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The earliest date any input may name. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The latest date any input may name. */
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** Why a date is refused, for every reader of dates (JSON, query parameters, forms). */
    public static final String DATE_RANGE = "must be an ISO-8601 date (2026-03-02) between " + EARLIEST + " and " + LATEST;

    /** The date, when it is ISO-8601 and within the range; empty otherwise. */
    public static Optional<LocalDate> date(String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Last, after Quarkus registers JavaTimeModule: the module registered last wins for a type. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        // An enum's position is no name: "kind": 0 must not quietly mean the first constant.
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("iso-8601-bounded-time")
                .addDeserializer(Duration.class, new Reader())
                .addDeserializer(String.class, new TextReader())
                .addDeserializer(LocalDate.class, new DateReader())
                .addDeserializer(Instant.class, new InstantReader()));
    }

    static final class Reader extends StdScalarDeserializer<Duration> {
        Reader() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Duration) ctxt.handleUnexpectedToken(Duration.class, p);
            }
            String text = p.getText().strip();
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                return (Duration) ctxt.handleWeirdStringValue(Duration.class, text, "must be an ISO-8601 duration such as PT1H");
            }
        }
    }

    static final class DateReader extends StdScalarDeserializer<LocalDate> {
        DateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            Optional<LocalDate> date = date(text);
            if (date.isEmpty()) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, DATE_RANGE);
            }
            return date.get();
        }
    }

    static final class InstantReader extends StdScalarDeserializer<Instant> {
        private static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
        private static final Instant LATEST_INSTANT = LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

        InstantReader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText().strip();
            String why = "must be an ISO-8601 instant (2026-03-02T09:00:00Z) between " + EARLIEST + " and " + LATEST;
            try {
                Instant at = java.time.OffsetDateTime.parse(text).toInstant();
                if (at.isBefore(EARLIEST_INSTANT) || !at.isBefore(LATEST_INSTANT)) {
                    return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, why);
                }
                return at;
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, why);
            }
        }
    }

    /** The standard reading of text (with the coercions configured above), refusing a NUL character. */
    static final class TextReader extends StdScalarDeserializer<String> {
        static final String NO_NUL = "must not contain the NUL character (\\u0000)";

        TextReader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && text.indexOf('\0') >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, text.replace('\0', ' '), NO_NUL);
            }
            return text;
        }
    }
}
