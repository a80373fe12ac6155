package org.quotaledger.portal;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

import org.quotaledger.notice.DocumentLanguages;
import org.quotaledger.notice.NoticeText;
import org.quotaledger.notice.NoticeText.Unreviewed;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;
import org.quotaledger.security.User;

/**
 * The language of the page's own words ({@link PortalWords}): for a signed-in employee the language their documents
 * are written in, for everyone else English. Every page an employee opens follows it, so the menu does not change
 * language from one page to the next; a page whose body is not translated marks its main part {@code lang="en"}
 * (see {@code layout/base.html}). Templates read it as {@code inject:portalLanguage}.
 */
@RequestScoped
@Named("portalLanguage")
public class PortalLanguage {

    /**
     * Languages written right to left. None has a bundle yet; the page direction follows the language so that adding
     * one is a matter of its file.
     */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "iw", "ur", "ps", "yi", "dv", "ckb", "sd", "ug");

    @Inject
    Access access;

    private boolean decided;

    private Locale translation;

    /** The employee's translation, or null for English (staff, public pages, no translation). */
    private Locale translation() {
        if (!decided) {
            translation = decide();
            decided = true;
        }
        return translation;
    }

    private Locale decide() {
        User user = access.signedIn();
        if (user == null || user.securityRole() != Role.EMPLOYEE) {
            return null;
        }
        String tag = DocumentLanguages.translationFor(user.employeeLanguage);
        if (tag.equals("en") || !hasWords(tag)) {
            return null;
        }
        // The same choice as for the notice and the report: an employer who hands out no unchecked translation
        // shows no unchecked portal either.
        if (!reviewed(tag) && Unreviewed.configured() == Unreviewed.ENGLISH) {
            return null;
        }
        return Locale.forLanguageTag(tag);
    }

    /** The locale of the page's words, English when there is no translation; what the page's other texts follow. */
    Locale pageLocale() {
        return translation() == null ? Locale.ENGLISH : translation();
    }

    /** The page's words for text a resource writes itself (a form's refusals), in the page's language. */
    public PortalWords words() {
        return translation() == null ? MessageBundles.get(PortalWords.class) : words(tag());
    }

    /** The BCP 47 tag for {@code <html lang>}. */
    public String tag() {
        return translation() == null ? "en" : translation().toLanguageTag();
    }

    /** {@code rtl} or {@code ltr}, for {@code <html dir>}. */
    public String dir() {
        return translation() != null && RIGHT_TO_LEFT.contains(translation().getLanguage()) ? "rtl" : "ltr";
    }

    /** Whether the page's words are a translation (a body left in English must then say it is English). */
    public boolean translated() {
        return translation() != null;
    }

    /** Whether the words are a translation no qualified translator has reviewed: the page then says so, in English. */
    public boolean unreviewed() {
        return translation() != null && !reviewed(tag());
    }

    public String unreviewedNote() {
        return NoticeText.UNREVIEWED_NOTE;
    }

    /** Whether the portal has its words in a language, and whether a translator has reviewed them. */
    private enum Words { NONE, UNREVIEWED, REVIEWED }

    /** Per language tag: the bundles are fixed when the app is built, so each is looked up once, not on every page. */
    private static final Map<String, Words> WORDS = new ConcurrentHashMap<>();

    private static Words wordsIn(String tag) {
        return WORDS.computeIfAbsent(tag, t -> {
            try {
                return Boolean.parseBoolean(words(t).bundleReviewed().strip()) ? Words.REVIEWED : Words.UNREVIEWED;
            } catch (IllegalStateException e) {
                // A notice language whose portal file is not written yet: the portal stays English (BundleCompletenessTest
                // fails the build before that ships).
                return Words.NONE;
            }
        });
    }

    private static boolean hasWords(String tag) {
        return wordsIn(tag) != Words.NONE;
    }

    private static boolean reviewed(String tag) {
        return wordsIn(tag) == Words.REVIEWED;
    }

    private static PortalWords words(String tag) {
        return MessageBundles.get(PortalWords.class, new Localized.Literal(tag));
    }

    /** Sets the page locale on every template instance: the employee's translation, else English. */
    @Singleton
    static class Initializer {

        void addTo(@Observes EngineBuilder engine, PortalLanguage language) {
            // Always set: without a locale Qute would take the one Quarkus REST negotiated from Accept-Language, and a
            // manager whose browser asks for Spanish would get a Spanish menu on English pages.
            engine.addTemplateInstanceInitializer(instance -> {
                instance.setLocale(Arc.container().requestContext().isActive() ? language.pageLocale() : Locale.ENGLISH);
            });
        }
    }
}
