package org.quotaledger.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a provider's token says about a person, read with the mapping of {@link SingleSignOnConfig}: who (issuer and
 * subject), as what (the one role its groups grant, or none) and where (facility codes, for a manager).
 */
record ProviderClaims(String issuer, String subject, String displayName, String email, Role role, Set<String> facilityCodes) {

    static ProviderClaims read(JsonWebToken token, SingleSignOnConfig config) {
        Set<String> groups = values(token, config.roleClaim());
        Role role = role(groups, config);
        Set<String> facilities = role == Role.MANAGER ? values(token, config.facilityClaim()) : Set.of();
        String name = firstText(token, "name", "preferred_username");
        return new ProviderClaims(token.getIssuer(), token.getSubject(), name, firstText(token, "email"), role, facilities);
    }

    /**
     * The role the groups grant. A person in several Quota Ledger groups gets the one that reaches furthest
     * (administrator, compliance, manager, regulator): the provider's groups are the administrators' decision, and the
     * narrower groups are usually left over from before. Employees are not offered: an employee account needs its
     * roster record, which no provider claim names reliably (docs/operations.md).
     */
    static Role role(Set<String> groups, SingleSignOnConfig config) {
        if (groups.contains(config.adminGroup())) {
            return Role.ADMIN;
        }
        if (groups.contains(config.complianceGroup())) {
            return Role.COMPLIANCE;
        }
        if (groups.contains(config.managerGroup())) {
            return Role.MANAGER;
        }
        if (groups.contains(config.regulatorGroup())) {
            return Role.REGULATOR;
        }
        return null;
    }

    /**
     * A claim's values: a list, or one string. A dotted path reaches into objects ({@code realm_access.roles} in
     * Keycloak's access tokens).
     */
    static Set<String> values(JsonWebToken token, String path) {
        String[] steps = path.split("\\.");
        Object value = token.getClaim(steps[0]);
        for (int i = 1; i < steps.length && value != null; i++) {
            value = value instanceof JsonObject object ? object.get(steps[i]) : null;
        }
        Set<String> values = new LinkedHashSet<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> add(values, v));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> add(values, v));
        } else if (value != null) {
            add(values, value);
        }
        return values;
    }

    private static void add(Set<String> values, Object value) {
        // Numbers, booleans and objects name no group or facility.
        String text = value instanceof JsonString s ? s.getString() : value instanceof String s ? s : null;
        if (text != null && !text.isBlank()) {
            values.add(text.strip());
        }
    }

    private static String firstText(JsonWebToken token, String... claims) {
        for (String claim : claims) {
            Set<String> values = values(token, claim);
            if (!values.isEmpty()) {
                return values.iterator().next();
            }
        }
        return null;
    }
}
