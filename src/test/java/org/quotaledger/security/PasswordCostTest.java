package org.quotaledger.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test profile hashes passwords cheaply so the suite's Basic sign-ins cost little; an installation must not
 * inherit that. Reads the shipped configuration rather than the running one, which is the test profile's.
 */
class PasswordCostTest {

    @Test
    void installationsHashPasswordsAtBcryptCostTenOrMore() throws IOException {
        var shipped = new Properties();
        try (InputStream in = PasswordCostTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        assertThat(Integer.parseInt(shipped.getProperty("quotaledger.security.password-cost", "10"))).isGreaterThanOrEqualTo(10);
        assertThat(shipped.getProperty("%prod.quotaledger.security.password-cost")).as("no lower cost for production").isNull();
    }
}
