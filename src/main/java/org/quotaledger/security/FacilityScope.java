package org.quotaledger.security;

import java.util.Set;

/** The facilities a caller may see: all of them, or a set of ids. Every list query takes one. */
public record FacilityScope(boolean all, Set<Long> ids) {

    public static final FacilityScope ALL = new FacilityScope(true, Set.of());

    public static FacilityScope only(Set<Long> ids) {
        return new FacilityScope(false, Set.copyOf(ids));
    }

    public boolean includes(long facilityId) {
        return all || ids.contains(facilityId);
    }
}
