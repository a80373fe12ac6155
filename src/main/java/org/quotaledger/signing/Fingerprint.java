package org.quotaledger.signing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** A certificate's SHA-256 fingerprint: what people compare, character by character, before they trust a signer. */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** Upper-case hex with colons, as {@code openssl x509 -noout -fingerprint -sha256} prints it. */
    public static String of(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode the certificate", e);
        }
    }

    /**
     * The 64 hex digits of a fingerprint as someone typed or pasted it (colons, spaces, case and an
     * {@code sha256 Fingerprint=} prefix ignored), or null when it is not a SHA-256 fingerprint.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip();
        int equals = s.indexOf('=');
        if (equals >= 0) {
            s = s.substring(equals + 1);
        }
        s = s.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
        return s.matches("[0-9A-F]{64}") ? s : null;
    }

    /** Whether the certificate has this fingerprint (in any of the spellings {@link #normalize} accepts). */
    public static boolean matches(X509Certificate certificate, String typed) {
        String expected = normalize(typed);
        return expected != null && expected.equals(normalize(of(certificate)));
    }
}
