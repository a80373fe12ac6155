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
import java.util.ResourceBundle;

/**
 * One bundle in one locale, plus the plain-language phrases built from it ("120 units per hour"). The no-fallback
 * control matters: the default control would fall back to the server's locale before the base bundle, so a
 * Vietnamese employee's notice could come out in whatever language the server runs in.
 */
public final class NoticeText {

    static final String EMPLOYEE_BUNDLE = "messages.notice";
    static final String REGULATOR_BUNDLE = "messages.regulator";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private NoticeText(ResourceBundle bundle) {
        this.bundle = bundle;
        // The locale actually found, so numbers and dates match the language of the words around them.
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.US : bundle.getLocale();
    }

    public static NoticeText of(String baseName, Locale locale) {
        return new NoticeText(ResourceBundle.getBundle(baseName, locale, NO_FALLBACK));
    }

    /**
     * Whether the employee notice's fixed text (headings, rights, explanations) exists in {@code language}; English
     * always does.
     */
    public static boolean hasEmployeeText(String language) {
        if (language == null || language.isBlank()) {
            return false;
        }
        Locale wanted = Locale.forLanguageTag(language);
        Locale found = ResourceBundle.getBundle(EMPLOYEE_BUNDLE, wanted, NO_FALLBACK).getLocale();
        return found.getLanguage().isEmpty() ? wanted.getLanguage().equals("en") : found.getLanguage().equals(wanted.getLanguage());
    }

    Locale locale() {
        return locale;
    }

    /** The language the text is actually in ({@code en} when the requested one has no translation). */
    public String language() {
        return locale.getLanguage();
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
