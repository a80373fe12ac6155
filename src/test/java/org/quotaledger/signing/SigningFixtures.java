package org.quotaledger.signing;

import java.io.ByteArrayOutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Keys are slow to generate (RSA especially): one per algorithm per test run is enough. */
public final class SigningFixtures {

    public static final String CRL_URL = "https://ledger.acme.example/verify/signing.crl";

    public static final SigningIdentity RSA = SelfSignedIdentity.generate("Acme Fulfillment LLC", "RSA", CRL_URL, java.time.Instant.now());
    public static final SigningIdentity EC = SelfSignedIdentity.generate("Acme Fulfillment LLC", "EC", CRL_URL, java.time.Instant.now());

    private SigningFixtures() {
    }

    /**
     * Flips one byte in the middle of the second signed range (after /Contents): inside page or font data, so the
     * file still parses and only the digest can notice.
     */
    public static byte[] flipOneSignedByte(byte[] signed) {
        String text = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/ByteRange\\s*\\[\\s*0\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)").matcher(text);
        if (!m.find()) {
            throw new AssertionError("No /ByteRange in the signed PDF");
        }
        int start = Integer.parseInt(m.group(2));
        int length = Integer.parseInt(m.group(3));
        byte[] copy = signed.clone();
        copy[start + length / 2] ^= 0x01;
        return copy;
    }

    /** A minimal PDF that is not a notice, so signing is tested without the renderer. */
    public static byte[] plainPdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}
