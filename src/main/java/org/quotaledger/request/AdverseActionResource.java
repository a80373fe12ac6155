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
import org.quotaledger.request.AdverseActionViews.AdverseActionView;
import org.quotaledger.request.AdverseActionViews.NewAdverseAction;
import org.quotaledger.security.Role;
import org.quotaledger.web.Created;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Adverse actions")
public class AdverseActionResource {

    @Inject
    AdverseActionService service;

    @POST
    @Path("employees/{id}/adverse-actions")
    @Operation(summary = "Record a discipline, termination or other adverse action")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public RestResponse<AdverseActionView> record(@RestPath long id, @NotNull @Valid NewAdverseAction input, UriInfo uri) {
        AdverseActionView a = service.record(id, input);
        return Created.at(uri.getBaseUriBuilder().path("api/v1/facilities/{fid}/adverse-actions").build(a.facilityId()), a);
    }

    @GET
    @Path("facilities/{id}/adverse-actions")
    @Operation(summary = "The facility's adverse actions, newest first")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public List<AdverseActionView> ofFacility(@RestPath long id) {
        return service.ofFacility(id);
    }
}
