package org.quotaledger.time;

import jakarta.enterprise.context.ApplicationScoped;
import org.quotaledger.law.StateLaws;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The application's one clock. Every instant the app records and every day a person reads comes from here,
 * so a test (or a drill) can pin "now" and every feature agrees on it; an ArchUnit test keeps {@code now()}
 * calls out of every other class.
 *
 * <p>Days are always somebody's local day: a facility's day is the day in its state's zone
 * ({@link #today(String)}), never the server's default zone, which may be anywhere.
 */
@ApplicationScoped
public class AppClock {

    private volatile Clock clock = Clock.systemUTC();

    /**
     * The current instant, to the microsecond: PostgreSQL keeps microseconds (and rounds the rest), so an instant the
     * app answers with right after storing it is the one a later read returns.
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today in the given zone. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Today at a facility in this state (two-letter code), in the state's zone. */
    public LocalDate today(String state) {
        return today(StateLaws.zone(state));
    }

    /**
     * The earliest local day among the states the product serves: "today" for work that spans facilities and must
     * never act a day early anywhere (a retention purge, say).
     */
    public LocalDate earliestToday() {
        return StateLaws.all().stream().map(law -> today(law.zone())).min(LocalDate::compareTo).orElseGet(() -> today(ZoneOffset.UTC));
    }

    /**
     * This clock as a {@link Clock} in UTC, for APIs that take one (the rules engine, say); it follows a later
     * {@link #pin}, unlike a copy of the current clock would.
     */
    public Clock clock() {
        return live;
    }

    private final Clock live = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return clock.withZone(zone);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    };

    /**
     * Pins the clock at an instant. For tests and drills only: an instance in production never calls it, and a
     * pinned clock is this instance's alone.
     */
    public void pin(Instant instant) {
        clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** Pins the clock at noon of a state's local day (see {@link #pin(Instant)}). */
    public void pin(LocalDate day, String state) {
        pin(day.atTime(LocalTime.NOON).atZone(StateLaws.zone(state)).toInstant());
    }

    /** Back to the system clock. */
    public void release() {
        clock = Clock.systemUTC();
    }
}
