package org.quotaledger.notice;

import org.quotaledger.law.StateLaws;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One bundle in one locale, plus the plain-language phrases built from it ("120 units per hour"). The no-fallback
 * control matters: the default control would fall back to the server's locale before the base bundle, so a
 * Vietnamese employee's notice could come out in whatever language the server runs in.
 */
public final class NoticeText {

    static final String EMPLOYEE_BUNDLE = "messages.notice";
    static final String REGULATOR_BUNDLE = "messages.regulator";
    public static final String REPORT_BUNDLE = "messages.report";

    /** Printed in English under a text from an unreviewed bundle: the reader may not trust the translation, and says so. */
    public static final String UNREVIEWED_NOTE = "This translation has not yet been reviewed by a qualified translator;"
            + " the English version is available on request.";

    static final String UNREVIEWED_PROPERTY = "quotaledger.notices.unreviewed-languages";

    /** What to do with a translation no qualified translator has signed off ({@code bundle.reviewed=false}). */
    public enum Unreviewed {
        /** Use it, with {@link #UNREVIEWED_NOTE} in the footer: most readers understand an unchecked translation better than English. */
        ALLOW,
        /** Use English instead: for employers whose counsel will not hand out an unchecked legal text. */
        ENGLISH;

        /**
         * The setting {@code quotaledger.notices.unreviewed-languages} (allow, english), read where it is needed because
         * the renderers also run outside CDI (benchmarks, tests); {@link NoticeConfig} validates it at start.
         */
        public static Unreviewed configured() {
            return ConfigProvider.getConfig().getOptionalValue(UNREVIEWED_PROPERTY, String.class).map(Unreviewed::parse)
                    .orElse(ALLOW);
        }

        static Unreviewed parse(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "allow" -> ALLOW;
                case "english" -> ENGLISH;
                default -> throw new IllegalArgumentException(UNREVIEWED_PROPERTY + " is \"" + value
                        + "\"; it must be allow or english");
            };
        }
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final boolean reviewed;

    private NoticeText(ResourceBundle bundle) {
        this.bundle = bundle;
        this.reviewed = ownReviewed(bundle);
        // The locale actually found, so numbers and dates match the language of the words around them.
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.US : bundle.getLocale();
    }

    /** The text in {@code locale}, an unreviewed translation used or not as {@link Unreviewed#configured()} says. */
    public static NoticeText of(String baseName, Locale locale) {
        return of(baseName, locale, Unreviewed.configured());
    }

    public static NoticeText of(String baseName, Locale locale, Unreviewed unreviewed) {
        NoticeText text = new NoticeText(ResourceBundle.getBundle(baseName, bundleLocale(locale), NO_FALLBACK));
        if (!text.reviewed && unreviewed == Unreviewed.ENGLISH) {
            return new NoticeText(ResourceBundle.getBundle(baseName, Locale.ROOT, NO_FALLBACK));
        }
        return text;
    }

    /**
     * The locale to look bundles up under. The JDK already reads zh-TW, zh-HK as Traditional (zh_Hant) and zh-CN, zh-SG
     * as Simplified, but plain "zh" would find no script bundle and fall to English: most people who write just "zh"
     * read Simplified. Filipino (fil) is the standard form of Tagalog; the bundles are named tl.
     */
    static Locale bundleLocale(Locale locale) {
        if (locale.getLanguage().equals("zh") && locale.getScript().isEmpty() && locale.getCountry().isEmpty()) {
            return new Locale.Builder().setLanguage("zh").setScript("Hans").build();
        }
        if (locale.getLanguage().equals("fil")) {
            return new Locale.Builder().setLocale(locale).setLanguage("tl").build();
        }
        return locale;
    }

    /**
     * Whether the bundle file that was found itself says {@code bundle.reviewed=true}. Read from that file only: a
     * translation that forgot the key must not pass as reviewed by inheriting the English base's {@code true}.
     */
    private static boolean ownReviewed(ResourceBundle bundle) {
        Object value = bundle instanceof PropertyResourceBundle own ? own.handleGetObject("bundle.reviewed") : null;
        return value != null && Boolean.parseBoolean(value.toString().strip());
    }

    /** False for a translation no qualified translator has reviewed yet; its documents carry {@link #UNREVIEWED_NOTE}. */
    public boolean reviewed() {
        return reviewed;
    }

    Locale locale() {
        return locale;
    }

    /**
     * The language the text is actually in, as a BCP 47 tag ({@code en} when the requested one has no translation or
     * its translation is not used; {@code zh-Hant} for Traditional Chinese, whose script is the whole difference).
     */
    public String language() {
        Locale found = bundle.getLocale();
        return found.getLanguage().isEmpty() ? "en" : found.toLanguageTag();
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 && pattern.indexOf('{') < 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Empty when the key is absent or blank: state-specific texts are optional. */
    String optional(String key) {
        try {
            return bundle.getString(key).isBlank() ? "" : get(key);
        } catch (MissingResourceException e) {
            return "";
        }
    }

    String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    String date(LocalDate date) {
        return date == null ? get("info.notStated") : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    String date(Instant instant, String state) {
        return date(instant.atZone(zone(state)).toLocalDate());
    }

    /** A notice shows dates as they are on the warehouse floor. */
    static ZoneId zone(String state) {
        return StateLaws.zone(state);
    }

    /**
     * Each quota's target in the notice's words for this locale ("120 unidades por hora"), so a page that shows the
     * quotas says what the notice says.
     */
    public static java.util.List<String> targets(org.quotaledger.document.QuotaDocument document, Locale locale) {
        NoticeText t = of(EMPLOYEE_BUNDLE, locale);
        return document == null || document.quotas() == null ? java.util.List.of()
                : document.quotas().stream().map(q -> NoticeLayout.target(q, document.shift(), t)).toList();
    }

    /** The activities never counted against the employee, named as the notice names them in this locale. */
    public static java.util.List<String> neverCounted(org.quotaledger.document.QuotaDocument document, Locale locale) {
        if (document == null || document.timeOffTask() == null || document.timeOffTask().excluded() == null) {
            return java.util.List.of();
        }
        NoticeText t = of(EMPLOYEE_BUNDLE, locale);
        return document.timeOffTask().excluded().stream().map(a -> t.get("activity." + a.name())).toList();
    }

    /** "hour", "10 hours", "15 minutes": the period after "per". */
    String per(Duration period) {
        return phrase(period, "period.");
    }

    /** "1 hour", "10 hours": a length of time. */
    String length(Duration duration) {
        return phrase(duration, "duration.");
    }

    private String phrase(Duration d, String singularPrefix) {
        if (d == null || d.isZero() || d.isNegative()) {
            return get("period.none");
        }
        long seconds = d.getSeconds();
        String unit;
        long amount;
        if (seconds % 604_800 == 0) {
            unit = "week";
            amount = seconds / 604_800;
        } else if (seconds % 86_400 == 0) {
            unit = "day";
            amount = seconds / 86_400;
        } else if (seconds % 3_600 == 0) {
            unit = "hour";
            amount = seconds / 3_600;
        } else {
            unit = "minute";
            amount = Math.max(1, Math.round(seconds / 60.0));
        }
        return amount == 1 ? get(singularPrefix + unit) : get("period." + unit + "s", Long.toString(amount));
    }
}
