package org.quotaledger.employee;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quotaledger.roster")
public interface EmployeeConfig {

    /** The largest roster CSV accepted, in bytes; larger uploads get a 413. */
    @WithDefault("5242880")
    long maxUploadBytes();
}
