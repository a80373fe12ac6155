package org.quotaledger.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;
import java.util.Map;

/**
 * Retention periods, ISO-8601 ({@code P3Y}). A record is kept for the period counted from the later of its own
 * date and the employee's separation, so nothing of a current employee is ever purged. The defaults (in
 * application.properties) come from the rules catalogue's "Record retention" row.
 */
@ConfigMapping(prefix = "quotaledger.retention")
public interface RetentionConfig {

    /** Per state (two-letter code): NY P3Y (§784), WA P3Y after separation (RCW 49.84.035), CA P4Y (none in statute). */
    Map<String, Period> states();

    /** For states without an entry: conservative, longer than any period found in a statute. */
    @WithDefault("P4Y")
    Period fallback();

    /** For facilities opted in to the federal rules: the last six months kept three years after termination. */
    @WithDefault("P3Y")
    Period federal();

    /** When the purge job runs (Quartz-style cron, UTC); {@code off} disables it. */
    @WithDefault("0 30 3 * * ?")
    String cron();

    /** Rows deleted per statement and per audit event, so a large purge holds neither locks nor memory long. */
    @WithDefault("1000")
    int batchSize();
}
