package org.quotaledger.workspeed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quotaledger.work-speed")
public interface WorkSpeedConfig {

    /** The largest work speed CSV or JSON batch accepted, in bytes; larger uploads get a 413. */
    @WithDefault("52428800")
    long maxUploadBytes();
}
