package org.quotaledger.signing;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * Checks that a PDF is the one its signer signed: the CMS signature verifies with the certificate it embeds,
 * the signed digest matches the bytes, and the byte ranges leave nothing unsigned but the signature itself
 * (an attacker cannot append a page after signing). Trust in the certificate is a separate question: compare
 * it with the one the registry publishes. Never throws on bad input; anything unreadable becomes a result.
 * Thread-safe.
 */
public final class PdfSignatureVerifier {

    public PdfVerification verify(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return PdfVerification.notPdf("The file is empty.");
        }
        if (!startsLikePdf(pdf)) {
            return PdfVerification.notPdf("The file is not a PDF (no %PDF- header).");
        }
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (Exception | StackOverflowError e) {
            return PdfVerification.notPdf("The file starts like a PDF but cannot be read as one: " + e.getMessage());
        }
        try {
            AcroFields fields = reader.getAcroFields();
            List<String> names = fields.getSignedFieldNames();
            if (names == null || names.isEmpty()) {
                return PdfVerification.unsigned("The PDF is not signed.");
            }
            // The last signature is the one that can cover the final file; earlier ones cover earlier revisions.
            PdfDictionary signature = fields.getSignatureDictionary(names.getLast());
            return verify(pdf, signature);
        } catch (Exception | StackOverflowError e) {
            return new PdfVerification(true, true, false, false, false, null, null, null,
                    "The signature cannot be read: " + e.getMessage());
        } finally {
            reader.close();
        }
    }

    private PdfVerification verify(byte[] pdf, PdfDictionary signature) throws Exception {
        PdfName subFilterName = signature.getAsName(PdfName.SUBFILTER);
        String subFilter = subFilterName == null ? null : PdfName.decodeName(subFilterName.toString());
        Instant signingTime = signingTime(signature.getAsString(PdfName.M));
        PdfArray rangeArray = signature.getAsArray(PdfName.BYTERANGE);
        PdfString contents = signature.getAsString(PdfName.CONTENTS);
        if (rangeArray == null || contents == null) {
            return new PdfVerification(true, false, false, false, false, null, signingTime, subFilter,
                    "The signature field has no /ByteRange or /Contents: it was prepared but never signed.");
        }
        long[] range = new long[rangeArray.size()];
        for (int i = 0; i < range.length; i++) {
            PdfNumber n = rangeArray.getAsNumber(i);
            range[i] = n == null ? -1 : (long) n.doubleValue();
        }
        boolean wellFormed = range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1] && range[3] >= 0
                && range[2] + range[3] <= pdf.length;
        if (!wellFormed) {
            return new PdfVerification(true, true, false, false, false, null, signingTime, subFilter,
                    "The signature's /ByteRange " + Arrays.toString(range) + " does not fit this file.");
        }
        boolean whole = range[2] + range[3] == pdf.length && gapIsOnlyContents(pdf, (int) range[1], (int) range[2]);

        byte[] signedBytes = new byte[(int) (range[1] + range[3])];
        System.arraycopy(pdf, 0, signedBytes, 0, (int) range[1]);
        System.arraycopy(pdf, (int) range[2], signedBytes, (int) range[1], (int) range[3]);

        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), contents.getOriginalBytes());
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return new PdfVerification(true, true, false, whole, false, null, signingTime, subFilter,
                    "Expected one signer in the CMS, found " + signers.size() + ".");
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return new PdfVerification(true, true, false, whole, false, null, signingTime, subFilter,
                    "The signature does not embed its signer's certificate.");
        }
        X509CertificateHolder holder = matches.iterator().next();
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));

        boolean digestMatches = digestMatches(signer, signedBytes);
        boolean signatureValid;
        String failure = null;
        try {
            signatureValid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
        } catch (Exception e) {
            signatureValid = false;
            failure = e.getMessage();
        }
        String reason;
        if (!digestMatches) {
            reason = "The document was changed after it was signed (the digest does not match).";
        } else if (!signatureValid) {
            reason = "The signature does not verify with the embedded certificate"
                    + (failure == null ? "." : ": " + failure);
        } else if (!whole) {
            reason = "The signature is valid but does not cover the whole file: something was added after signing.";
        } else {
            reason = "Signed by " + SigningIdentity.displayName(certificate) + "; the document is unchanged since it was signed.";
        }
        return new PdfVerification(true, true, signatureValid, whole, digestMatches, certificate, signingTime,
                subFilter, reason);
    }

    private static boolean startsLikePdf(byte[] pdf) {
        // The PDF spec lets the header start anywhere in the first 1024 bytes.
        byte[] magic = {'%', 'P', 'D', 'F', '-'};
        int limit = Math.min(pdf.length - magic.length, 1024);
        for (int i = 0; i <= limit; i++) {
            if (Arrays.equals(pdf, i, i + magic.length, magic, 0, magic.length)) {
                return true;
            }
        }
        return false;
    }

    /** The unsigned gap must be exactly one hex string, {@code <...>}: the signature and nothing else. */
    private static boolean gapIsOnlyContents(byte[] pdf, int from, int to) {
        if (pdf[from] != '<' || pdf[to - 1] != '>') {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean digestMatches(SignerInformation signer, byte[] signedBytes) throws Exception {
        if (signer.getSignedAttributes() == null) {
            return false;
        }
        Attribute digest = signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        if (digest == null) {
            return false;
        }
        byte[] claimed = ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets();
        String algorithm = switch (signer.getDigestAlgOID()) {
            case "2.16.840.1.101.3.4.2.1" -> "SHA-256";
            case "2.16.840.1.101.3.4.2.2" -> "SHA-384";
            case "2.16.840.1.101.3.4.2.3" -> "SHA-512";
            default -> null;
        };
        return algorithm != null && MessageDigest.isEqual(claimed, MessageDigest.getInstance(algorithm).digest(signedBytes));
    }

    private static Instant signingTime(PdfString m) {
        if (m == null) {
            return null;
        }
        Calendar calendar = PdfDate.decode(m.toString());
        return calendar == null ? null : calendar.toInstant();
    }
}
