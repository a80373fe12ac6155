package org.quotaledger.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotaledger.request.RequestViews.DashboardRow;
import org.quotaledger.request.RequestViews.Decline;
import org.quotaledger.request.RequestViews.NewRequest;
import org.quotaledger.request.RequestViews.OwnRequest;
import org.quotaledger.request.RequestViews.RequestView;
import org.quotaledger.request.RequestViews.ResponseView;
import org.quotaledger.security.Role;
import org.quotaledger.web.Created;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Employee requests")
public class RequestResource {

    @Inject
    RequestService service;

    @Inject
    FulfilmentService fulfilment;

    @POST
    @Path("employees/{id}/requests")
    @Operation(summary = "Record a request for descriptions or work speed data received orally or on paper")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
    public RestResponse<RequestView> take(@RestPath long id, @NotNull @Valid NewRequest input, UriInfo uri) {
        RequestView r = service.takeFor(id, input);
        return Created.at(uri.getBaseUriBuilder().path("api/v1/facilities/{fid}/requests").build(r.facilityId()), r);
    }

    @POST
    @Path("me/requests")
    @Operation(summary = "File your own request (free of charge); it is received today")
    @RolesAllowed(Role.EMPLOYEE_ID)
    public RestResponse<RequestView> file(@NotNull @Valid OwnRequest input, UriInfo uri) {
        return Created.at(uri.getBaseUriBuilder().path("api/v1/me/requests").build(), service.fileOwn(input.kind()));
    }

    @GET
    @Path("me/requests")
    @Operation(summary = "Your own requests, with their due dates")
    @RolesAllowed(Role.EMPLOYEE_ID)
    public List<RequestView> own() {
        return service.own();
    }

    @GET
    @Path("me/requests/{id}/response")
    @Produces("application/zip")
    @Operation(summary = "Download the answer to your request: signed notices, signed work speed report and CSV (a zip)")
    @RolesAllowed(Role.EMPLOYEE_ID)
    public RestResponse<byte[]> response(@RestPath long id) {
        return RestResponse.ResponseBuilder.ok(fulfilment.ownResponse(id), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"request-" + id + "-response.zip\"").build();
    }

    @GET
    @Path("facilities/{id}/requests")
    @Operation(summary = "The facility's requests, newest first")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public List<RequestView> ofFacility(@RestPath long id) {
        return service.ofFacility(id);
    }

    @GET
    @Path("requests/dashboard")
    @Operation(summary = "Open requests across your facilities: overdue first, then by due date")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
    public List<DashboardRow> dashboard() {
        return service.dashboard();
    }

    @POST
    @Path("requests/{id}/decline")
    @Operation(summary = "Close the request without answering it, with the reason; the facility's rules judge whether that was allowed")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
    public RequestView decline(@RestPath long id, @NotNull @Valid Decline input) {
        return service.decline(id, input.reason());
    }

    @POST
    @Path("requests/{id}/fulfilment")
    @Operation(summary = "Answer the request: build, store and deliver the packet, and close the request")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
    public ResponseView fulfil(@RestPath long id) {
        return fulfilment.fulfil(id);
    }
}
