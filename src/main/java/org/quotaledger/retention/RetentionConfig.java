package org.quotaledger.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/**
 * Retention, ISO-8601 ({@code P4Y}). A record is kept for the period counted from the later of its own date and the
 * employee's separation, so nothing of a current employee is ever purged. The periods a statute sets are facts of
 * that state's law ({@code StateLaw.retention()}), not configuration; only the fallback for states whose law states
 * none is set here.
 */
@ConfigMapping(prefix = "quotaledger.retention")
public interface RetentionConfig {

    /** For states whose law states no period (CA, MN, OR, and states without a quota law): conservative, longer than any found. */
    @WithDefault("P4Y")
    Period fallback();

    /** When the purge job runs (Quartz-style cron, UTC); {@code off} disables it. */
    @WithDefault("0 30 3 * * ?")
    String cron();

    /** Rows deleted per statement and per audit event, so a large purge holds neither locks nor memory long. */
    @WithDefault("1000")
    int batchSize();
}
