package org.openpdf.text.pdf;

import java.io.ByteArrayOutputStream;

/**
 * A Type0 (Identity-H) font already embedded in a PDF being stamped, drawn with again so that the stamp embeds no
 * subset of its own (Quota Ledger's notice templates, {@code org.quotaledger.notice.NoticeLayout#templateFonts}).
 *
 * <p>It lives in OpenPDF's package only because {@link DocumentFont}'s constructor is package-private. It exists
 * because OpenPDF 3.0.5's {@code DocumentFont.convertToBytes(String)} and {@code getWidth(String)} look each character
 * up by {@code Character.getNumericValue(c)} instead of the character itself, so text comes out as the wrong glyphs
 * or none and measures wrong; the per-character methods they should have used are correct and are used here. Remove
 * it when OpenPDF fixes those two methods.
 */
public final class EmbeddedSubsetFont extends DocumentFont {

    public EmbeddedSubsetFont(PRIndirectReference font) {
        super(font);
    }

    @Override
    public int getWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += getWidth(text.charAt(i));
        }
        return width;
    }

    @Override
    byte[] convertToBytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            out.writeBytes(convertToBytes(text.charAt(i)));
        }
        return out.toByteArray();
    }
}
