package org.quotaledger.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quotaledger.demo")
public interface DemoConfig {

    /** Load the demo employer, facilities, roster, descriptions and users into an empty registry at start. */
    @WithDefault("false")
    boolean enabled();
}
