package org.quotaledger.quota;

import java.util.List;

/**
 * Before a version is issued: the current employees of its role whose notice of it would not be in their language,
 * because the description has no text in it (issue 14). The notice feature decides a notice's language and sits above
 * this one, so it answers; the filing page and the notices page ask the same question and get the same answer.
 */
public interface LanguageGaps {

    /** The gaps of one version (a draft, one in review or one in force), by language; empty when every reader is served. */
    List<Gap> of(QuotaDescription version);

    /**
     * {@code employees} current employees of a role whose notice of {@code version} would be in {@code getsLanguage},
     * not their own {@code language}. {@code sample}: the first employee numbers, in order.
     */
    record Gap(long descriptionId, long facilityId, String roleCode, String roleTitle, int version, String language,
               String languageName, String getsLanguage, int employees, List<String> sample) {

        /** How many employees {@link #sample} leaves out. */
        public int unnamed() {
            return employees - sample.size();
        }
    }

    /** Employees in all of {@code gaps}. */
    static int employees(List<Gap> gaps) {
        return gaps.stream().mapToInt(Gap::employees).sum();
    }
}
