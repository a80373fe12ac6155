package org.quotaledger.signing;

import java.io.ByteArrayOutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Keys are slow to generate (RSA especially): one per algorithm per test run is enough. */
public final class SigningFixtures {

    public static final SigningIdentity RSA = SelfSignedIdentity.generate("Acme Fulfillment LLC", "RSA");
    public static final SigningIdentity EC = SelfSignedIdentity.generate("Acme Fulfillment LLC", "EC");

    private SigningFixtures() {
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
