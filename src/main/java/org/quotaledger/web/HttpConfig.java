package org.quotaledger.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quotaledger.http")
public interface HttpConfig {

    /** Largest JSON request body accepted, in bytes; larger ones get a 413 problem before they are parsed. */
    @WithDefault("2097152")
    long maxJsonBytes();
}
