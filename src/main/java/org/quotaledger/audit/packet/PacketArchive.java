package org.quotaledger.audit.packet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A packet ZIP read the way {@code unzip} and every archive tool read it, through its central directory, and refused
 * whenever another reader could see something else. Streaming readers (Java's {@code ZipInputStream}, the verifier
 * this replaced) walk the local headers in file order instead; an archive whose directory points at other bytes than
 * its local headers shows one packet to the verifier and another to the person who unzips it. So the directory and
 * every local header must agree (name, method, flags, CRC, sizes), every byte of the file must belong to exactly one
 * entry or to the directory (nothing before, between, after or overlapping), names must be unique and plain, and
 * each entry must inflate to exactly its declared size and CRC.
 *
 * <p>This reads the records itself rather than through an archive library: libraries are built to be lenient and
 * recover what they can, and a verifier must do the opposite. Sizes are bounded ({@link Limits}) from the directory
 * before anything is inflated, and again while inflating, so a ZIP bomb costs at most what the limits allow.
 */
final class PacketArchive implements AutoCloseable {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int ZIP64_END_OF_DIRECTORY = 0x06064b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final long MAGIC32 = 0xFFFFFFFFL;
    private static final int MAGIC16 = 0xFFFF;
    /** Flag bits a packet may use: 1-2 deflate options, 3 sizes in a data descriptor, 11 UTF-8 names. */
    private static final int ALLOWED_FLAGS = 0x0002 | 0x0004 | 0x0008 | 0x0800;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    /**
     * What a packet may cost to read. A packet of a large facility holds a notice per employee and version, so tens
     * of thousands of entries are normal; notices are PDFs and barely compress, so a high ratio means a bomb.
     *
     * @param maxEntries    entries in the archive
     * @param maxTotalBytes the sum of every entry's uncompressed size
     * @param maxRatio      uncompressed : compressed size of an entry larger than {@link #RATIO_FLOOR}
     */
    record Limits(int maxEntries, long maxTotalBytes, int maxRatio) {
        /** Entries smaller than this are never refused for their ratio: they cannot cost much. */
        static final long RATIO_FLOOR = 1024 * 1024;
        static final Limits DEFAULT = new Limits(100_000, 2L * 1024 * 1024 * 1024, 100);
    }

    /** The archive is not a well-formed packet ZIP, or could be read in more than one way. */
    static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** The archive is beyond a {@link Limits limit}; the message names the limit. */
    static final class TooLarge extends Refused {
        TooLarge(String message) {
            super(message);
        }
    }

    /** One entry as the central directory describes it, with where its bytes lie. */
    record Entry(String name, int method, int flags, long crc, long compressedSize, long size, long headerOffset,
                 long dataOffset, long end) {
        boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    /** Random access to the archive's bytes. */
    private interface Source extends AutoCloseable {
        long size() throws IOException;

        /** Reads exactly {@code length} bytes at {@code position}, or fails. */
        void read(long position, byte[] into, int offset, int length) throws IOException;

        @Override
        void close() throws IOException;
    }

    private final Source source;
    private final List<Entry> entries;

    private PacketArchive(Source source, Limits limits) throws IOException {
        this.source = source;
        try {
            this.entries = List.copyOf(readDirectory(limits));
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    static PacketArchive open(Path file, Limits limits) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        return new PacketArchive(new Source() {
            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public void read(long position, byte[] into, int offset, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(into, offset, length);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, position + buffer.position() - offset) < 0) {
                        throw new Refused("the ZIP ends in the middle of a record");
                    }
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        }, limits);
    }

    static PacketArchive of(byte[] bytes, Limits limits) throws IOException {
        return new PacketArchive(new Source() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public void read(long position, byte[] into, int offset, int length) {
                if (position < 0 || position + length > bytes.length) {
                    throw new Refused("the ZIP ends in the middle of a record");
                }
                System.arraycopy(bytes, (int) position, into, offset, length);
            }

            @Override
            public void close() {
            }
        }, limits);
    }

    /** The entries in central-directory order. */
    List<Entry> entries() {
        return entries;
    }

    /**
     * The entry's content, inflated. Reading to the end checks that it is exactly the declared size with the declared
     * CRC; anything else throws {@link Refused}.
     */
    InputStream content(Entry entry) {
        return new EntryStream(entry);
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    // ---- the directory and the local headers ----------------------------------------------------------------------

    private List<Entry> readDirectory(Limits limits) throws IOException {
        long fileSize = source.size();
        if (fileSize < 22) {
            throw new Refused("the upload is not a ZIP file (too short for one)");
        }
        long eocd = fileSize - 22;
        byte[] end = read(eocd, 22);
        if (u32(end, 0) != END_OF_DIRECTORY) {
            throw new Refused(findEndRecord(fileSize) ? "the ZIP has data (or a comment) after its end-of-directory record:"
                    + " packets have none, and such bytes are where a second archive hides"
                    : "the upload is not a ZIP file (no end-of-directory record)");
        }
        if (u16(end, 4) != 0 || u16(end, 6) != 0 || u16(end, 8) != u16(end, 10)) {
            throw new Refused("the ZIP claims to span several disks");
        }
        long count = u16(end, 10);
        long directorySize = u32(end, 12);
        long directoryOffset = u32(end, 16);
        long directoryEnd = eocd;                                  // where the directory must end (zip64 records follow it)
        if (eocd >= 20 && u32(read(eocd - 20, 4), 0) == ZIP64_LOCATOR) {
            byte[] locator = read(eocd - 20, 20);
            long recordOffset = u64(locator, 8);
            if (u32(locator, 4) != 0 || u32(locator, 16) != 1) {
                throw new Refused("the ZIP claims to span several disks");
            }
            byte[] record = read(recordOffset, 56);
            if (u32(record, 0) != ZIP64_END_OF_DIRECTORY || u64(record, 4) != 44 || recordOffset + 56 != eocd - 20) {
                throw new Refused("the ZIP's zip64 end-of-directory record is not where its locator says, or carries extra data");
            }
            if (u32(record, 16) != 0 || u32(record, 20) != 0 || u64(record, 24) != u64(record, 32)) {
                throw new Refused("the ZIP claims to span several disks");
            }
            count = checked64(u64(record, 32), count, MAGIC16, "entry count");
            directorySize = checked64(u64(record, 40), directorySize, MAGIC32, "directory size");
            directoryOffset = checked64(u64(record, 48), directoryOffset, MAGIC32, "directory offset");
            directoryEnd = recordOffset;
        } else if (count == MAGIC16 || directorySize == MAGIC32 || directoryOffset == MAGIC32) {
            throw new Refused("the ZIP's end-of-directory record needs zip64 values, but there is no zip64 record");
        }
        if (count > limits.maxEntries()) {
            throw new TooLarge("the ZIP holds " + count + " entries; a packet may hold at most " + limits.maxEntries()
                    + " (limit quotaledger.packets.max-entries)");
        }
        if (directoryOffset + directorySize != directoryEnd) {
            throw new Refused("the ZIP's central directory does not end where its end record begins: there are bytes between them");
        }

        // A directory entry is 46 bytes plus a name and small extras; anything much larger is not a packet's.
        if (directorySize > (long) limits.maxEntries() * 1024 + 65_536) {
            throw new TooLarge("the ZIP's central directory (" + directorySize + " bytes) is larger than any packet's");
        }
        byte[] directory = read(directoryOffset, (int) directorySize);
        List<Entry> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, String> folded = new HashMap<>();
        long total = 0;
        int p = 0;
        for (long i = 0; i < count; i++) {
            if (p + 46 > directory.length || u32(directory, p) != CENTRAL_HEADER) {
                throw new Refused("the ZIP's central directory holds fewer entries than its end record says (" + count + ")");
            }
            int flags = u16(directory, p + 8);
            int method = u16(directory, p + 10);
            long crc = u32(directory, p + 16);
            long compressed = u32(directory, p + 20);
            long size = u32(directory, p + 24);
            int nameLength = u16(directory, p + 28);
            int extraLength = u16(directory, p + 30);
            int commentLength = u16(directory, p + 32);
            int disk = u16(directory, p + 34);
            long offset = u32(directory, p + 42);
            int next = p + 46 + nameLength + extraLength + commentLength;
            if (next > directory.length) {
                throw new Refused("an entry of the ZIP's central directory runs past its end");
            }
            byte[] rawName = Arrays.copyOfRange(directory, p + 46, p + 46 + nameLength);
            String name = name(rawName, flags);
            long[] zip64 = zip64(directory, p + 46 + nameLength, extraLength, size == MAGIC32, compressed == MAGIC32,
                    offset == MAGIC32, disk == MAGIC16, name);
            size = zip64[0] >= 0 ? zip64[0] : size;
            compressed = zip64[1] >= 0 ? zip64[1] : compressed;
            offset = zip64[2] >= 0 ? zip64[2] : offset;
            if (zip64[3] > 0 || (disk != 0 && disk != MAGIC16)) {
                throw new Refused("the ZIP claims to span several disks");
            }
            if ((flags & ~ALLOWED_FLAGS) != 0) {
                throw new Refused("entry " + name + " is encrypted or uses ZIP features packets never use (flags 0x"
                        + Integer.toHexString(flags) + ")");
            }
            if (method != STORED && method != DEFLATED) {
                throw new Refused("entry " + name + " is compressed with method " + method + "; packets use only stored and deflated entries");
            }
            if (method == STORED && compressed != size) {
                throw new Refused("entry " + name + " is stored uncompressed, but its two sizes differ");
            }
            if (!names.add(name)) {
                throw new Refused("the ZIP holds two entries named " + name + ": tools disagree on which one they show");
            }
            String other = folded.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            if (other != null) {
                throw new Refused("the ZIP holds entries named " + other + " and " + name + ", which are the same file on systems"
                        + " that ignore case");
            }
            if (size > Limits.RATIO_FLOOR && size > compressed * limits.maxRatio()) {
                throw new TooLarge("entry " + name + " would expand from " + compressed + " to " + size + " bytes, more than "
                        + limits.maxRatio() + " times (limit quotaledger.packets.max-compression-ratio): a packet's files do not"
                        + " compress like that, a ZIP bomb does");
            }
            total += size;
            if (total > limits.maxTotalBytes()) {
                throw new TooLarge("the ZIP's files would expand to more than " + limits.maxTotalBytes() + " bytes (limit"
                        + " quotaledger.packets.max-uncompressed-bytes)");
            }
            result.add(local(name, rawName, method, flags, crc, compressed, size, offset));
            p = next;
        }
        if (p != directory.length) {
            throw new Refused("the ZIP's central directory holds more than the " + count + " entries its end record lists");
        }
        checkEveryByteIsAccountedFor(result, directoryOffset, fileSize);
        return result;
    }

    /** Reads the local header an entry points at; it must say what the directory says. */
    private Entry local(String name, byte[] rawName, int method, int flags, long crc, long compressed, long size, long offset)
            throws IOException {
        byte[] header = read(offset, 30);
        if (u32(header, 0) != LOCAL_HEADER) {
            throw new Refused("the central directory points entry " + name + " at bytes that are not a local file header");
        }
        int nameLength = u16(header, 26);
        int extraLength = u16(header, 28);
        byte[] rest = read(offset + 30, nameLength + extraLength);
        if (!Arrays.equals(rest, 0, nameLength, rawName, 0, rawName.length)) {
            throw new Refused("the central directory and the local header disagree on the name of entry " + name);
        }
        if (u16(header, 6) != flags || u16(header, 8) != method) {
            throw new Refused("the central directory and the local header disagree on how entry " + name + " is stored");
        }
        long dataOffset = offset + 30 + nameLength + extraLength;
        long end;
        if ((flags & 0x0008) == 0) {
            long localCrc = u32(header, 14);
            long localCompressed = u32(header, 18);
            long localSize = u32(header, 22);
            long[] zip64 = zip64(rest, nameLength, extraLength, localSize == MAGIC32, localCompressed == MAGIC32, false, false, name);
            localSize = zip64[0] >= 0 ? zip64[0] : localSize;
            localCompressed = zip64[1] >= 0 ? zip64[1] : localCompressed;
            if (localCrc != crc || localCompressed != compressed || localSize != size) {
                throw new Refused("the central directory and the local header disagree on the content of entry " + name
                        + " (CRC or sizes): the directory points at other data than the local header describes");
            }
            end = dataOffset + compressed;
        } else {
            end = dataOffset + compressed + descriptor(dataOffset + compressed, crc, compressed, size, name);
        }
        return new Entry(name, method, flags, crc, compressed, size, offset, dataOffset, end);
    }

    /** The length of the data descriptor after an entry's data, which must repeat the directory's CRC and sizes. */
    private int descriptor(long at, long crc, long compressed, long size, String name) throws IOException {
        boolean wide = compressed >= MAGIC32 || size >= MAGIC32;
        int length = wide ? 24 : 16;
        byte[] d = read(at, length);
        if (u32(d, 0) != DATA_DESCRIPTOR) {
            throw new Refused("entry " + name + " has no data descriptor where its data ends: its data is not the size the"
                    + " central directory says");
        }
        long dCompressed = wide ? u64(d, 8) : u32(d, 8);
        long dSize = wide ? u64(d, 16) : u32(d, 12);
        if (u32(d, 4) != crc || dCompressed != compressed || dSize != size) {
            throw new Refused("the central directory and the data descriptor disagree on the content of entry " + name);
        }
        return length;
    }

    /** The entries' regions, the directory and the end records must tile the file: no gap, no overlap, nothing around. */
    private static void checkEveryByteIsAccountedFor(List<Entry> entries, long directoryOffset, long fileSize) {
        List<Entry> byOffset = entries.stream().sorted(Comparator.comparingLong(Entry::headerOffset)).toList();
        long expected = 0;
        for (Entry e : byOffset) {
            if (e.headerOffset() != expected) {
                throw new Refused(e.headerOffset() > expected
                        ? "the ZIP has " + (e.headerOffset() - expected) + " bytes at offset " + expected + " that belong to no"
                        + " entry listed in its central directory (a hidden or removed file?)"
                        : "entry " + e.name() + " overlaps the entry before it: the same bytes would be read as two files");
            }
            expected = e.end();
        }
        if (expected != directoryOffset) {
            throw new Refused(expected < directoryOffset
                    ? "the ZIP has " + (directoryOffset - expected) + " bytes before its central directory that belong to no"
                    + " entry listed in it (a hidden or removed file?)"
                    : "the last entry overlaps the ZIP's central directory");
        }
        if (fileSize < expected) {
            throw new Refused("the ZIP ends before its last entry does");
        }
    }

    private long[] zip64(byte[] b, int from, int length, boolean wantSize, boolean wantCompressed, boolean wantOffset,
                         boolean wantDisk, String name) {
        long[] values = {-1, -1, -1, -1};
        int p = from;
        int end = from + length;
        boolean found = false;
        while (p + 4 <= end) {
            int id = u16(b, p);
            int size = u16(b, p + 2);
            if (p + 4 + size > end) {
                throw new Refused("entry " + name + " has a malformed extra field");
            }
            if (id == 0x0001) {
                if (found) {
                    throw new Refused("entry " + name + " has two zip64 extra fields");
                }
                found = true;
                int q = p + 4;
                boolean[] wanted = {wantSize, wantCompressed, wantOffset};
                for (int i = 0; i < 3; i++) {
                    if (wanted[i]) {
                        if (q + 8 > p + 4 + size) {
                            throw new Refused("entry " + name + "'s zip64 extra field is too short");
                        }
                        values[i] = u64(b, q);
                        if (values[i] < 0) {
                            throw new TooLarge("entry " + name + " declares a size beyond any file");
                        }
                        q += 8;
                    }
                }
                if (wantDisk) {
                    if (q + 4 > p + 4 + size) {
                        throw new Refused("entry " + name + "'s zip64 extra field is too short");
                    }
                    values[3] = u32(b, q);
                }
            }
            p += 4 + size;
        }
        if (p != end) {
            throw new Refused("entry " + name + " has a malformed extra field");
        }
        if ((wantSize || wantCompressed || wantOffset) && !found) {
            throw new Refused("entry " + name + " needs zip64 sizes but has no zip64 extra field");
        }
        return values;
    }

    /** A name every tool reads the same: UTF-8 when flagged, plain ASCII otherwise, and a relative path without tricks. */
    private static String name(byte[] raw, int flags) {
        String name;
        if ((flags & 0x0800) != 0) {
            try {
                name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            } catch (CharacterCodingException e) {
                throw new Refused("an entry's name is flagged UTF-8 but is not");
            }
        } else {
            for (byte c : raw) {
                if (c < 0x20 || c == 0x7F) {
                    throw new Refused("an entry's name is not plain text (tools would read it differently)");
                }
            }
            name = new String(raw, StandardCharsets.US_ASCII);
        }
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0
                || name.matches("^[A-Za-z]:.*") || Arrays.asList(name.split("/")).contains("..")
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new Refused("the ZIP holds an entry named \"" + name.replaceAll("\\p{Cntrl}", "?")
                    + "\", which would be written outside the folder it is unzipped into, or cannot be a file name");
        }
        return name;
    }

    private static long checked64(long wide, long narrow, long magic, String what) {
        if (narrow != magic && narrow != wide) {
            throw new Refused("the ZIP's two end records disagree on its " + what);
        }
        if (wide < 0) {
            throw new TooLarge("the ZIP declares a " + what + " beyond any file");
        }
        return wide;
    }

    private boolean findEndRecord(long fileSize) throws IOException {
        int window = (int) Math.min(fileSize, 22 + 65_535);
        byte[] tail = read(fileSize - window, window);
        for (int i = window - 22; i >= 0; i--) {
            if (u32(tail, i) == END_OF_DIRECTORY) {
                return true;
            }
        }
        return false;
    }

    private byte[] read(long position, int length) throws IOException {
        if (position < 0 || length < 0 || position + length > source.size()) {
            throw new Refused("the ZIP points past its own end: it is truncated or its directory is forged");
        }
        byte[] b = new byte[length];
        source.read(position, b, 0, length);
        return b;
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (u16(b, p) | (long) u16(b, p + 2) << 16) & MAGIC32;
    }

    private static long u64(byte[] b, int p) {
        return u32(b, p) | u32(b, p + 4) << 32;
    }

    // ---- content ---------------------------------------------------------------------------------------------------

    /** An entry's bytes, inflated from exactly its compressed region, checked against its size and CRC at the end. */
    private final class EntryStream extends InputStream {
        private static final int CHUNK = 64 * 1024;
        private final Entry entry;
        private final Inflater inflater;
        private final CRC32 crc = new CRC32();
        private final byte[] input = new byte[CHUNK];
        private long consumed;
        private long produced;
        private boolean done;

        EntryStream(Entry entry) {
            this.entry = entry;
            this.inflater = entry.method() == DEFLATED ? new Inflater(true) : null;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n = inflater == null ? stored(b, off, len) : inflated(b, off, len);
            if (n < 0) {
                finish();
                return -1;
            }
            produced += n;
            if (produced > entry.size()) {
                throw new Refused("entry " + entry.name() + " holds more than the " + entry.size() + " bytes its directory declares");
            }
            crc.update(b, off, n);
            return n;
        }

        private int stored(byte[] b, int off, int len) throws IOException {
            long left = entry.compressedSize() - consumed;
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(left, len);
            source.read(entry.dataOffset() + consumed, b, off, n);
            consumed += n;
            return n;
        }

        private int inflated(byte[] b, int off, int len) throws IOException {
            try {
                while (true) {
                    int n = inflater.inflate(b, off, len);
                    if (n > 0) {
                        return n;
                    }
                    if (inflater.finished()) {
                        return -1;
                    }
                    if (inflater.needsDictionary()) {
                        throw new Refused("entry " + entry.name() + " is not plain deflate data");
                    }
                    long left = entry.compressedSize() - consumed;
                    if (left == 0) {
                        throw new Refused("entry " + entry.name() + "'s compressed data ends early: the ZIP is damaged or forged");
                    }
                    int chunk = (int) Math.min(left, CHUNK);
                    source.read(entry.dataOffset() + consumed, input, 0, chunk);
                    consumed += chunk;
                    inflater.setInput(input, 0, chunk);
                }
            } catch (DataFormatException e) {
                throw new Refused("entry " + entry.name() + " is not valid deflate data: " + e.getMessage());
            }
        }

        private void finish() {
            done = true;
            if (inflater != null) {
                boolean trailing = inflater.getRemaining() > 0 || consumed != entry.compressedSize();
                inflater.end();
                if (trailing) {
                    throw new Refused("entry " + entry.name() + " has bytes after its compressed data, inside its region");
                }
            }
            if (produced != entry.size()) {
                throw new Refused("entry " + entry.name() + " holds " + produced + " bytes, not the " + entry.size()
                        + " its directory declares");
            }
            if (crc.getValue() != entry.crc()) {
                throw new Refused("entry " + entry.name() + " does not match the CRC its directory declares");
            }
        }

        @Override
        public void close() {
            if (inflater != null && !done) {
                inflater.end();
            }
            done = true;
        }
    }
}
