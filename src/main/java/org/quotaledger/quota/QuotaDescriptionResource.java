package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotaledger.web.Created;
import org.quotaledger.quota.QuotaDescriptionViews.Activation;
import org.quotaledger.quota.QuotaDescriptionViews.DescriptionSummary;
import org.quotaledger.quota.QuotaDescriptionViews.DescriptionView;
import org.quotaledger.security.Role;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Quota descriptions")
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class QuotaDescriptionResource {

    @Inject
    QuotaDescriptionService service;


    @POST
    @Path("facilities/{id}/quota-descriptions")
    @Operation(summary = "File a v1 quota description document as the next draft version of its role")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public RestResponse<DescriptionView> file(@RestPath long id, @NotNull @Valid QuotaDocument document, UriInfo uri) {
        DescriptionView filed = service.file(id, document);
        return Created.at(uri.getBaseUriBuilder().path("api/v1/quota-descriptions/{id}").build(filed.description().id()), filed);
    }

    @GET
    @Path("facilities/{id}/quota-descriptions")
    public List<DescriptionSummary> list(@RestPath long id) {
        return service.summaries(id);
    }

    @GET
    @Path("quota-descriptions/{id}")
    public DescriptionView get(@RestPath long id) {
        return service.view(id);
    }

    @GET
    @Path("quota-descriptions/{id}/document")
    @Operation(summary = "The v1 document of this version, facility block from the registry")
    public QuotaDocument document(@RestPath long id) {
        return service.document(id);
    }

    @PUT
    @Path("quota-descriptions/{id}/document")
    @Operation(summary = "Revise a DRAFT or IN_REVIEW version (it returns to DRAFT); ACTIVE and SUPERSEDED versions are immutable")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public DescriptionView revise(@RestPath long id, @NotNull @Valid QuotaDocument document) {
        return service.revise(id, document);
    }

    @POST
    @Path("quota-descriptions/{id}/submission")
    @Operation(summary = "Send a DRAFT for review")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public DescriptionView submit(@RestPath long id) {
        return service.submit(id);
    }

    @POST
    @Path("quota-descriptions/{id}/activation")
    @Operation(summary = "Decide an IN_REVIEW version: it is in force from its effectiveDate (scheduled when in the future; a past date needs backdateReason); the role's previous ACTIVE version becomes SUPERSEDED and stays in force until the day before")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    // The body is optional: without this a bare POST (no Content-Type) is refused with 415.
    @Consumes(MediaType.APPLICATION_JSON)
    public DescriptionView activate(@RestPath long id, @Valid Activation activation) {
        return service.activate(id, activation == null ? null : activation.overrideReason(),
                activation == null ? null : activation.backdateReason());
    }

    @DELETE
    @Path("quota-descriptions/{id}")
    @Operation(summary = "Delete a DRAFT version")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public RestResponse<Void> delete(@RestPath long id) {
        service.delete(id);
        return RestResponse.noContent();
    }

    @GET
    @Path("quota-descriptions/{id}/history")
    public List<DescriptionSummary> history(@RestPath long id) {
        return service.history(id);
    }

    @GET
    @Path("quota-descriptions/{id}/diff")
    @Operation(summary = "What changed from another version (default: the previous one) to this one")
    public DescriptionDiff diff(@RestPath long id, @RestQuery Integer against) {
        return service.diff(id, against);
    }
}
