package org.quotaledger.notice;

import java.awt.Color;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.openpdf.text.pdf.PdfContentByte;

/**
 * Draws a QR code as vector rectangles: sharp at any print resolution, a few hundred bytes, and no image
 * decoding for the viewer. Error correction M survives a crease or a coffee ring on a posted notice.
 */
final class QrCode {

    private QrCode() {
    }

    /** Draws the code with its lower-left corner at (x, y), {@code size} points square, without a quiet zone. */
    static void draw(PdfContentByte canvas, String text, float x, float y, float size, Color color) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8",
                            // Trying all eight masks for the "best" one costs ten times the rest of the encoding;
                            // every mask is valid and scans the same.
                            EncodeHintType.QR_MASK_PATTERN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
        int n = matrix.getWidth();
        float module = size / n;
        canvas.saveState();
        canvas.setColorFill(color);
        for (int row = 0; row < n; row++) {
            float top = y + size - row * module;
            int col = 0;
            while (col < n) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row)) {
                    col++;
                }
                // A hair of overlap hides the seams some viewers draw between touching rectangles.
                canvas.rectangle(x + start * module, top - module - 0.05f, (col - start) * module + 0.05f, module + 0.05f);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
