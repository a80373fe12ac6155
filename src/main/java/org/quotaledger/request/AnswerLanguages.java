package org.quotaledger.request;

import org.quotaledger.law.RequestKind;
import org.quotaledger.law.RequestRight;
import org.quotaledger.law.StateLaws;
import org.quotaledger.notice.NoticeService;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Which languages an answer to a request is written in: those the state's law requires for the employee (English
 * and the primary language in New York, N.Y. Lab. Law §785(5); the primary language where the law names one),
 * as far as the app has a translation (docs/languages.md; English otherwise, which the rules then judge).
 */
final class AnswerLanguages {

    private AnswerLanguages() {
    }

    static List<String> of(String state, String primaryLanguage) {
        var languages = new LinkedHashSet<String>();
        for (String wanted : StateLaws.of(state).languages().forEmployee(primaryLanguage)) {
            languages.add(NoticeService.fixedTextLanguage(wanted));
        }
        return List.copyOf(languages);
    }

    /** "" for the first language, "-es" for a further copy. */
    static String suffix(List<String> languages, String language) {
        return languages.indexOf(language) == 0 ? "" : "-" + language;
    }

    /** Where the aggregated data is required, for the report's heading. */
    static String aggregateCitation(EmployeeRequest request) {
        return StateLaws.of(request.facility.state).request(RequestKind.WORK_SPEED_DATA).map(RequestRight::citation)
                .orElse(request.facility.state);
    }
}
