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

    /**
     * Whether an account of this role may hand an API token the role {@code tokenRole}: its own, or one that reaches
     * no further. An administrator's token may act as any other staff role (a manager's for chosen facilities); a
     * compliance officer's may be read-only (regulator). Nobody's may be an employee's but an employee's own, which
     * needs the employee record only that account has.
     */
    public boolean grants(Role tokenRole) {
        return switch (this) {
            case ADMIN -> tokenRole != EMPLOYEE;
            case COMPLIANCE -> tokenRole == COMPLIANCE || tokenRole == REGULATOR;
            case MANAGER, EMPLOYEE, REGULATOR -> tokenRole == this;
        };
    }
}
