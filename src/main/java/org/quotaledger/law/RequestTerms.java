package org.quotaledger.law;

import java.time.LocalDate;

/**
 * What the law says about one request: whether the employer must answer it, by when, which days of data the
 * answer covers and whether it includes aggregated data. Every request is recorded; one the law does not oblige
 * the employer to answer carries {@code required = false} and the reason with its citation.
 *
 * @param dueOn      the last day to answer; null when not required or when the statute sets no deadline
 * @param windowFrom first day of work speed data the answer covers
 * @param windowTo   last day (the day before the request, or before the separation of a former employee)
 */
public record RequestTerms(String state, RequestKind kind, LocalDate receivedOn, boolean former, boolean required,
                           String notRequiredReason, LocalDate dueOn, Deadline deadline, LocalDate windowFrom,
                           LocalDate windowTo, boolean aggregate, String citation) {
}
