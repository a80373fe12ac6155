package org.quotaledger.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.FontSelector;

/**
 * Liberation Sans (SIL OFL, shipped in openpdf-fonts-extra) for every PDF the app renders (notices, reports), embedded as Identity-H subsets so that any
 * name renders as written: Łukasz, Nguyễn, Žofia, Cyrillic and Greek included. Parsed once per JVM: a BaseFont
 * holds only the font's read-only tables, and the glyphs a document uses are tracked per writer, so one
 * instance serves every thread.
 *
 * <p>Liberation Sans has no Chinese, Japanese, Korean, Arabic or Hebrew glyphs. Characters it lacks are set in the
 * fallback fonts named by {@code quotaledger.notices.fallback-fonts} (TrueType files, tried in order), also embedded
 * as subsets. By default those are Droid Sans Fallback (Chinese, Japanese), Nanum Gothic (Korean) and DejaVu Sans
 * (Arabic, Hebrew, Armenian, Georgian...) where Debian and Ubuntu install them (fonts-droid-fallback, fonts-nanum,
 * fonts-dejavu-core; the Docker image and CI install them). Arabic and Hebrew are laid out right to left, and Arabic
 * shaped, in the facts at the top of a notice (names, facility, address): see {@link #hasRightToLeft}.
 */
public final class NoticeFonts {

    private static final Logger LOG = Logger.getLogger(NoticeFonts.class);
    private static final SecureRandom SUBSET_NAMES = new SecureRandom();
    static final String FALLBACKS_PROPERTY = "quotaledger.notices.fallback-fonts";
    public static final List<String> DEFAULT_FALLBACKS = List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    /** Characters already warned about, so a bulk job does not log the same ones two thousand times. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private NoticeFonts() {
    }

    public static BaseFont regular() {
        return Holder.REGULAR;
    }

    public static BaseFont bold() {
        return Holder.BOLD;
    }

    /**
     * {@code text} as chunks in {@code font}, except runs of characters the font lacks, which go to the first fallback
     * font that has them. Text the font covers (nearly all of it) stays one chunk, so layout costs nothing extra.
     */
    public static List<Chunk> chunks(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (covers(font.getBaseFont(), text)) {
            return List.of(new Chunk(text, font));
        }
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        for (BaseFont fallback : Holder.FALLBACKS) {
            selector.addFont(new Font(fallback, font.getSize(), font.getStyle(), font.getColor()));
        }
        List<Chunk> chunks = new ArrayList<>();
        for (Object e : selector.process(text)) {
            Chunk chunk = (Chunk) e;
            chunk.setSplitCharacter(NO_BREAK_BEFORE_CLOSING);
            chunks.add(chunk);
        }
        String missing = uncovered(text);
        if (!missing.isEmpty() && WARNED.size() < 1_000 && WARNED.add(missing)) {
            // The characters only, never the text: it is often a person's name, and logs carry no personal data.
            LOG.warnf("No configured font has the characters %s: they are left out of the PDF; add a font that has them to %s",
                    missing, FALLBACKS_PROPERTY);
        }
        return chunks;
    }

    /** Punctuation that may not begin a line in Chinese, Japanese or Korean (a 。 alone on a line reads as a stray mark). */
    private static final String CLOSING = "。，、；：！？）」』】〉》”’．，．％";

    /**
     * OpenPDF may break a line after any ideograph, so a sentence's final 。 can land alone on the next line: break as
     * OpenPDF would, except right before closing punctuation.
     */
    private static final SplitCharacter NO_BREAK_BEFORE_CLOSING = (start, current, end, cc, ck) ->
            !(current + 1 < end && CLOSING.indexOf(cc[current + 1]) >= 0)
                    && DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);

    /** Whether {@code text} holds Arabic or Hebrew letters, which a line must lay out right to left. */
    public static boolean hasRightToLeft(String text) {
        return text != null && text.codePoints().map(Character::getDirectionality)
                .anyMatch(d -> d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    private static boolean covers(BaseFont font, String text) {
        return text.codePoints().allMatch(c -> blank(c) || font.charExists(c));
    }

    /** The characters of {@code text} no font has, as code points ("U+12000 U+12001"); empty when every one is covered. */
    private static String uncovered(String text) {
        return text.codePoints().filter(c -> !blank(c) && !Holder.REGULAR.charExists(c)
                        && Holder.FALLBACKS.stream().noneMatch(f -> f.charExists(c)))
                .distinct().sorted().mapToObj(c -> String.format(java.util.Locale.ROOT, "U+%04X", c))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** Spaces and line breaks need no glyph. */
    private static boolean blank(int c) {
        return Character.isWhitespace(c) || Character.isISOControl(c);
    }

    private static final class Holder {
        static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
        static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
        static final List<BaseFont> FALLBACKS = fallbacks();
    }

    private static List<BaseFont> fallbacks() {
        // Read once per JVM from whatever configuration is there (the renderer also runs outside Quarkus, in benchmarks).
        List<String> paths = ConfigProvider.getConfig().getOptionalValues(FALLBACKS_PROPERTY, String.class)
                .orElse(DEFAULT_FALLBACKS);
        List<BaseFont> fonts = new ArrayList<>();
        for (String path : paths) {
            if (!Files.isReadable(Path.of(path.strip()))) {
                LOG.warnf("Fallback font %s is not there: names in scripts Liberation Sans lacks (Chinese, Japanese, Korean,"
                        + " Arabic, Hebrew) will miss their characters. Install it (fonts-droid-fallback, fonts-nanum,"
                        + " fonts-dejavu-core) or set %s", path, FALLBACKS_PROPERTY);
                continue;
            }
            try {
                BaseFont font = BaseFont.createFont(path.strip(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                font.setSecureRandom(SUBSET_NAMES);
                fonts.add(font);
            } catch (IOException | RuntimeException e) {
                // A missing fallback costs some names their glyphs, not every notice: say so and go on.
                LOG.errorf("Cannot load the fallback font %s (%s): %s", path, FALLBACKS_PROPERTY, e.getMessage());
            }
        }
        return List.copyOf(fonts);
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
