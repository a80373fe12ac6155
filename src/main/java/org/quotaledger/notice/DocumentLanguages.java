package org.quotaledger.notice;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateGlobal;

import java.util.List;
import java.util.Locale;

/**
 * The languages an employee can choose for their documents: those the notice's fixed wording is written in. Offered
 * to templates as {@code documentLanguages}, each named in its own language so a reader finds theirs.
 */
public final class DocumentLanguages {

    /** Tags of the bundles under {@code messages/notice_*.properties}, English first. */
    static final List<String> TAGS = List.of("en", "es", "zh-Hans", "zh-Hant", "vi", "ko", "ru", "tl", "ht", "uk", "so");

    private DocumentLanguages() {
    }

    public record Choice(String tag, String name) {
    }

    /** {@code tag.offeredForDocuments}: whether the list offers this language (a roster may hold others). */
    @TemplateExtension
    static boolean offeredForDocuments(String tag) {
        return tag != null && TAGS.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }

    @TemplateGlobal
    public static List<Choice> documentLanguages() {
        return TAGS.stream().map(tag -> {
            Locale own = Locale.forLanguageTag(tag);
            String name = own.getDisplayName(own);
            return new Choice(tag, name.substring(0, 1).toUpperCase(own) + name.substring(1));
        }).toList();
    }
}
