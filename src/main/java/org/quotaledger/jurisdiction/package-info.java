/**
 * The public law table: every jurisdiction's facts with their citations ({@code GET /api/v1/jurisdictions}, the
 * {@code /jurisdictions} page) and "when is this request due?" for any day ({@code GET
 * /api/v1/jurisdictions/{state}/deadlines}). Read-only, no login: it shows the facts of {@code law.StateLaw} that the
 * rules, the requests and the notices use, so anyone can check them.
 * It calls {@code law}, {@code calendar}, {@code rules} (the deadlines), {@code time} and {@code web}.
 */
package org.quotaledger.jurisdiction;
