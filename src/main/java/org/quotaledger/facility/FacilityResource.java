package org.quotaledger.facility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotaledger.web.Created;
import org.quotaledger.facility.FacilityViews.EmployerView;
import org.quotaledger.facility.FacilityViews.FacilityInput;
import org.quotaledger.facility.FacilityViews.FacilityView;
import org.quotaledger.facility.FacilityViews.JobRoleView;
import org.quotaledger.facility.FacilityViews.NewEmployer;
import org.quotaledger.facility.FacilityViews.NewJobRole;
import org.quotaledger.security.Role;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Facilities")
public class FacilityResource {

    @Inject
    FacilityService service;

    @GET
    @Path("employers")
    @RolesAllowed({Role.ADMIN_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public List<EmployerView> employers() {
        return Employer.<Employer>listAll().stream().map(EmployerView::from).toList();
    }

    @POST
    @Path("employers")
    @RolesAllowed(Role.ADMIN_ID)
    public RestResponse<EmployerView> createEmployer(@NotNull @Valid NewEmployer input, UriInfo uri) {
        Employer employer = service.createEmployer(input.name());
        return Created.at(uri.getAbsolutePathBuilder().path(String.valueOf(employer.id)).build(), EmployerView.from(employer));
    }

    @GET
    @Path("facilities")
    @Operation(summary = "The facilities the caller may see")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public List<FacilityView> facilities() {
        return service.visibleFacilities().stream().map(FacilityView::from).toList();
    }

    @POST
    @Path("facilities")
    @RolesAllowed(Role.ADMIN_ID)
    public RestResponse<FacilityView> createFacility(@NotNull @Valid FacilityInput input, UriInfo uri) {
        Facility facility = service.createFacility(input);
        return Created.at(uri.getAbsolutePathBuilder().path(String.valueOf(facility.id)).build(), FacilityView.from(facility));
    }

    @GET
    @Path("facilities/{id}")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public FacilityView facility(@RestPath long id) {
        return FacilityView.from(service.facility(id));
    }

    @PUT
    @Path("facilities/{id}")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public FacilityView updateFacility(@RestPath long id, @NotNull @Valid FacilityInput input) {
        return service.updateFacility(id, input);
    }

    @GET
    @Path("facilities/{id}/roles")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public List<JobRoleView> roles(@RestPath long id) {
        return service.roles(id).stream().map(JobRoleView::from).toList();
    }

    @POST
    @Path("facilities/{id}/roles")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public RestResponse<JobRoleView> addRole(@RestPath long id, @NotNull @Valid NewJobRole input, UriInfo uri) {
        JobRole role = service.addRole(id, input);
        return Created.at(uri.getAbsolutePathBuilder().path(String.valueOf(role.id)).build(), JobRoleView.from(role));
    }
}
