package org.quotaledger.audit.packet.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The packet being written, as a {@link PacketPart} sees it: files go in one after the other, each hashed into the
 * manifest as it passes, so a part writes as it reads and holds nothing it does not need.
 */
public interface PacketFiles {

    /** Writes one file's content; must not close {@code out}. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws Exception;
    }

    /** Adds one file; a second file with the same path is a bug. */
    void write(String path, Body body) throws IOException;

    default void write(String path, byte[] bytes) throws IOException {
        write(path, out -> out.write(bytes));
    }

    /**
     * Hands the manifest a value it signs beside the file list, under a field the service knows (the audit trail's
     * anchor in the chain is {@code auditTrail}).
     */
    void manifest(String field, Object value);
}
