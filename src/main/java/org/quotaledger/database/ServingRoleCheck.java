package org.quotaledger.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Says at start when the app serves with a role that could rewrite its own evidence (the tables' owner or a
 * superuser): then the append-only triggers hold only as long as nobody with the app's password switches them off.
 */
@ApplicationScoped
public class ServingRoleCheck {

    private static final Logger LOG = Logger.getLogger(ServingRoleCheck.class);

    @Inject
    DataSource dataSource;

    void onStart(@Observes StartupEvent start) throws SQLException {
        if (ownsTheEvidence()) {
            LOG.warn("The app serves as a database role that owns the audit trail (or is a superuser), so it could switch"
                    + " the append-only triggers off and rewrite history. Give the migrations an owner role"
                    + " (QUOTALEDGER_MIGRATION_USERNAME / QUOTALEDGER_MIGRATION_PASSWORD) and serve as a role of its own"
                    + " (QUARKUS_DATASOURCE_USERNAME): see \"Database roles\" in the README.");
        }
    }

    /** Whether the serving role is a superuser or a member of the role owning {@code audit_event}. */
    public boolean ownsTheEvidence() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select r.rolsuper or pg_has_role(current_user, c.relowner, 'USAGE')"
                     + " from pg_class c, pg_roles r where c.oid = 'audit_event'::regclass and r.rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
