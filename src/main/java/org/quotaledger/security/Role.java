package org.quotaledger.security;

import java.util.Arrays;

/** The security roles. Their ids are what {@code @RolesAllowed} names. */
public enum Role {
    ADMIN, MANAGER, EMPLOYEE, COMPLIANCE, REGULATOR;

    public static final String ADMIN_ID = "admin";
    public static final String MANAGER_ID = "manager";
    public static final String EMPLOYEE_ID = "employee";
    public static final String COMPLIANCE_ID = "compliance";
    public static final String REGULATOR_ID = "regulator";

    public String id() {
        return name().toLowerCase();
    }

    public static Role of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role " + id));
    }

    /** Roles that see every facility. */
    public boolean seesAllFacilities() {
        return this == ADMIN || this == COMPLIANCE || this == REGULATOR;
    }
}
