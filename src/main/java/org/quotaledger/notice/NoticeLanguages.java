package org.quotaledger.notice;

import java.util.List;

import org.quotaledger.document.QuotaDocument;
import org.quotaledger.law.Languages;
import org.quotaledger.law.StateLaws;

/**
 * Which languages an employee's notice is written in: the one decision the renderer lays out and the notice record
 * keeps.
 *
 * <ul>
 *   <li>Where the state's law wants English and the primary language (New York, Washington) and the description holds
 *       the employee's language: English, then that language, in one signed document.</li>
 *   <li>Otherwise the employee's language when the notice's fixed wording and the description's text both exist in it.</li>
 *   <li>Otherwise English. A notice is never half in one language and half in another; the manager is warned before
 *       issuing (see {@code NoticeService#languageGaps}).</li>
 * </ul>
 */
public final class NoticeLanguages {

    private NoticeLanguages() {
    }

    /** The notice's sections, in order; one element unless the notice is bilingual. */
    public static List<String> sections(String state, String primary, QuotaDocument document) {
        if (primary == null || primary.isBlank() || QuotaDocument.sameLanguage(primary, QuotaDocument.BASE_LANGUAGE)
                || !document.writtenIn(primary)) {
            return List.of(QuotaDocument.BASE_LANGUAGE);
        }
        Languages law = state == null ? Languages.NOT_REGULATED : StateLaws.of(state).languages();
        if (law.english() && law.primary()) {
            return List.of(QuotaDocument.BASE_LANGUAGE, primary);
        }
        return List.of(NoticeService.fixedTextLanguage(primary));
    }

    /**
     * The language the notice is recorded in: its last section, the employee's own language whenever the notice has
     * it (a bilingual notice also carries English, which the states that ask for it take as given).
     */
    public static String recorded(String state, String primary, QuotaDocument document) {
        return sections(state, primary, document).getLast();
    }

    /** Whether an employee with {@code primary} as their language gets a notice they can read in it. */
    public static boolean inTheirLanguage(String state, String primary, QuotaDocument document) {
        return primary == null || primary.isBlank()
                || QuotaDocument.sameLanguage(recorded(state, primary, document), primary);
    }
}
