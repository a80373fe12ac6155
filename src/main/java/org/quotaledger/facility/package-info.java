/**
 * Employers, their warehouse facilities and each facility's job roles. A facility's NAICS code and
 * nonexempt headcounts decide whether a state's law covers it (Cal. Lab. Code §2100, N.Y. Labor Law
 * §780, RCW 49.84.010, Minn. Stat. §182.6526, ORS 653.556); the registry's values are authoritative.
 * {@code FacilityService} answers {@code FacilityViews} records; the facility pages, which show the roster and
 * descriptions too, are in {@code portal} and query nothing themselves. The registry's own forms are here:
 * {@code EmployerPages} (admins) and {@code FacilityFormPages} (admins create facilities; admins and a facility's
 * managers change it and its job roles, as the API allows), with states offered by name ({@code law.UsStates}).
 *
 * <p>It calls {@code security}, {@code document}, {@code law}, {@code audit}, {@code time} and {@code web}.
 * {@code Facility.seenBy} and {@code Facility.changeableBy} turn {@code security.Access}'s scope into the facility
 * the caller may see or change, or the same 404 and 403 everywhere.
 */
package org.quotaledger.facility;
