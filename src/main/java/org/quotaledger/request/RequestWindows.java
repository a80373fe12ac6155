package org.quotaledger.request;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which days of work speed data a request covers, and whether a former employee may ask again.
 *
 * <p>Convention: "the most recent 90 days" are the 90 whole days before the day the request was received
 * (the day itself is still running and has no complete data), so a request received on 2026-03-02 covers
 * 2025-12-02 to 2026-03-01 (Cal. Lab. Code §2104(a)(1)). For a former employee the window ends the day
 * before separation: the last 90 days they worked (§2104(a)(2)).
 */
public final class RequestWindows {

    /** Former employees get one request: Cal. Lab. Code §2104(a)(3), N.Y. Lab. Law §785(2), ORS 653.557. */
    private static final Set<String> ONE_FORMER_REQUEST = Set.of("CA", "NY", "OR");

    /** Aggregated work speed data of similar employees is produced as well (N.Y. Lab. Law §785(1)). */
    private static final Set<String> AGGREGATE = Set.of("NY");

    private RequestWindows() {
    }

    public record Window(LocalDate from, LocalDate to) {
    }

    /**
     * The window of data for a request received on {@code received}: six months in WA (RCW 49.84.037(1)),
     * 90 days elsewhere (CA §2104, NY §785, OR 653.557, MN §182.6526); before separation for former employees.
     */
    public static Window window(String state, LocalDate received, LocalDate separation) {
        LocalDate end = separation != null && !separation.isAfter(received) ? separation : received;
        LocalDate to = end.minusDays(1);
        LocalDate from = "WA".equals(state) ? end.minusMonths(6) : end.minusDays(90);
        return new Window(from, to);
    }

    public static boolean oneRequestForFormerEmployees(String state) {
        return ONE_FORMER_REQUEST.contains(state);
    }

    public static boolean includesAggregate(String state) {
        return AGGREGATE.contains(state);
    }
}
