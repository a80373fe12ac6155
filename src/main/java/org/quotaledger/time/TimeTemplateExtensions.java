package org.quotaledger.time;

import io.quarkus.qute.TemplateExtension;
import org.quotaledger.law.StateLaws;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way pages show time: an instant always with its zone, a day as the facility's local day. Templates
 * write {@code {x.at(facility.state)}} for a moment at a facility, {@code {x.dayAt(facility.state)}} for its local
 * day and {@code {x.utc}} for moments that belong to no facility.
 */
@TemplateExtension
public class TimeTemplateExtensions {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.US);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.US);

    /** The moment as people at a facility in this state read it, e.g. "2026-03-02 09:14 PST". */
    static String at(Instant instant, String state) {
        return instant == null ? "" : MINUTE.format(instant.atZone(StateLaws.zone(state)));
    }

    /** The facility-local day the moment fell on. */
    static LocalDate dayAt(Instant instant, String state) {
        return instant == null ? null : instant.atZone(StateLaws.zone(state)).toLocalDate();
    }

    /** A moment that belongs to no one facility, in UTC and saying so, e.g. "2026-03-02 17:14 UTC". */
    static String utc(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(ZoneOffset.UTC));
    }

    /** As {@link #utc(Instant)}, to the second (the audit trail). */
    static String utcSeconds(Instant instant) {
        return instant == null ? "" : SECOND.format(instant.atZone(ZoneOffset.UTC));
    }
}
