package org.quotaledger.law;

/**
 * The rebuttable presumption of retaliation: an adverse action within {@code days} after protected activity.
 *
 * @param firstRequestOfYearOnly only the first request of a calendar year starts the window (Cal. Lab. Code
 *                               §2105, N.Y. Lab. Law §786); otherwise any request does
 * @param complaints             a quota complaint (to the employer or an agency) starts the window too
 */
public record Retaliation(int days, boolean firstRequestOfYearOnly, boolean complaints, String citation) {
}
