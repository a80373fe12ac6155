package org.quotaledger.security;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret reaches the log: not the key that encrypts sign-in cookies (whoever reads it can forge one), not a
 * configured password. The test profile writes the log to target/quarkus-test.log as well; a form sign-in first
 * makes Quarkus set up form authentication, which is where it printed a generated key.
 */
@QuarkusTest
class LogSecretsTest {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|encryption-key|signature-key|private-key).*");

    @Test
    void noConfiguredSecretNorTheSessionKeyAppearsInTheLog() throws IOException {
        Fixtures.signIn(Fixtures.compliance());

        List<String> secrets = new ArrayList<>();
        var config = ConfigProvider.getConfig();
        for (String name : config.getPropertyNames()) {
            if (SECRET_NAME.matcher(name).matches()) {
                // Short values ("postgres" for the throw-away test database) also appear as names in ordinary lines.
                config.getOptionalValue(name, String.class).filter(v -> v.length() >= 12).ifPresent(secrets::add);
            }
        }
        sessionKeyInUse().ifPresent(secrets::add);
        assertThat(secrets).as("the secrets looked for").contains(Fixtures.ADMIN_PASSWORD);
        assertThat(secrets.stream().anyMatch(s -> !s.equals(Fixtures.ADMIN_PASSWORD))).as("the session key is looked for").isTrue();

        String log = log();
        assertThat(log).as("the log of this run's start").contains("Installed features");
        for (String secret : secrets) {
            assertThat(log.contains(secret)).as("a secret of " + secret.length() + " characters in the log").isFalse();
        }
    }

    /**
     * The key the login cookie is encrypted with: the configured one, or the one Quarkus generated when there is none
     * (which it keeps in a static field of its form mechanism).
     */
    private static Optional<String> sessionKeyInUse() {
        Optional<String> configured = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.auth.session.encryption-key", String.class);
        if (configured.isPresent()) {
            return configured;
        }
        try {
            var field = Class.forName("io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism",
                    true, Thread.currentThread().getContextClassLoader()).getDeclaredField("encryptionKey");
            field.setAccessible(true);
            return Optional.ofNullable((String) field.get(null));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot find the generated session key", e);
        }
    }

    private static String log() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("quarkus-test.log")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
