/**
 * Versioned written descriptions of each role's quotas (Cal. Lab. Code §2101, N.Y. Labor Law §781,
 * RCW 49.84.020, ORS 653.556): the v1 document, its lifecycle DRAFT → IN_REVIEW → ACTIVE → SUPERSEDED,
 * the diff between versions, and the filing pages. {@code QuotaDescriptionService} is the only door to the entity:
 * it answers records ({@code QuotaDescriptionViews}: the API's views, the version page with what the caller may do
 * with it, the filing form's facility block and roles) built inside its transaction; pages and resources hold none.
 * Contributes the description versions and their timeline to audit packets ({@code DescriptionsSection},
 * {@code TimelineSection}) through {@code audit.packet.spi}.
 * It calls {@code facility}, {@code rules}, {@code law}, {@code document}, {@code security}, {@code audit},
 * {@code time}, {@code web} and {@code audit.packet.spi}.
 */
package org.quotaledger.quota;
