package org.quotaledger.audit.packet.spi;

/** File names inside a packet come from registry data (role codes, verification codes): keep them plain. */
public final class PacketPaths {

    private PacketPaths() {
    }

    public static String safe(String s) {
        String cleaned = s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }
}
