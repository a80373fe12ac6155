package org.quotaledger.quota;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a version stands on a facility-local day, for people and systems: its lifecycle status says what was
 * decided, this says whether employees are held to it (see {@link ValidTime}).
 *
 * @param from first day in force (null when never in force or not decided)
 * @param to   last day in force, null while open-ended
 */
public record VersionStanding(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind { DRAFT, IN_REVIEW, SCHEDULED, IN_FORCE, ENDED, NEVER_IN_FORCE }

    public String label() {
        return switch (kind) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case SCHEDULED -> "Scheduled from " + from;
            case IN_FORCE -> to == null ? "In force since " + from : "In force since " + from + ", until " + to;
            case ENDED -> "In force " + from + " to " + to;
            case NEVER_IN_FORCE -> "Never in force (a later version took effect first)";
        };
    }

    public boolean inForce() {
        return kind == Kind.IN_FORCE;
    }

    public boolean scheduled() {
        return kind == Kind.SCHEDULED;
    }

    /** The standing of each version (by id) of one role's description on {@code today}. */
    public static Map<Long, VersionStanding> of(List<QuotaDescription> versionsOfRole, LocalDate today) {
        Map<Long, VersionStanding> standings = new HashMap<>();
        List<QuotaDescription> decided = versionsOfRole.stream().filter(d -> d.activatedAt != null).toList();
        for (QuotaDescription d : versionsOfRole) {
            if (d.activatedAt == null) {
                standings.put(d.id, new VersionStanding(d.status == QuotaDescription.Status.IN_REVIEW ? Kind.IN_REVIEW
                        : Kind.DRAFT, null, null));
            }
        }
        Map<Long, ValidTime.Period<QuotaDescription>> periods = new HashMap<>();
        ValidTime.periods(decided).forEach(p -> periods.put(p.version().id, p));
        for (QuotaDescription d : decided) {
            ValidTime.Period<QuotaDescription> p = periods.get(d.id);
            Kind kind = p == null ? Kind.NEVER_IN_FORCE
                    : p.from().isAfter(today) ? Kind.SCHEDULED
                    : p.covers(today) ? Kind.IN_FORCE : Kind.ENDED;
            standings.put(d.id, new VersionStanding(kind, p == null ? null : p.from(), p == null ? null : p.to()));
        }
        return standings;
    }
}
