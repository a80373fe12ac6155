package org.quotaledger.employee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.quotaledger.employee.EmployeeViews.EmployeeInput;
import org.quotaledger.employee.EmployeeViews.EmployeeView;
import org.quotaledger.employee.EmployeeViews.RosterImportReport;
import org.quotaledger.security.Role;
import org.quotaledger.web.Uploads;

import java.io.InputStream;
import java.util.List;

@Path("/api/v1")
@Tag(name = "Employees")
public class EmployeeResource {

    @Inject
    EmployeeService service;

    @Inject
    EmployeeConfig config;

    @GET
    @Path("facilities/{id}/employees")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public List<EmployeeView> roster(@RestPath long id) {
        return service.roster(id);
    }

    @POST
    @Path("facilities/{id}/employees")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public RestResponse<EmployeeView> add(@RestPath long id, @NotNull @Valid EmployeeInput input, UriInfo uri) {
        EmployeeView employee = service.add(id, input);
        return Created.at(uri.getBaseUriBuilder().path("api/v1/employees/{id}").build(employee.id()), employee);
    }

    @GET
    @Path("employees/{id}")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID, Role.EMPLOYEE_ID})
    public EmployeeView employee(@RestPath long id) {
        return service.employee(id);
    }

    @PUT
    @Path("employees/{id}")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public EmployeeView update(@RestPath long id, @NotNull @Valid EmployeeInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("facilities/{id}/roster")
    @Consumes({"text/csv", "text/plain"})
    @Operation(summary = "Create or update employees from a CSV roster",
            description = "Columns: employee_number, name, role, hire_date, separation_date, exempt, primary_language, email. "
                    + "Employees are matched by employee number, so a re-upload updates rather than duplicates. "
                    + "A file with any invalid line stores nothing unless partial=true.")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public RosterImportReport importRoster(@RestPath long id, @RestQuery boolean partial, InputStream body) {
        return service.importRoster(id, Uploads.utf8(body, config.maxUploadBytes()), partial);
    }
}
