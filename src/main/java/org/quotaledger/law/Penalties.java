package org.quotaledger.law;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A civil penalty schedule, for an exposure estimate (never a legal conclusion).
 *
 * @param first      amount per violation for a first violation
 * @param repeat     amount per violation on the repeat schedule
 * @param disclosureRules ids (or id prefixes) of the rules whose failures count as violations
 */
public record Penalties(BigDecimal first, BigDecimal repeat, String citation, Set<String> disclosureRules) {

    public boolean counts(String ruleId) {
        return disclosureRules.stream().anyMatch(ruleId::startsWith);
    }
}
