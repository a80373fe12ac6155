package org.quotaledger.notice;

import io.quarkus.qute.TemplateExtension;
import org.quotaledger.document.QuotaDocument;

import java.util.Locale;

/**
 * The pages name the parts of a description with the words the employee's notice uses: one source, the notice
 * bundle in English, so a page and the PDF handed to the employee never call the same thing two names, and no
 * page shows an enum constant.
 */
@TemplateExtension
public class NoticeLabels {

    private static final NoticeText ENGLISH = NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.US);

    static String label(QuotaDocument.ProtectedActivity activity) {
        return ENGLISH.get("activity." + activity.name());
    }

    static String label(QuotaDocument.Kind kind) {
        return ENGLISH.get("quota.kind." + kind.name());
    }

    static String label(QuotaDocument.Basis basis) {
        return ENGLISH.get("quota.basis." + basis.name());
    }
}
