package org.quotaledger.security;

import java.util.Collection;
import java.util.Map;

/**
 * Facility ids by code, for single sign-on's facility claim ({@link SingleSignOn}): facilities sit above security, so
 * the facility package implements this instead of security naming its entity.
 */
public interface FacilityCodes {

    /** The ids of the facilities with these codes; a code no facility has is absent from the answer. */
    Map<String, Long> idsOf(Collection<String> codes);
}
