package org.quotaledger.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * The login cookie's encryption key when none is configured: a random one for this instance, supplied as the
 * lowest-ranked configuration value. Quarkus would otherwise generate one itself and print it in the log, where
 * anyone who reads the log could forge a sign-in cookie. A configured key (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY)
 * always wins; without one the start-up log warns, without the key, that sign-ins stay with this instance.
 *
 * <p>Registered in META-INF/services as a ConfigSource; the warning is a start-up observer.
 */
public class GeneratedSessionKey implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String NAME = "quota-ledger generated session key";

    private static final Logger LOG = Logger.getLogger(GeneratedSessionKey.class);

    /** One per JVM: every configuration instance of this process must agree on it. */
    private static final String KEY = generate();

    private static String generate() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? KEY : null;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** Below every real source (the environment is 300, application.properties 250). */
    @Override
    public int getOrdinal() {
        return 1;
    }

    /** Start-up observer (a bean of its own: the config source itself is not one). */
    public static class Warning {
        void onStart(@Observes StartupEvent event) {
            var value = ConfigProvider.getConfig().getConfigValue(PROPERTY);
            if (NAME.equals(value.getSourceName())) {
                LOG.warn("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is not set: this instance encrypts sign-in cookies with"
                        + " a key of its own, so sign-ins end when it restarts and other instances do not accept them."
                        + " Set the same key (at least 16 characters) on every instance.");
            }
        }
    }
}
