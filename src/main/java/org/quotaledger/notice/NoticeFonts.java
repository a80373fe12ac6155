package org.quotaledger.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Sans (SIL OFL, shipped in openpdf-fonts-extra) for every PDF the app renders (notices, reports), embedded as Identity-H subsets so that any
 * name renders as written: Łukasz, Nguyễn, Žofia, Cyrillic and Greek included. Parsed once per JVM: a BaseFont
 * holds only the font's read-only tables, and the glyphs a document uses are tracked per writer, so one
 * instance serves every thread.
 */
public final class NoticeFonts {

    private static final SecureRandom SUBSET_NAMES = new SecureRandom();

    private NoticeFonts() {
    }

    public static BaseFont regular() {
        return Holder.REGULAR;
    }

    public static BaseFont bold() {
        return Holder.BOLD;
    }

    private static final class Holder {
        static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
        static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
    }

    private static BaseFont load(String file) {
        String resource = "/liberation/" + file;
        try (InputStream in = NoticeFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath: the dependency "
                        + "com.github.librepdf:openpdf-fonts-extra provides it");
            }
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            // Without one, OpenPDF seeds a new SecureRandom for every document just to name the font subset.
            font.setSecureRandom(SUBSET_NAMES);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot load font " + resource, e);
        }
    }
}
