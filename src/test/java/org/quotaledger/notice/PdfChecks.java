package org.quotaledger.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quotaledger.signing.ExternalTools;

/** What poppler reads back from a rendered PDF: the judge of whether every character made it onto the page. */
public final class PdfChecks {

    /** A pdffonts row ends "emb sub uni object-id generation". */
    private static final Pattern FONT_ROW = Pattern.compile("^(.*?)\\s+(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$");

    private PdfChecks() {
    }

    /**
     * The text pdftotext reads, with all white space removed: CJK lines break anywhere, and a heading wrapped over two
     * lines is still the heading. A character no font had would be missing here (OpenPDF leaves it out).
     */
    public static String compactText(Path pdf) {
        return compact(ExternalTools.pdftotext(pdf));
    }

    public static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Every font row of pdffonts: embedded, and with a ToUnicode map (else copy and search fail in that script). */
    public static void assertEveryFontEmbedded(Path pdf) {
        ExternalTools.Result r = ExternalTools.run("pdffonts", pdf.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        List<String> rows = r.output().lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).as("fonts of " + pdf.getFileName()).isNotEmpty();
        for (String row : rows) {
            Matcher m = FONT_ROW.matcher(row);
            assertThat(m.matches()).as("a pdffonts row: " + row).isTrue();
            assertThat(m.group(2)).as(pdf.getFileName() + ": embedded? " + row).isEqualTo("yes");
            assertThat(m.group(4)).as(pdf.getFileName() + ": ToUnicode? " + row).isEqualTo("yes");
        }
    }
}
