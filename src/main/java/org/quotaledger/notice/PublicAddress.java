package org.quotaledger.notice;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

/**
 * Whether the installation knows the address people reach it at. Until it does, every notice's QR code and every
 * generated certificate's revocation-list address point at localhost, and both are written into documents and
 * certificates for good: so the app says so at start-up and on every page an administrator sees.
 */
@ApplicationScoped
@Named("publicAddress")
public class PublicAddress {

    private static final Logger LOG = Logger.getLogger(PublicAddress.class);

    static final String WARNING = "QUOTALEDGER_NOTICES_PUBLIC_URL is not set: notices' QR codes and the revocation-list"
            + " address in generated certificates point at " + NoticeConfig.PROVISIONAL_URL + ", and they are printed into"
            + " documents and certificates for good. Set it to the address employees and inspectors reach this"
            + " installation at before issuing notices.";

    @Inject
    NoticeConfig config;

    /** True while no public address is configured. */
    public boolean provisional() {
        return config.publicUrlProvisional();
    }

    public String warning() {
        return WARNING;
    }

    void onStart(@Observes StartupEvent event) {
        if (provisional()) {
            LOG.warn(WARNING);
        }
    }
}
