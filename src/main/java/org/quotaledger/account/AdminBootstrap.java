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
                LOG.infof("Created the administrator %s from QUOTALEDGER_ADMIN_USERNAME", config.username().get());
            }
        } catch (RuntimeException e) {
            // Another instance starting at the same moment created it first.
            LOG.debugf("Administrator %s not created: %s", config.username().get(), e.getMessage());
        }
    }
}
