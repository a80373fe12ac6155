package org.quotaledger.facility;

/**
 * Something the rules look at changed at a facility (a description, a delivery, the roster). Fired
 * inside the changing transaction, where it leaves a request for a new evaluation that commits with the change
 * (compliance.EvaluationRequests); the evaluation itself runs later, once for a burst of changes.
 */
public record FacilityChanged(long facilityId, String reason) {
}
