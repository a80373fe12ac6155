package org.quotaledger.account;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

@ConfigMapping(prefix = "quotaledger.admin")
public interface AdminConfig {

    /** Username of the first administrator, created at start if missing (QUOTALEDGER_ADMIN_USERNAME). */
    Optional<String> username();

    /** Password of the first administrator (QUOTALEDGER_ADMIN_PASSWORD); only ever from the environment. */
    Optional<String> password();
}
