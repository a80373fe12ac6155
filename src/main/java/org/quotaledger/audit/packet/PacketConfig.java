package org.quotaledger.audit.packet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Audit packet export and verification. */
@ConfigMapping(prefix = "quotaledger.packets")
public interface PacketConfig {

    /** Largest packet {@code POST /api/v1/audit-packets/verify} accepts, in bytes (200 MB); it is spooled to a temporary file. */
    @WithDefault("209715200")
    long maxVerifyBytes();

    /** Most entries a packet to verify may hold. */
    @WithDefault("100000")
    int maxEntries();

    /** Most bytes a packet to verify may expand to, all entries together (2 GiB): bounds the CPU a verification costs. */
    @WithDefault("2147483648")
    long maxUncompressedBytes();

    /** Highest uncompressed : compressed ratio of an entry over 1 MiB; packet files compress far less, ZIP bombs far more. */
    @WithDefault("100")
    int maxCompressionRatio();

    /** The period exported when a request names none: this many days up to today. */
    @WithDefault("365")
    int defaultPeriodDays();

    default PacketArchive.Limits limits() {
        return new PacketArchive.Limits(maxEntries(), maxUncompressedBytes(), maxCompressionRatio());
    }
}
