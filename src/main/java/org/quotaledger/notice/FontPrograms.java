package org.quotaledger.notice;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Makes an embedded TrueType subset smaller without changing a single outline. Liberation Sans carries TrueType hinting
 * (the fpgm, prep and cvt programs and instructions in every glyph), which only steers a rasteriser onto the pixel grid
 * of a low-resolution screen; a printed or zoomed notice draws the same outlines without it, and most viewers ignore it.
 * It is about half of a subset. OpenPDF's subsets also keep the horizontal metrics of every glyph of the whole font;
 * a PDF positions glyphs by the widths in its font dictionary, so only the metrics of the glyphs the document holds are
 * kept. The rest of the font (outlines, bounding boxes, glyph numbers, tables other than those three) is copied as is.
 *
 * <p>Used once per notice template, whose subsets every stamped copy carries: see {@link TemplateFonts#slim}.
 */
final class FontPrograms {

    private static final Set<String> HINTING_TABLES = Set.of("cvt ", "fpgm", "prep");

    // Composite glyph flags (OpenType glyf table).
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private FontPrograms() {
    }

    private record Table(String tag, byte[] data) {
    }

    /**
     * {@code font} without hinting, and with zero metrics for the glyphs it has no outline for, except those in
     * {@code shown} (glyphs without outlines that the document draws, such as the space, keep theirs). Null when
     * {@code font} is not a TrueType font this understands (a collection, CFF outlines, a table out of bounds):
     * then the caller keeps the font as it is.
     */
    static byte[] slim(byte[] font, BitSet shown) {
        try {
            return slimOrFail(font, shown);
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException | IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] slimOrFail(byte[] font, BitSet shown) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        if (version != 0x00010000 && version != 0x74727565 /* 'true' */) {
            return null;
        }
        int count = in.getShort(4) & 0xFFFF;
        List<Table> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            byte[] tag = new byte[4];
            in.get(record, tag);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            byte[] data = new byte[length];
            in.get(offset, data);
            tables.add(new Table(new String(tag, StandardCharsets.ISO_8859_1), data));
        }
        byte[] head = data(tables, "head");
        byte[] maxp = data(tables, "maxp");
        byte[] hhea = data(tables, "hhea");
        byte[] hmtx = data(tables, "hmtx");
        byte[] loca = data(tables, "loca");
        byte[] glyf = data(tables, "glyf");
        if (head == null || maxp == null || hhea == null || hmtx == null || loca == null || glyf == null) {
            return null;
        }
        int glyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xFFFF;
        boolean longOffsets = ByteBuffer.wrap(head).getShort(50) != 0;
        ByteBuffer offsets = ByteBuffer.wrap(loca);

        ByteBuffer newGlyf = ByteBuffer.allocate(glyf.length + 4 * glyphs);
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (glyphs + 1));
        BitSet outlined = new BitSet(glyphs);
        for (int g = 0; g < glyphs; g++) {
            int start = longOffsets ? offsets.getInt(4 * g) : 2 * (offsets.getShort(2 * g) & 0xFFFF);
            int end = longOffsets ? offsets.getInt(4 * g + 4) : 2 * (offsets.getShort(2 * g + 2) & 0xFFFF);
            newLoca.putInt(newGlyf.position());
            if (end > start) {
                outlined.set(g);
                newGlyf.put(withoutInstructions(ByteBuffer.wrap(glyf, start, end - start).slice()));
                while (newGlyf.position() % 4 != 0) {
                    newGlyf.put((byte) 0);
                }
            }
        }
        newLoca.putInt(newGlyf.position());

        byte[] newHmtx = hmtx.clone();
        int longMetrics = ByteBuffer.wrap(hhea).getShort(34) & 0xFFFF;
        for (int g = 1; g < glyphs; g++) {
            if (!outlined.get(g) && !shown.get(g)) {
                int at = g < longMetrics ? 4 * g : 4 * longMetrics + 2 * (g - longMetrics);
                int width = g < longMetrics ? 4 : 2;
                if (at + width <= newHmtx.length) {
                    Arrays.fill(newHmtx, at, at + width, (byte) 0);
                }
            }
        }

        byte[] newHead = head.clone();
        ByteBuffer.wrap(newHead).putInt(8, 0).putShort(50, (short) 1);
        List<Table> out = new ArrayList<>(tables.size());
        for (Table table : tables) {
            switch (table.tag()) {
                case "glyf" -> out.add(new Table("glyf", Arrays.copyOf(newGlyf.array(), newGlyf.position())));
                case "loca" -> out.add(new Table("loca", newLoca.array()));
                case "hmtx" -> out.add(new Table("hmtx", newHmtx));
                case "head" -> out.add(new Table("head", newHead));
                default -> {
                    if (!HINTING_TABLES.contains(table.tag())) {
                        out.add(table);
                    }
                }
            }
        }
        return write(version, out);
    }

    private static byte[] data(List<Table> tables, String tag) {
        return tables.stream().filter(t -> t.tag().equals(tag)).map(Table::data).findFirst().orElse(null);
    }

    /** One glyph's description with its instructions left out; the outline's bytes are copied unchanged. */
    private static byte[] withoutInstructions(ByteBuffer glyph) {
        int contours = glyph.getShort(0);
        if (contours >= 0) {
            int lengthAt = 10 + 2 * contours;
            int instructions = glyph.getShort(lengthAt) & 0xFFFF;
            int rest = lengthAt + 2 + instructions;
            byte[] out = new byte[glyph.limit() - instructions];
            glyph.get(0, out, 0, lengthAt);
            // instructionLength stays 0 in the copy.
            glyph.get(rest, out, lengthAt + 2, glyph.limit() - rest);
            return out;
        }
        // Composite: walk the components to the last one; its flags say whether instructions follow.
        int at = 10;
        int flagsAt;
        int flags;
        do {
            flagsAt = at;
            flags = glyph.getShort(at) & 0xFFFF;
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        byte[] out = new byte[at];
        glyph.get(0, out);
        if ((flags & WE_HAVE_INSTRUCTIONS) != 0) {
            ByteBuffer.wrap(out).putShort(flagsAt, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
        }
        return out;
    }

    /** The font file: offset table, table records sorted by tag, tables 4-byte aligned, checksums as the spec asks. */
    private static byte[] write(int version, List<Table> tables) {
        tables.sort(Comparator.comparing(Table::tag));
        int count = tables.size();
        int size = 12 + 16 * count;
        for (Table table : tables) {
            size += (table.data().length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(version).putShort((short) count).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) ((count - power) * 16));
        int offset = 12 + 16 * count;
        int headAt = -1;
        for (Table table : tables) {
            out.put(table.tag().getBytes(StandardCharsets.ISO_8859_1))
                    .putInt(checksum(table.data())).putInt(offset).putInt(table.data().length);
            if (table.tag().equals("head")) {
                headAt = offset;
            }
            offset += (table.data().length + 3) & ~3;
        }
        for (Table table : tables) {
            out.put(table.data());
            while (out.position() % 4 != 0) {
                out.put((byte) 0);
            }
        }
        byte[] file = out.array();
        if (headAt >= 0) {
            ByteBuffer.wrap(file).putInt(headAt + 8, 0xB1B0AFBA - checksum(file));
        }
        return file;
    }

    private static int checksum(byte[] data) {
        int sum = 0;
        int whole = data.length & ~3;
        ByteBuffer words = ByteBuffer.wrap(data);
        for (int i = 0; i < whole; i += 4) {
            sum += words.getInt(i);
        }
        int last = 0;
        for (int i = whole; i < data.length; i++) {
            last |= (data[i] & 0xFF) << (24 - 8 * (i - whole));
        }
        return sum + last;
    }
}
