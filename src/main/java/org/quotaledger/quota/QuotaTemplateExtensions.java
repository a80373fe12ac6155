package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import io.quarkus.qute.TemplateExtension;

/** Plain-language display of document parts in the pages; their labels come from the notice bundle (notice.NoticeLabels). */
@TemplateExtension
public class QuotaTemplateExtensions {

    static String plain(QuotaDocument.Quota quota) {
        return Format.quota(quota);
    }

    /** What happened to a part of the document between two versions, in words. */
    static String label(DescriptionDiff.Kind kind) {
        return switch (kind) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
        };
    }

    static String words(java.time.Duration duration) {
        return duration == null ? "not stated" : Format.period(duration);
    }
}
