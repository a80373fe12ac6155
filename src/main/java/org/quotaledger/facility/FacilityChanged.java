package org.quotaledger.facility;

/**
 * Something the rules look at changed at a facility (a description, a delivery, the roster). Fired
 * inside the changing transaction; observers that re-evaluate run after it commits.
 */
public record FacilityChanged(long facilityId, String reason) {
}
