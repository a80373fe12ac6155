package org.quotaledger.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.quotaledger.signing.ExternalTools;

/**
 * A notice template's font subsets lose their hinting and the metrics of glyphs they do not hold, and nothing a reader
 * sees changes: poppler (which draws without hinting, as print and most viewers do) draws the page pixel for pixel as
 * before.
 */
class FontProgramsTest {

    /** Accented capitals and lower case (composite glyphs in Liberation Sans), digits, punctuation, both weights. */
    static final String TEXT = "Zoë Ångström-O'Neil, Łukasz Žofia Nguyễn: ÀÉÎÕÜ àéîõü çñß — 120 units per hour (§2101).";

    @TempDir
    Path dir;

    @Test
    void shouldDrawThePageExactlyAsBeforeWithTheHintingGone() throws Exception {
        byte[] hinted = sample();
        byte[] slim = TemplateFonts.slim(hinted);

        assertThat(render(slim, "slim")).isEqualTo(render(hinted, "hinted"));
        assertThat(ExternalTools.pdftotext(Files.write(dir.resolve("slim.pdf"), slim))).contains("Zoë Ångström-O'Neil");
        List<byte[]> before = fontPrograms(hinted);
        List<byte[]> after = fontPrograms(slim);
        assertThat(before).hasSize(2).allSatisfy(font -> assertThat(tables(font)).contains("fpgm", "prep", "cvt ", "glyf"));
        assertThat(after).hasSize(2).allSatisfy(font -> assertThat(tables(font)).doesNotContain("fpgm", "prep", "cvt ")
                .contains("glyf", "loca", "hmtx", "head", "maxp", "hhea"));
        for (int i = 0; i < 2; i++) {
            assertThat(after.get(i).length).isLessThan(before.get(i).length * 3 / 4);
        }
        assertThat(ExternalTools.qpdfCheck(Files.write(dir.resolve("checked.pdf"), slim)).output())
                .contains("No syntax or stream encoding errors found");
    }

    @Test
    void shouldWriteTableChecksumsThatAddUpAsTheSpecAsks() throws Exception {
        for (byte[] font : fontPrograms(TemplateFonts.slim(sample()))) {
            ByteBuffer b = ByteBuffer.wrap(font);
            int sum = 0;
            for (int i = 0; i + 4 <= font.length; i += 4) {
                sum += b.getInt(i);
            }
            assertThat(Integer.toHexString(sum)).as("the whole font sums to 0xB1B0AFBA").isEqualTo("b1b0afba");
        }
    }

    @Test
    void shouldLeaveAFontItCannotReadAsItIs() {
        assertThat(FontPrograms.slim("not a font at all".getBytes(StandardCharsets.US_ASCII), new BitSet())).isNull();
        byte[] cff = new byte[64];
        ByteBuffer.wrap(cff).putInt(0x4F54544F); // 'OTTO': CFF outlines
        assertThat(FontPrograms.slim(cff, new BitSet())).isNull();
        byte[] truncated = new byte[64];
        ByteBuffer.wrap(truncated).putInt(0x00010000).putShort((short) 9);
        assertThat(FontPrograms.slim(truncated, new BitSet())).isNull();
    }

    /** A page in both notice fonts, with their hinted subsets as OpenPDF embeds them. */
    private static byte[] sample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(TEXT, new Font(NoticeFonts.bold(), 14)));
        document.add(new Paragraph(TEXT, new Font(NoticeFonts.regular(), 9)));
        document.add(new Paragraph(TEXT.toUpperCase(java.util.Locale.ROOT), new Font(NoticeFonts.regular(), 6)));
        document.close();
        return out.toByteArray();
    }

    private byte[] render(byte[] pdf, String name) throws Exception {
        Path file = Files.write(dir.resolve(name + ".pdf"), pdf);
        ExternalTools.Result r = ExternalTools.run("pdftoppm", "-r", "144", "-gray", "-singlefile", file.toString(),
                dir.resolve(name).toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        return Files.readAllBytes(dir.resolve(name + ".pgm"));
    }

    private static List<byte[]> fontPrograms(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        List<byte[]> fonts = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PRStream stream && stream.get(PdfName.LENGTH1) != null) {
                fonts.add(PdfReader.getStreamBytes(stream));
            }
        }
        reader.close();
        return fonts;
    }

    private static List<String> tables(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < (b.getShort(4) & 0xFFFF); i++) {
            tags.add(new String(font, 12 + 16 * i, 4, StandardCharsets.ISO_8859_1));
        }
        return tags;
    }
}
