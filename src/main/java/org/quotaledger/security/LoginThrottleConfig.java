package org.quotaledger.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How many failed sign-ins an account or an address may have within the window before sign-in is refused. */
@ConfigMapping(prefix = "quotaledger.login")
public interface LoginThrottleConfig {

    /** Failed sign-ins of one username within the window after which it is refused, right password or not. */
    @WithDefault("5")
    int maxFailuresPerAccount();

    /**
     * Failed sign-ins from one address (an IPv6 client's whole /64) within the window after which it is refused.
     * Higher than per account: an office behind one NAT address shares it.
     */
    @WithDefault("30")
    int maxFailuresPerAddress();

    /** How far back failures count; a refused account or address may sign in again once enough of them are older. */
    @WithDefault("PT15M")
    Duration failureWindow();
}
