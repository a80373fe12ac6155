package org.quotaledger.compliance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import org.quotaledger.security.Role;

import java.net.URI;

@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class CompliancePages {

    @CheckedTemplate(basePath = "compliance")
    static class Templates {
        static native TemplateInstance dashboard(ComplianceService.Dashboard dashboard, int trendMax, int monthlyMax,
                                                 Exposure.Breakdown exposure);
    }

    @Inject
    ComplianceService service;

    @GET
    @Path("facilities/{id}/compliance")
    public TemplateInstance dashboard(@RestPath long id, @RestQuery LocalDate asOf) {
        ComplianceService.Dashboard dashboard = service.dashboard(id, asOf);
        int max = dashboard.trend().stream().mapToInt(RunView::failCount).max().orElse(1);
        int monthlyMax = dashboard.monthly().stream().mapToInt(ComplianceService.MonthPoint::failCount).max().orElse(1);
        return Templates.dashboard(dashboard, Math.max(max, 1), Math.max(monthlyMax, 1), dashboard.run().exposure());
    }

    @POST
    @Path("facilities/{id}/compliance/evaluate")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID}) // a regulator reads; it stores nothing
    public Response evaluate(@RestPath long id) {
        service.evaluate(id, null);
        return Response.seeOther(URI.create("/facilities/" + id + "/compliance")).build();
    }
}
