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

    /** A choice as an employee's list shows it, {@code selected} when it is the language on their record. */
    public record Option(String tag, String name, boolean selected) {
    }

    /** {@code tag.offeredForDocuments}: whether the list offers this language (a roster may hold others). */
    @TemplateExtension
    static boolean offeredForDocuments(String tag) {
        return tag != null && TAGS.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }

    /**
     * The tag of the translation an employee whose language is {@code primary} reads ({@code es} for {@code es-MX},
     * {@code zh-Hant} for {@code zh-TW}), {@code en} when there is none: the notice bundles' own lookup, so the portal
     * and the documents never disagree on which language a code means. Review state is not considered here.
     */
    public static String translationFor(String primary) {
        if (primary == null || primary.isBlank()) {
            return "en";
        }
        return NoticeText.of(NoticeText.EMPLOYEE_BUNDLE, Locale.forLanguageTag(primary), NoticeText.Unreviewed.ALLOW)
                .language();
    }

    /** Named once: the JDK's display names cost a locale-data lookup each, on every page that offers the list. */
    private static final List<Choice> CHOICES = TAGS.stream().map(tag -> {
        Locale own = Locale.forLanguageTag(tag);
        String name = own.getDisplayName(own);
        return new Choice(tag, name.substring(0, 1).toUpperCase(own) + name.substring(1));
    }).toList();

    @TemplateGlobal
    public static List<Choice> documentLanguages() {
        return CHOICES;
    }

    /** The tags the list offers, as the notice bundles spell them. */
    public static List<String> tags() {
        return TAGS;
    }

    /**
     * The list with the language on an employee's record ({@code chosen}, may be null) selected: decided here, once per
     * choice, rather than by a comparison the page's template evaluates for every language it offers.
     */
    public static List<Option> options(String chosen) {
        return CHOICES.stream().map(c -> new Option(c.tag(), c.name(), c.tag().equals(chosen))).toList();
    }
}
