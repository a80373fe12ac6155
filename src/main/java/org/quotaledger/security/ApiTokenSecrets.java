package org.quotaledger.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** What an API token's secret looks like, how one is made and how it is hashed for storage and lookup. */
final class ApiTokenSecrets {

    /** Marks our tokens, so a secret found in a log or a repository is recognised and can be revoked. */
    static final String SCHEME_PREFIX = "ql_";

    /** How much of a token the pages and the API show to recognise it by: the scheme and five characters. */
    private static final int SHOWN = SCHEME_PREFIX.length() + 5;

    /** 32 random bytes in unpadded base64url: 43 characters. */
    private static final Pattern FORMAT = Pattern.compile("ql_[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    static String generate() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return SCHEME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String shownPart(String secret) {
        return secret.substring(0, SHOWN);
    }

    /** Whether {@code text} claims to be one of our tokens (and not, say, an OpenID Connect provider's JWT). */
    static boolean looksLikeOne(String text) {
        return text != null && text.startsWith(SCHEME_PREFIX);
    }

    /** Whether {@code text} can be one of our tokens at all: anything else is refused without asking the database. */
    static boolean wellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** The SHA-256 of a secret, in lowercase hex: what is stored and looked up. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
