package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import io.quarkus.qute.TemplateExtension;

/** Plain-language display of document parts in the pages. */
@TemplateExtension
public class QuotaTemplateExtensions {

    static String plain(QuotaDocument.Quota quota) {
        return Format.quota(quota);
    }

    static String label(QuotaDocument.ProtectedActivity activity) {
        return switch (activity) {
            case MEAL_PERIOD -> "Meal periods";
            case REST_PERIOD -> "Rest periods";
            case MEAL_TRAVEL -> "Travel to and from meal periods";
            case REST_TRAVEL -> "Travel to and from rest periods";
            case BATHROOM -> "Bathroom use";
            case BATHROOM_TRAVEL -> "Travel to and from the bathroom";
            case SAFETY_COMPLIANCE -> "Complying with health and safety rules";
            case REQUIRED_ACTIVITY -> "Other activities the employer requires";
        };
    }

    static String words(java.time.Duration duration) {
        return duration == null ? "not stated" : Format.period(duration);
    }
}
