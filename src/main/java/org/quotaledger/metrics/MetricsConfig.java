package org.quotaledger.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "quotaledger.metrics")
public interface MetricsConfig {

    /**
     * How long a figure read from the database is reused: a scrape reads each gauge, and several Prometheus servers
     * may scrape every instance, so without it each scrape would run every query once per gauge.
     */
    @WithDefault("PT5S")
    Duration cache();

    /**
     * Who may read {@code /q/metrics} on the app's port: {@code deny} (the default: every facility's figures are not for
     * the public) or {@code permit}; it is the policy of the HTTP permission {@code metrics} in application.properties.
     */
    @WithDefault("deny")
    String access();
}
