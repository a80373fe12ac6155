package org.quotaledger.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.quotaledger.facility.FacilityService;
import org.quotaledger.security.Role;

/**
 * The administrator's starting point: employers, facilities and users, counted, with the order a new installation
 * is set up in (an employer, its facilities with their job roles, then the people who sign in).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_ID)
public class SetupPages {

    /** How far set-up has come: what exists so far. */
    public record Progress(int employers, int facilities, int managers, int users) {
    }

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance setup(Progress progress);
    }

    @Inject
    FacilityService facilities;

    @Inject
    UserService users;

    @GET
    @Path("setup")
    public TemplateInstance setup() {
        var accounts = users.rows();
        return Templates.setup(new Progress(facilities.employerRows().size(), facilities.visibleFacilities().size(),
                (int) accounts.stream().filter(UserViews.UserRow::manager).count(), accounts.size()));
    }
}
