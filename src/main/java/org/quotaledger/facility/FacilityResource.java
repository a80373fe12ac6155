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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotaledger.web.Created;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.facility.FacilityViews.EmployerView;
import org.quotaledger.facility.FacilityViews.FacilityInput;
import org.quotaledger.facility.FacilityViews.FacilityView;
import org.quotaledger.facility.FacilityViews.HeadcountView;
import org.quotaledger.facility.FacilityViews.JobRoleView;
import org.quotaledger.facility.FacilityViews.NewEmployer;
import org.quotaledger.facility.FacilityViews.NewJobRole;
import org.quotaledger.security.Role;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        return service.employers();
    }

    @POST
    @Path("employers")
    @RolesAllowed(Role.ADMIN_ID)
    public RestResponse<EmployerView> createEmployer(@NotNull @Valid NewEmployer input, UriInfo uri) {
        EmployerView employer = service.createEmployer(input);
        return Created.at(uri.getAbsolutePathBuilder().path(String.valueOf(employer.id())).build(), employer);
    }

    @PUT
    @Path("employers/{id}")
    @Operation(summary = "Rename an employer or link it into a controlled group (employers of one group count their employees together)")
    @RolesAllowed(Role.ADMIN_ID)
    public EmployerView updateEmployer(@RestPath long id, @NotNull @Valid NewEmployer input) {
        return service.updateEmployer(id, input);
    }

    @GET
    @Path("facilities/{id}/headcount")
    @Operation(summary = "The headcounts the coverage rules use: counted from the roster (site, and statewide over the employer's "
            + "or controlled group's sites), agency workers, and any override with its reason")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public HeadcountView headcount(@RestPath long id, @RestQuery String asOf) {
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.unreadable("asOf must be an ISO-8601 date (2026-03-02).");
        }
        return service.headcount(id, day);
    }

    @GET
    @Path("facilities")
    @Operation(summary = "The facilities the caller may see")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public List<FacilityView> facilities() {
        return service.visibleFacilities();
    }

    @POST
    @Path("facilities")
    @RolesAllowed(Role.ADMIN_ID)
    public RestResponse<FacilityView> createFacility(@NotNull @Valid FacilityInput input, UriInfo uri) {
        FacilityView facility = service.createFacility(input);
        return Created.at(uri.getAbsolutePathBuilder().path(String.valueOf(facility.id())).build(), facility);
    }

    @GET
    @Path("facilities/{id}")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public FacilityView facility(@RestPath long id) {
        return service.facility(id);
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
        return service.roles(id);
    }

    @POST
    @Path("facilities/{id}/roles")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public RestResponse<JobRoleView> addRole(@RestPath long id, @NotNull @Valid NewJobRole input, UriInfo uri) {
        JobRoleView role = service.addRole(id, input);
        return Created.at(uri.getAbsolutePathBuilder().path(String.valueOf(role.id())).build(), role);
    }

    @PUT
    @Path("facilities/{id}/roles/{roleId}")
    @Operation(summary = "Change a role's title or job function (drivers and couriers are outside some statutes)")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public JobRoleView updateRole(@RestPath long id, @RestPath long roleId, @NotNull @Valid NewJobRole input) {
        return service.updateRole(id, roleId, input);
    }
}
