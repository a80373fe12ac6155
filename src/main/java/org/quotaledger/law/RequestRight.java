package org.quotaledger.law;

import java.time.Period;

/**
 * What a request of one kind entitles an employee to.
 *
 * @param deadline  when the answer is due; null where the statute sets none that could be confirmed
 * @param window    how much work speed data the answer covers: this long before the request (before the
 *                  separation for a former employee); null where no window could be confirmed (an answer then
 *                  covers {@link StateLaw#COURTESY_WINDOW})
 * @param aggregate whether aggregated work speed data of similar employees is part of the answer
 * @param citation  where the right, the window and the deadline are written
 */
public record RequestRight(RequestKind kind, Deadline deadline, Period window, boolean aggregate, String citation) {
}
