package org.quotaledger.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies with a per-endpoint size limit, so an oversized upload is refused with a
 * problem+json 413 before it costs memory, and binary garbage sent as text is a 400, not a 500.
 */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] bytes(InputStream body, long limit) {
        if (body == null) {
            throw InvalidInput.unreadable("The request has no body.");
        }
        try (body) {
            var out = new ByteArrayOutputStream();
            copyNonEmpty(body, out, limit);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as UTF-8 text (a leading byte-order mark is dropped), refusing bytes that are not UTF-8. */
    public static Reader utf8(InputStream body, long limit) {
        byte[] bytes = bytes(body, limit);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw InvalidInput.unreadable("The upload is binary, not a UTF-8 text file.");
            }
            return new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw InvalidInput.unreadable("The upload is not UTF-8 text.");
        }
    }

    /**
     * Spools the body to a temporary file, refusing it past {@code limit} bytes: for uploads too large to hold in
     * memory (audit packets). The caller deletes the file.
     */
    public static java.nio.file.Path toTempFile(InputStream body, long limit, String prefix, String suffix) {
        if (body == null) {
            throw InvalidInput.unreadable("The request has no body.");
        }
        java.nio.file.Path file = null;
        try (body) {
            file = java.nio.file.Files.createTempFile(prefix, suffix);
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                copyNonEmpty(body, out, limit);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // best effort: it is a temporary file
                }
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Copies the body, stopping with a 413 as soon as it passes {@code limit} bytes; an empty body is a 400. */
    private static void copyNonEmpty(InputStream body, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = body.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                throw new PayloadTooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        if (total == 0) {
            throw InvalidInput.unreadable("The request body is empty.");
        }
    }
}
