package org.quotaledger.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Durations are ISO-8601 strings only ({@code "PT1H"}), as the v1 spec says. Jackson's default reads a
 * bare number as seconds, so {@code "shift": 5} would silently become a five-second shift.
 */
@Singleton
public class IsoDurations implements ObjectMapperCustomizer {

    /** Last, after Quarkus registers JavaTimeModule: the module registered last wins for a type. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("iso-8601-durations-only").addDeserializer(Duration.class, new Reader()));
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
}
