package org.quotaledger.audit.packet;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a ZIP entry by entry straight to the response, computing each entry's SHA-256 and size while its bytes
 * pass through, so the manifest can be written last without holding any file in memory.
 */
final class PacketZip implements AutoCloseable {

    /** Writes one file's content. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws Exception;
    }

    private final ZipOutputStream zip;
    private final List<PacketVerifier.FileEntry> files = new ArrayList<>();
    private final Set<String> paths = new LinkedHashSet<>();

    PacketZip(OutputStream out) {
        this.zip = new ZipOutputStream(new BufferedOutputStream(out, 64 * 1024));
    }

    void write(String path, byte[] bytes) throws IOException {
        write(path, out -> out.write(bytes));
    }

    /** Adds one file; returns its manifest entry. */
    PacketVerifier.FileEntry write(String path, Body body) throws IOException {
        if (!paths.add(path)) {
            throw new IllegalStateException("two files named " + path + " in one packet");
        }
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest digest = sha256();
        var counter = new Counting(zip);
        var out = new DigestOutputStream(counter, digest);
        try {
            body.writeTo(out);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Writing " + path + " failed: " + e.getMessage(), e);
        }
        out.flush();
        zip.closeEntry();
        var entry = new PacketVerifier.FileEntry(path, HexFormat.of().formatHex(digest.digest()), counter.count);
        files.add(entry);
        return entry;
    }

    List<PacketVerifier.FileEntry> files() {
        return List.copyOf(files);
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Counts what passes and never closes the ZIP underneath (a section's writer may close its stream). */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
