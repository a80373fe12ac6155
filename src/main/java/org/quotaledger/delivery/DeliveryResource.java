package org.quotaledger.delivery;

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
import org.quotaledger.delivery.DeliveryViews.BulkDelivery;
import org.quotaledger.delivery.DeliveryViews.BulkResult;
import org.quotaledger.delivery.DeliveryViews.DeliveryView;
import org.quotaledger.delivery.DeliveryViews.NewDelivery;
import org.quotaledger.security.Role;
import org.quotaledger.web.Created;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Delivery ledger")
public class DeliveryResource {

    @Inject
    DeliveryService service;

    @POST
    @Path("employees/{id}/deliveries")
    @Operation(summary = "Record that the employee received a description version")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public RestResponse<DeliveryView> record(@RestPath long id, @NotNull @Valid NewDelivery input, UriInfo uri) {
        DeliveryView d = service.record(id, input);
        return Created.at(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build(), d);
    }

    @GET
    @Path("employees/{id}/deliveries")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID, Role.EMPLOYEE_ID})
    public List<DeliveryView> deliveries(@RestPath long id) {
        return service.deliveries(id);
    }

    @POST
    @Path("quota-descriptions/{id}/deliveries")
    @Operation(summary = "Record one version handed to many employees of its role (all current ones by default)")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public BulkResult recordForRole(@RestPath long id, @NotNull @Valid BulkDelivery input) {
        return service.recordForRole(id, input);
    }

    @POST
    @Path("deliveries/{id}/acknowledgement")
    @Operation(summary = "Acknowledge receipt (the employee), or record a signed paper acknowledgement (a manager)")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.EMPLOYEE_ID})
    public DeliveryView acknowledge(@RestPath long id) {
        return service.acknowledge(id);
    }
}
