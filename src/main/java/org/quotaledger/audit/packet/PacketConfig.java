package org.quotaledger.audit.packet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Audit packet export and verification. */
@ConfigMapping(prefix = "quotaledger.packets")
public interface PacketConfig {

    /** Largest packet {@code POST /api/v1/audit-packets/verify} accepts, in bytes (200 MB); it is spooled to a temporary file. */
    @WithDefault("209715200")
    long maxVerifyBytes();

    /** The period exported when a request names none: this many days up to today. */
    @WithDefault("365")
    int defaultPeriodDays();
}
