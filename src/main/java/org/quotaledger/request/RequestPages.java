package org.quotaledger.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.request.RequestViews.DashboardRow;
import org.quotaledger.security.Role;

import java.net.URI;
import java.util.List;

/** The deadline dashboard: open requests across the caller's facilities, overdue first. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
public class RequestPages {

    /** Counts for the page head. */
    public record Summary(int open, long overdue, long dueSoon) {
        static Summary of(List<DashboardRow> rows) {
            return new Summary(rows.size(), rows.stream().filter(DashboardRow::overdue).count(),
                    rows.stream().filter(DashboardRow::dueSoon).count());
        }
    }

    @CheckedTemplate(basePath = "request")
    static class Templates {
        static native TemplateInstance dashboard(List<DashboardRow> rows, Summary summary, String answered);
    }

    @Inject
    RequestService service;

    @Inject
    FulfilmentService fulfilment;

    @GET
    @Path("requests")
    @Transactional
    public TemplateInstance dashboard(@RestQuery String answered) {
        List<DashboardRow> rows = service.dashboard();
        return Templates.dashboard(rows, Summary.of(rows), answered);
    }

    @POST
    @Path("requests/{id}/fulfil")
    @Transactional
    public Response fulfil(@RestPath long id) {
        fulfilment.fulfil(id);
        return Response.seeOther(URI.create("/requests?answered=" + id)).build();
    }
}
