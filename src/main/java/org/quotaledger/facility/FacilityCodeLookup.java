package org.quotaledger.facility;

import jakarta.enterprise.context.ApplicationScoped;
import org.quotaledger.security.FacilityCodes;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Facility codes to ids for single sign-on's facility claim (security.SingleSignOn). */
@ApplicationScoped
public class FacilityCodeLookup implements FacilityCodes {

    @Override
    public Map<String, Long> idsOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return Facility.<Facility>list("code in ?1", codes).stream().collect(Collectors.toMap(f -> f.code, f -> f.id));
    }
}
