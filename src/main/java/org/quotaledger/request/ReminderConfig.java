package org.quotaledger.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quotaledger.reminders")
public interface ReminderConfig {

    /** The first reminder goes out this many days before a request's due day; a second one on the due day. */
    @WithDefault("3")
    int daysBefore();

    /** When the reminder job looks for requests to remind about (Quartz cron; hourly by default). */
    @WithDefault("0 0 * * * ?")
    String cron();
}
