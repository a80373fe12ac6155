package org.quotaledger.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotaledger.request.ComplaintViews.ComplaintView;
import org.quotaledger.request.ComplaintViews.NewComplaint;
import org.quotaledger.security.Role;
import org.quotaledger.web.Created;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Complaints")
public class ComplaintResource {

    @Inject
    ComplaintService service;

    @POST
    @Path("employees/{id}/complaints")
    @Operation(summary = "Record a quota complaint an employee made to the employer or an agency; it starts the retaliation presumption")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
    public RestResponse<ComplaintView> record(@RestPath long id, @NotNull @Valid NewComplaint input, UriInfo uri) {
        ComplaintView c = service.recordFor(id, input);
        return Created.at(uri.getBaseUriBuilder().path("api/v1/facilities/{fid}/complaints").build(c.facilityId()), c);
    }

    @POST
    @Path("me/complaints")
    @Operation(summary = "Record your own quota complaint (to your employer, or one you made to an agency)")
    @RolesAllowed(Role.EMPLOYEE_ID)
    public RestResponse<ComplaintView> recordOwn(@NotNull @Valid NewComplaint input, UriInfo uri) {
        return Created.at(uri.getBaseUriBuilder().path("api/v1/me/complaints").build(), service.recordOwn(input));
    }

    @GET
    @Path("me/complaints")
    @Operation(summary = "Your own complaints")
    @RolesAllowed(Role.EMPLOYEE_ID)
    public List<ComplaintView> own() {
        return service.own();
    }

    @GET
    @Path("facilities/{id}/complaints")
    @Operation(summary = "The facility's complaints, newest first")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public List<ComplaintView> ofFacility(@RestPath long id) {
        return service.ofFacility(id);
    }
}
