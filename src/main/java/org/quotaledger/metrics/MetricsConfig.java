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
}
