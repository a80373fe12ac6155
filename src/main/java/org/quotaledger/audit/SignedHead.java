package org.quotaledger.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit chain's head as the registry signed it: "event {@code seq} has hash {@code hash}", with when and by which
 * registry, as a short text and its detached CMS signature. Copies travel in every notice, packet and request answer;
 * whoever holds one can later show that the trail still has that event with that hash, so a history rewritten by
 * someone with database rights contradicts them. Check one with
 * {@code openssl cms -verify -binary -inform DER -in audit-head.p7s -content audit-head.txt -CAfile registry.pem -purpose any}.
 */
public record SignedHead(long seq, String hash, Instant signedAt, String registry, String statement, byte[] signature) {

    public static final String FORMAT = "quota-ledger-audit-head/v1";

    /** The text that is signed: one "name: value" per line, the format first. */
    static String statement(long seq, String hash, Instant signedAt, String registry) {
        return FORMAT + "\nregistry: " + registry + "\nseq: " + seq + "\nhash: " + hash + "\nsigned-at: " + signedAt + "\n";
    }

    /** Reads a statement (and its signature) as signed; refuses any other text. */
    public static SignedHead parse(String statement, byte[] signature) {
        if (statement == null || !statement.startsWith(FORMAT + "\n")) {
            throw new IllegalArgumentException("not a signed audit head (it must start with " + FORMAT + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : statement.substring(FORMAT.length() + 1).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon <= 0) {
                throw new IllegalArgumentException("the signed audit head has a line that is not \"name: value\": " + line);
            }
            fields.put(line.substring(0, colon), line.substring(colon + 2));
        }
        try {
            long seq = Long.parseLong(fields.getOrDefault("seq", ""));
            String hash = fields.getOrDefault("hash", "");
            if (seq < 0 || !hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("the signed audit head names no valid seq and hash");
            }
            SignedHead head = new SignedHead(seq, hash, Instant.parse(fields.getOrDefault("signed-at", "")),
                    fields.getOrDefault("registry", ""), statement, signature);
            if (!statement(head.seq, head.hash, head.signedAt, head.registry).equals(statement)) {
                throw new IllegalArgumentException("the signed audit head is not in its canonical form");
            }
            return head;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("the signed audit head names no valid seq or time: " + e.getMessage());
        }
    }

    public byte[] statementBytes() {
        return statement.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature as base64, for places that hold text only (a PDF's document information). */
    public String signatureBase64() {
        return Base64.getEncoder().encodeToString(signature);
    }
}
