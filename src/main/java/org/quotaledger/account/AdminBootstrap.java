package org.quotaledger.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Gives a fresh installation its first administrator, who then creates everyone else. */
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    AdminConfig config;

    @Inject
    UserService users;

    void onStart(@Observes StartupEvent event) {
        if (config.username().isEmpty() || config.password().isEmpty()) {
            return;
        }
        try {
            if (users.ensureAdmin(config.username().get(), config.password().get())) {
                // The name is the operator's to know; logs name no one.
                LOG.info("Created the administrator named by QUOTALEDGER_ADMIN_USERNAME");
            }
        } catch (RuntimeException e) {
            // Another instance starting at the same moment created it first.
            LOG.debugf("Administrator not created: %s", e.getMessage());
        }
    }
}
