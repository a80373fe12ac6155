package org.quotaledger.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PRTokeniser;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The Liberation Sans subsets a notice template embeds, for its stamped copies to draw with: a stamp that brought its
 * own subsets would add about 15 KB (the hinting tables) and most of its CPU to every notice. OpenPDF cannot draw
 * with a font it reads from a file (3.0.5's {@code DocumentFont} encodes a Type0 font's text wrongly), so a stamp is
 * laid out on {@link #scratch scratch canvases} with the real fonts, whose text is written as glyph numbers, the same
 * in the template's subsets of the same font; the stamp's content is then {@link #rewrite rewritten} to name the
 * template's fonts, provided each glyph it shows is in them ({@link EmployeeNoticeRenderer#template} makes sure the
 * chrome's, the codes' and the common Latin letters' are).
 */
final class TemplateFonts {

    /** Names a scratch writer gives the fonts, registered in this order before anything is drawn. */
    private static final String SCRATCH_BOLD = "F1";
    private static final String SCRATCH_REGULAR = "F2";

    /** Per page (index 0 = page 1): the template's resource names of the bold and regular subsets, null where absent. */
    private final List<PdfName[]> names;
    /** Glyph numbers in the bold and the regular subset. */
    private final BitSet boldGlyphs;
    private final BitSet regularGlyphs;

    private TemplateFonts(List<PdfName[]> names, BitSet boldGlyphs, BitSet regularGlyphs) {
        this.names = names;
        this.boldGlyphs = boldGlyphs;
        this.regularGlyphs = regularGlyphs;
    }

    static TemplateFonts of(byte[] template) {
        try {
            PdfReader reader = new PdfReader(template);
            String bold = NoticeFonts.bold().getPostscriptFontName();
            String regular = NoticeFonts.regular().getPostscriptFontName();
            List<PdfName[]> names = new ArrayList<>();
            BitSet boldGlyphs = new BitSet();
            BitSet regularGlyphs = new BitSet();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfName[] pageNames = new PdfName[2];
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
                if (fonts != null) {
                    for (PdfName key : fonts.getKeys()) {
                        PdfDictionary font = fonts.getAsDict(key);
                        String name = baseName(font);
                        if (bold.equals(name)) {
                            pageNames[0] = key;
                            glyphs(font, boldGlyphs);
                        } else if (regular.equals(name)) {
                            pageNames[1] = key;
                            glyphs(font, regularGlyphs);
                        }
                    }
                }
                names.add(pageNames);
            }
            reader.close();
            return new TemplateFonts(names, boldGlyphs, regularGlyphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code template} with each embedded TrueType subset {@link FontPrograms#slim slimmed}: every stamped copy carries
     * them, and they were two thirds of a copy's bytes (41 of 62 KB), hashed by the signature and stored in PostgreSQL
     * per employee. Written once per template, so the whole file is rewritten.
     */
    static byte[] slim(byte[] template) {
        try {
            PdfReader reader = new PdfReader(template);
            Set<Integer> done = new HashSet<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
                if (fonts == null) {
                    continue;
                }
                for (PdfName key : fonts.getKeys()) {
                    PdfDictionary type0 = fonts.getAsDict(key);
                    PdfArray descendants = type0 == null ? null : type0.getAsArray(PdfName.DESCENDANTFONTS);
                    PdfDictionary cidFont = descendants == null ? null : descendants.getAsDict(0);
                    PdfDictionary descriptor = cidFont == null ? null : cidFont.getAsDict(PdfName.FONTDESCRIPTOR);
                    PdfObject file = descriptor == null ? null : descriptor.get(PdfName.FONTFILE2);
                    if (!(file instanceof PRIndirectReference reference) || !done.add(reference.getNumber())
                            || !(PdfReader.getPdfObject(reference) instanceof PRStream stream)) {
                        continue;
                    }
                    BitSet shown = new BitSet();
                    glyphs(type0, shown);
                    byte[] slim = FontPrograms.slim(PdfReader.getStreamBytes(stream), shown);
                    if (slim != null) {
                        stream.setData(slim, true, Deflater.BEST_COMPRESSION);
                        stream.put(PdfName.LENGTH1, new PdfNumber(slim.length));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(template.length);
            PdfStamper stamper = new PdfStamper(reader, out);
            stamper.setFullCompression();
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot rewrite the notice template's fonts", e);
        }
    }

    /** "LiberationSans" for a subset named "ABCDEF+LiberationSans". */
    private static String baseName(PdfDictionary font) {
        PdfName base = font == null ? null : font.getAsName(PdfName.BASEFONT);
        if (base == null) {
            return null;
        }
        String name = PdfName.decodeName(base.toString());
        return name.substring(name.indexOf('+') + 1);
    }

    /** The glyphs of an Identity-H subset: OpenPDF lists the width of each one it embeds in the CID font's /W. */
    private static void glyphs(PdfDictionary type0, BitSet into) {
        PdfArray descendants = type0.getAsArray(PdfName.DESCENDANTFONTS);
        PdfDictionary cidFont = descendants == null ? null : descendants.getAsDict(0);
        PdfArray widths = cidFont == null ? null : cidFont.getAsArray(PdfName.W);
        if (widths == null) {
            return;
        }
        for (int i = 0; i < widths.size(); i++) {
            int first = widths.getAsNumber(i).intValue();
            PdfObject next = widths.getDirectObject(++i);
            if (next instanceof PdfArray list) {
                for (int j = 0; j < list.size(); j++) {
                    into.set(first + j);
                }
            } else {
                int last = ((PdfNumber) next).intValue();
                i++;
                for (int g = first; g <= last; g++) {
                    into.set(g);
                }
            }
        }
    }

    /**
     * Two canvases (under and over a page's content) of a writer that goes nowhere, with the bold and regular fonts
     * registered first so that their names are known. Text laid out on them is never written as a file.
     */
    static PdfContentByte[] scratch() {
        Document document = new Document(PageSize.LETTER);
        PdfWriter writer = PdfWriter.getInstance(document, OutputStream.nullOutputStream());
        document.open();
        PdfContentByte names = new PdfContentByte(writer);
        names.beginText();
        names.setFontAndSize(NoticeFonts.bold(), 1);
        names.setFontAndSize(NoticeFonts.regular(), 1);
        names.endText();
        return new PdfContentByte[]{new PdfContentByte(writer), new PdfContentByte(writer)};
    }

    /**
     * {@code canvas}'s content with its fonts renamed to page {@code page}'s subsets of the template; null when it uses
     * another font (a fallback font for a name in another script) or a glyph the template's subset lacks: then the
     * stamp draws with fonts of its own. The content is tokenised and copied as written but for the font names: the QR
     * code's few hundred rectangles are most of it, and parsing them into objects and writing them out again was a
     * fifth of a stamped notice's CPU.
     */
    byte[] rewrite(PdfContentByte canvas, int page) {
        PdfName[] pageNames = names.get(page - 1);
        byte[] content = canvas.getInternalBuffer().toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
        PRTokeniser tokens = new PRTokeniser(content);
        int copied = 0;
        String name = null;
        int nameStart = 0;
        int nameEnd = 0;
        BitSet glyphs = null;
        try {
            while (tokens.nextToken()) {
                switch (tokens.getTokenType()) {
                    case PRTokeniser.TK_NAME -> {
                        nameEnd = tokens.getFilePointer();
                        nameStart = nameEnd - tokens.getStringValue().length() - 1;
                        // A second name in one operation, or one written with # escapes, is not a scratch font's.
                        if (name != null || content[nameStart] != '/') {
                            return null;
                        }
                        name = tokens.getStringValue();
                    }
                    case PRTokeniser.TK_STRING -> {
                        if (!covered(tokens.getStringValue(), glyphs)) {
                            return null;
                        }
                    }
                    case PRTokeniser.TK_OTHER -> {
                        if (name == null) {
                            continue;
                        }
                        // A name is a resource of the scratch writer (a form, a graphics state) the template does not
                        // have, unless it is a font the template has.
                        PdfName renamed = !"Tf".equals(tokens.getStringValue()) ? null
                                : SCRATCH_BOLD.equals(name) ? pageNames[0]
                                : SCRATCH_REGULAR.equals(name) ? pageNames[1] : null;
                        if (renamed == null) {
                            return null;
                        }
                        glyphs = renamed == pageNames[0] ? boldGlyphs : regularGlyphs;
                        out.write(content, copied, nameStart - copied);
                        renamed.toPdf(null, out);
                        copied = nameEnd;
                        name = null;
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write(content, copied, content.length - copied);
        return out.toByteArray();
    }

    /** Whether a shown string is glyphs of {@code glyphs} (two bytes each, Identity-H; a char per byte here). */
    private static boolean covered(String string, BitSet glyphs) {
        if (glyphs == null) {
            return string.isEmpty();
        }
        for (int i = 0; i + 1 < string.length(); i += 2) {
            if (!glyphs.get(((string.charAt(i) & 0xFF) << 8) | (string.charAt(i + 1) & 0xFF))) {
                return false;
            }
        }
        return true;
    }
}
