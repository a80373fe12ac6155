package org.quotaledger.audit.packet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What an attacker does to a ZIP with a hex editor, for tests: the central directory and the local headers are
 * edited separately, so that archive tools (which follow the directory) and streaming readers (which walk the local
 * headers) see different files. Works on ZIPs without zip64 records, like a test packet.
 */
final class ZipSurgery {

    /** One central-directory record: where it is and what it says. */
    record Record(String name, int at, int length, long localHeaderOffset) {
    }

    private ZipSurgery() {
    }

    static byte[] zip(Map<String, byte[]> files) {
        var out = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static int endRecord(byte[] zip) {
        return zip.length - 22;
    }

    static int directoryOffset(byte[] zip) {
        return (int) u32(zip, endRecord(zip) + 16);
    }

    static List<Record> directory(byte[] zip) {
        int p = directoryOffset(zip);
        int count = u16(zip, endRecord(zip) + 10);
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int nameLength = u16(zip, p + 28);
            int length = 46 + nameLength + u16(zip, p + 30) + u16(zip, p + 32);
            records.add(new Record(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8), p, length, u32(zip, p + 42)));
            p += length;
        }
        return records;
    }

    /**
     * The attack of hole 1: the directory entry of {@code name} points at a changed copy placed after the last entry,
     * while the original local header and data stay where they were. Four bytes that are no local-header signature
     * precede the copy, so a streaming reader (which walks local headers until it meets something else) stops before
     * it; archive tools, which follow the directory, read the copy.
     */
    static byte[] repointToChangedCopy(byte[] zip, String name, byte[] changed) {
        int directory = directoryOffset(zip);
        int end = endRecord(zip);
        byte[] records = Arrays.copyOfRange(zip, directory, end);
        byte[] stop = "QL\0\0".getBytes(StandardCharsets.US_ASCII);
        int copyOffset = directory + stop.length;
        CRC32 crc = new CRC32();
        crc.update(changed);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer local = le(30 + nameBytes.length + changed.length);
        local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt((int) crc.getValue()).putInt(changed.length).putInt(changed.length)
                .putShort((short) nameBytes.length).putShort((short) 0).put(nameBytes).put(changed);
        Record target = directory(zip).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        int r = target.at() - directory;
        ByteBuffer patch = ByteBuffer.wrap(records).order(ByteOrder.LITTLE_ENDIAN);
        patch.putShort(r + 8, (short) 0).putShort(r + 10, (short) 0).putInt(r + 16, (int) crc.getValue())
                .putInt(r + 20, changed.length).putInt(r + 24, changed.length).putInt(r + 42, copyOffset);
        byte[] endRecord = Arrays.copyOfRange(zip, end, zip.length);
        ByteBuffer.wrap(endRecord).order(ByteOrder.LITTLE_ENDIAN).putInt(16, copyOffset + local.capacity());
        return concat(Arrays.copyOfRange(zip, 0, directory), stop, local.array(), records, endRecord);
    }

    /** A file whose local header and data stay in the archive while its directory record is removed. */
    static byte[] hideFromDirectory(byte[] zip, String name) {
        Record target = directory(zip).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        int end = endRecord(zip);
        byte[] endRecord = Arrays.copyOfRange(zip, end, zip.length);
        ByteBuffer e = ByteBuffer.wrap(endRecord).order(ByteOrder.LITTLE_ENDIAN);
        e.putShort(8, (short) (u16(endRecord, 8) - 1)).putShort(10, (short) (u16(endRecord, 10) - 1))
                .putInt(12, (int) (u32(endRecord, 12) - target.length()));
        return concat(Arrays.copyOfRange(zip, 0, target.at()), Arrays.copyOfRange(zip, target.at() + target.length(), end),
                endRecord);
    }

    /** Renames an entry in both its local header and its directory record (to the same length). */
    static byte[] rename(byte[] zip, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("same length only");
        }
        byte[] copy = zip.clone();
        Record target = directory(zip).stream().filter(r -> r.name().equals(from)).findFirst().orElseThrow();
        byte[] name = to.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(name, 0, copy, target.at() + 46, name.length);
        System.arraycopy(name, 0, copy, (int) target.localHeaderOffset() + 30, name.length);
        return copy;
    }

    /** Renames an entry in its directory record only. */
    static byte[] renameInDirectoryOnly(byte[] zip, String from, String to) {
        byte[] copy = zip.clone();
        Record target = directory(zip).stream().filter(r -> r.name().equals(from)).findFirst().orElseThrow();
        byte[] name = to.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(name, 0, copy, target.at() + 46, name.length);
        return copy;
    }

    /**
     * Declares {@code size} as an entry's uncompressed size, in its directory record and in its data descriptor (a
     * bomb that lies about what it expands to).
     */
    static byte[] declareSize(byte[] zip, String name, long compressedSize, int size) {
        byte[] copy = zip.clone();
        Record target = directory(zip).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(target.at() + 24, size);
        int local = (int) target.localHeaderOffset();
        int descriptor = local + 30 + u16(zip, local + 26) + u16(zip, local + 28) + (int) compressedSize;
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(descriptor + 12, size);
        return copy;
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> files(String... namesAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put(namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (u16(b, p) | (long) u16(b, p + 2) << 16) & 0xFFFFFFFFL;
    }
}
