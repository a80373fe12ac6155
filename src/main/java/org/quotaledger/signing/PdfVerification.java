package org.quotaledger.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * What {@link PdfSignatureVerifier} found. {@link #valid()} is the one answer most callers need; the parts
 * say which check failed, and {@code reason} says it in words fit for the verification page.
 *
 * @param isPdf               the bytes parse as a PDF
 * @param signed              the PDF carries a signature with /ByteRange and /Contents
 * @param signatureValid      the CMS signature verifies over the byte ranges with the embedded certificate
 * @param coversWholeDocument the byte ranges cover the file from its first to its last byte, apart from /Contents
 * @param digestMatches       the SHA-256 of the byte ranges equals the messageDigest the signer signed
 * @param signerCertificate   the certificate embedded in the signature (null when there is none)
 * @param signingTime         the time the signer claims (/M); a claim, not a trusted timestamp
 * @param subFilter           e.g. {@code ETSI.CAdES.detached}
 * @param reason              a sentence for people
 */
public record PdfVerification(
        boolean isPdf,
        boolean signed,
        boolean signatureValid,
        boolean coversWholeDocument,
        boolean digestMatches,
        X509Certificate signerCertificate,
        Instant signingTime,
        String subFilter,
        String reason) {

    /** Intact and signed: the signature verifies and covers the whole document. Says nothing about trust. */
    public boolean valid() {
        return isPdf && signed && signatureValid && coversWholeDocument && digestMatches;
    }

    /** The signer's organisation (or common name) for display, or null. */
    public String signerName() {
        return signerCertificate == null ? null : SigningIdentity.displayName(signerCertificate);
    }

    static PdfVerification notPdf(String reason) {
        return new PdfVerification(false, false, false, false, false, null, null, null, reason);
    }

    static PdfVerification unsigned(String reason) {
        return new PdfVerification(true, false, false, false, false, null, null, null, reason);
    }
}
