package org.quotaledger.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.RandomAccessFileOrArray;

/**
 * Signs PDFs at PAdES baseline B-B (ETSI EN 319 142-1): SubFilter ETSI.CAdES.detached, SHA-256 over the
 * byte ranges, a CMS from BouncyCastle with signing-certificate-v2 and without signingTime, the claimed time
 * in /M, and either a visible signature field naming the signer and the time or, for documents that print
 * that line themselves before signing (our notices), an invisible one.
 *
 * <p>OpenPDF only prepares the file (reserves /Contents, computes the byte ranges); it never touches the key.
 * Its own {@code setCrypto} modes would hash with SHA-1, which no current verifier should accept.
 * Thread-safe.
 */
public final class PdfSigner {

    /**
     * Room for the parts of the CMS in /Contents that do not depend on the signer (algorithm identifiers, the content
     * type and message digest attributes, the hash in signing-certificate-v2, the ASN.1 headers): about 220 bytes, four
     * times that reserved. See {@link #reservation}.
     */
    static final int CMS_FIXED_BYTES = 1024;

    static final PdfName ETSI_CADES_DETACHED = new PdfName("ETSI.CAdES.detached");

    private static final DateTimeFormatter SHOWN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /**
     * Where the visible signature goes. {@code page} counts from 1; 0 or less means the last page. The font
     * must be able to show the signer's name (pass an embedded Identity-H font); null means Helvetica, which shows
     * Latin-1 names only.
     */
    public record Placement(int page, float llx, float lly, float urx, float ury, BaseFont font, float fontSize) {

        /** The lower-right corner of the last US Letter page, inside a half-inch margin; text sized to fit the box. */
        public static Placement lowerRight(BaseFont font) {
            return new Placement(0, 356, 20, 576, 58, font, 0);
        }

        /**
         * No widget: for documents that print the signer and time on the page themselves before signing (the
         * signature then covers that text). Saves embedding a second font subset per document.
         */
        public static Placement invisible() {
            return new Placement(0, 0, 0, 0, 0, null, 0);
        }

        boolean visible() {
            return urx > llx && ury > lly;
        }
    }

    private static final java.awt.Color TEXT = new java.awt.Color(0x37, 0x41, 0x51);

    private final CmsSigner cms;
    private final int contentsBytes;

    public PdfSigner(SigningIdentity identity) {
        this.cms = new CmsSigner(identity);
        this.contentsBytes = reservation(identity);
    }

    /**
     * The bytes /Contents holds for the CMS, sized to this signer rather than a worst case, because the reservation is
     * written as hex, twice its size, into every notice (a flat 4 KB left 7 KB of zeros in each ECDSA-signed one): the
     * certificates embedded, the issuer's name and the serial named twice (the signer's id, signing-certificate-v2),
     * the signature at its largest for the key, and {@link #CMS_FIXED_BYTES}.
     */
    static int reservation(SigningIdentity identity) {
        X509Certificate signer = identity.certificate();
        int bytes = CMS_FIXED_BYTES + 2 * (signer.getIssuerX500Principal().getEncoded().length
                + signer.getSerialNumber().toByteArray().length) + largestSignature(signer.getPublicKey());
        for (X509Certificate certificate : identity.chain()) {
            try {
                bytes += certificate.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("The signing certificate cannot be encoded", e);
            }
        }
        return bytes;
    }

    private static int largestSignature(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return (rsa.getModulus().bitLength() + 7) / 8;
        }
        if (key instanceof ECPublicKey ec) {
            // DER SEQUENCE of two INTEGERs, each the field's size plus a sign byte and a header.
            return 2 * ((ec.getParams().getCurve().getField().getFieldSize() + 7) / 8 + 3) + 3;
        }
        return 2048;
    }

    public SigningIdentity identity() {
        return cms.identity();
    }

    /** Signs with the visible field in the lower-right corner of the last page. */
    public byte[] sign(byte[] pdf, Instant signingTime) {
        return sign(pdf, signingTime, Placement.lowerRight(null), null);
    }

    /**
     * @param signingTime the time the signer claims (/M); B-B has no trusted timestamp, so it is a claim only
     * @param reason      shown in viewers' signature panels, e.g. "Employee quota notice"; may be null
     * @return the signed PDF, the whole file covered except /Contents
     */
    public byte[] sign(byte[] pdf, Instant signingTime, Placement placement, String reason) {
        return sign(pdf, signingTime, placement, reason, null);
    }

    /**
     * Changes written into the document in the pass that signs it, before the signature is prepared: the signature
     * covers them, and the file is parsed and written once instead of twice.
     */
    @FunctionalInterface
    public interface Stamp {
        void apply(PdfStamper stamper) throws IOException, DocumentException;
    }

    /** The same, applying {@code stamp} (may be null) first, in the same pass. */
    public byte[] sign(byte[] pdf, Instant signingTime, Placement placement, String reason, Stamp stamp) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(placement, "placement");
        try {
            // An incremental update (ISO 32000-1 §7.5.6), as signatures usually are: the file is kept byte for byte
            // and only what the stamp and the signature change is appended, and a partial reader parses only what
            // that touches. Rewriting the whole file (the fonts' width arrays, every object) was a quarter of a
            // stamped notice's CPU. The signature's byte range still covers the whole file.
            PdfReader reader = new PdfReader(new RandomAccessFileOrArray(pdf), null);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * contentsBytes + 8192);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
            if (stamp != null) {
                stamp.apply(stamper);
            }
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();

            Calendar time = GregorianCalendar.from(signingTime.atZone(ZoneOffset.UTC));
            time.setTimeZone(TimeZone.getTimeZone("UTC"));
            appearance.setSignDate(time);
            if (reason != null) {
                appearance.setReason(reason);
            }
            String signer = cms.identity().displayName();
            if (placement.visible()) {
                int page = placement.page() > 0 ? placement.page() : reader.getNumberOfPages();
                appearance.setVisibleSignature(new Rectangle(placement.llx(), placement.lly(), placement.urx(), placement.ury()),
                        page, null);
                // Our own text: OpenPDF's default reads the certificate from setCrypto, which we deliberately do not use.
                appearance.setLayer2Text("Digitally signed by " + signer + "\n" + SHOWN_TIME.format(signingTime)
                        + " · PAdES B-B");
                // Size 0 lets OpenPDF fit the text to the box.
                appearance.setLayer2Font(placement.font() == null ? new Font(Font.HELVETICA, placement.fontSize(), Font.NORMAL, TEXT)
                        : new Font(placement.font(), placement.fontSize(), Font.NORMAL, TEXT));
                appearance.setAcro6Layers(true);
            }

            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, ETSI_CADES_DETACHED);
            dictionary.setDate(new PdfDate(time));
            dictionary.setName(signer);
            if (reason != null) {
                dictionary.setReason(reason);
            }
            appearance.setCryptoDictionary(dictionary);
            appearance.preClose(Map.of(PdfName.CONTENTS, contentsBytes * 2 + 2));

            byte[] signature = cms.sign(new RangeContent(appearance.getRangeStream()), false);
            if (signature.length > contentsBytes) {
                throw new IllegalStateException("The CMS signature (" + signature.length
                        + " bytes) does not fit the space reserved in /Contents (" + contentsBytes + ")");
            }
            byte[] padded = new byte[contentsBytes];
            System.arraycopy(signature, 0, padded, 0, signature.length);
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(padded).setHexWriting(true));
            appearance.close(update);
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalArgumentException("Cannot sign this PDF: " + e.getMessage(), e);
        }
    }

    /** Streams the signed byte ranges into the CMS digest without copying the file. */
    private record RangeContent(InputStream ranges) implements CMSTypedData {

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            ranges.transferTo(out);
        }

        @Override
        public Object getContent() {
            return ranges;
        }
    }
}
