package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import java.math.BigDecimal;
import java.time.Duration;

/** Plain-language renderings of quotas, shared by pages, diffs and notices. */
public final class Format {

    private Format() {
    }

    /** "120 units per hour", "95% of time on task per shift". */
    public static String quota(QuotaDocument.Quota q) {
        String amount = q.quantity() == null ? "no stated quantity" : number(q.quantity()) + (q.unit() == null ? "" : " " + q.unit());
        return q.period() == null ? amount : amount + " per " + period(q.period());
    }

    public static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** A period in words: PT1H -> "hour", PT15M -> "15 minutes", PT10H -> "10 hours". */
    public static String period(Duration d) {
        if (d.equals(Duration.ofHours(1))) {
            return "hour";
        }
        if (d.equals(Duration.ofMinutes(1))) {
            return "minute";
        }
        if (d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
            return d.toHours() + " hours";
        }
        if (d.toSecondsPart() == 0 && d.toHours() == 0) {
            return d.toMinutes() + " minutes";
        }
        return duration(d);
    }

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])");
    private static final java.util.regex.Pattern FILLER = java.util.regex.Pattern.compile("[\\s,]*(?:and)?[\\s,]*");

    /**
     * A duration as people write it in the form: "10 hours", "30 minutes", "1 hour 30 minutes", "90 min", "1.5 hours",
     * "8h", or ISO-8601 ("PT10H") as the document stores it. Empty when it cannot be read: the form says so beside
     * the field rather than guessing (a bare "30" could be minutes or hours).
     */
    public static java.util.Optional<Duration> parseDuration(String text) {
        String v = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (v.startsWith("p")) {
            try {
                Duration d = Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
                return d.isNegative() ? java.util.Optional.empty() : java.util.Optional.of(d);
            } catch (RuntimeException e) {
                return java.util.Optional.empty();
            }
        }
        var m = PART.matcher(v);
        BigDecimal seconds = BigDecimal.ZERO;
        int at = 0;
        boolean any = false;
        while (m.find()) {
            if (!FILLER.matcher(v.substring(at, m.start())).matches()) {
                return java.util.Optional.empty();
            }
            BigDecimal n = new BigDecimal(m.group(1).replace(',', '.'));
            char unit = m.group(2).charAt(0);
            seconds = seconds.add(n.multiply(BigDecimal.valueOf(unit == 'h' ? 3600 : unit == 'm' ? 60 : 1)));
            at = m.end();
            any = true;
        }
        if (!any || !FILLER.matcher(v.substring(at)).matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Duration.ofSeconds(seconds.longValueExact()));
        } catch (ArithmeticException fraction) {
            return java.util.Optional.empty(); // "1.0001 hours": a fraction of a second is no one's shift length
        }
    }

    /** A length in words, as the form shows it back: "10 hours", "1 hour 30 minutes", "30 minutes"; null for none. */
    public static String words(Duration d) {
        if (d == null) {
            return null;
        }
        var out = new StringBuilder();
        part(out, d.toHours(), "hour");
        part(out, d.toMinutesPart(), "minute");
        part(out, d.toSecondsPart(), "second");
        return out.isEmpty() ? "0 minutes" : out.toString();
    }

    private static void part(StringBuilder out, long n, String unit) {
        if (n != 0) {
            out.append(out.isEmpty() ? "" : " ").append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }

    /** ISO-8601, as the document has it, or null. */
    public static String duration(Duration d) {
        return d == null ? null : d.toString();
    }
}
