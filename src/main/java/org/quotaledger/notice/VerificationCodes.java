package org.quotaledger.notice;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short codes an employee can read off paper and type: {@code QL-7K3M-9XQ2}. Crockford base32 leaves out I, L, O
 * and U, so nothing on the page looks like another symbol, and {@link #normalize} forgives the usual misreadings.
 * 40 random bits: guessing a valid code is hopeless at the verification page's rate limit.
 */
public final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("QL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String newCode() {
        char[] code = "QL-0000-0000".toCharArray();
        long bits = 0;
        byte[] random = new byte[5];
        RANDOM.nextBytes(random);
        for (byte b : random) {
            bits = (bits << 8) | (b & 0xFF);
        }
        int[] positions = {3, 4, 5, 6, 8, 9, 10, 11};
        for (int i = positions.length - 1; i >= 0; i--) {
            code[positions[i]] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(code);
    }

    /**
     * What a person typed, in canonical form: case, spaces and dashes ignored; O read as 0 and I or L as 1
     * (Crockford's decoding rules). Returns null when it cannot be a code.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (s.startsWith("QL")) {
            s = s.substring(2);
        }
        if (s.length() != 8) {
            return null;
        }
        s = s.replace('O', '0').replace('I', '1').replace('L', '1');
        String code = "QL-" + s.substring(0, 4) + "-" + s.substring(4);
        return FORMAT.matcher(code).matches() ? code : null;
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
