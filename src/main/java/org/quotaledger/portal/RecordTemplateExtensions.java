package org.quotaledger.portal;

import io.quarkus.qute.TemplateExtension;
import org.quotaledger.delivery.Delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The employee record's values in words, and employee numbers made safe for a link. */
@TemplateExtension
public class RecordTemplateExtensions {

    /** An employee number as one segment of a page's address: a roster may hold numbers with slashes or spaces. */
    static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A language tag as people read it: "Spanish (es)". */
    static String languageName(String tag) {
        if (tag == null || tag.isBlank()) {
            return "not given";
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.US);
        return name.isBlank() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }

    static String words(Delivery.Channel channel) {
        return switch (channel) {
            case PAPER -> "on paper";
            case EMAIL -> "by e-mail";
            case PORTAL -> "in the employee portal";
            case VERBAL -> "orally";
        };
    }
}
