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

    /** ISO-8601, as the document has it, or null. */
    public static String duration(Duration d) {
        return d == null ? null : d.toString();
    }
}
