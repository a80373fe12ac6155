package org.quotaledger.law;

import java.util.Set;

/**
 * Who the law covers.
 *
 * @param siteThreshold       employees at one site that make the employer covered
 * @param statewideThreshold  employees at all the employer's (controlled group's) sites in the state
 * @param naics               covered NAICS codes: exact six-digit codes or three-digit prefixes
 * @param excludedNaics       codes excluded even where a prefix matches
 * @param mixedNaics          codes that mix covered and excluded activities (a person judges)
 * @param naicsScope          the scope in words, for messages
 * @param excludedFunctions   job functions whose people are not covered employees
 * @param exclusionCitation   where those exclusions are written
 */
public record Coverage(int siteThreshold, int statewideThreshold, String citation, Set<String> naics,
                       Set<String> excludedNaics, Set<String> mixedNaics, String naicsScope,
                       Set<JobFunction> excludedFunctions, String exclusionCitation) {

    public Coverage {
        naics = Set.copyOf(naics);
        excludedNaics = Set.copyOf(excludedNaics);
        mixedNaics = Set.copyOf(mixedNaics);
        excludedFunctions = excludedFunctions.isEmpty() ? Set.of() : Set.copyOf(excludedFunctions);
    }

    public boolean excludes(JobFunction function) {
        return function != null && excludedFunctions.contains(function);
    }
}
