package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;
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
import org.quotaledger.rules.RulesService;
import org.quotaledger.security.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1")
@Tag(name = "Quota descriptions")
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class QuotaDescriptionResource {

    @Inject
    QuotaDescriptionService service;

    @Inject
    QuotaDocuments documents;

    @Inject
    RulesService rules;

    @POST
    @Path("facilities/{id}/quota-descriptions")
    @Operation(summary = "File a v1 quota description document as the next draft version of its role")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public RestResponse<DescriptionView> file(@RestPath long id, @NotNull @Valid QuotaDocument document, UriInfo uri) {
        QuotaDescription d = service.file(id, document);
        return Created.at(uri.getBaseUriBuilder().path("api/v1/quota-descriptions/{id}").build(d.id), view(d));
    }

    @GET
    @Path("facilities/{id}/quota-descriptions")
    public List<DescriptionSummary> list(@RestPath long id) {
        List<QuotaDescription> versions = service.descriptions(id);
        Map<Long, VersionStanding> standings = new HashMap<>();
        versions.stream().map(d -> d.role).distinct().forEach(role -> standings.putAll(service.standings(role)));
        return versions.stream().map(d -> service.summary(d, standings)).toList();
    }

    @GET
    @Path("quota-descriptions/{id}")
    public DescriptionView get(@RestPath long id) {
        return view(service.description(id));
    }

    @GET
    @Path("quota-descriptions/{id}/document")
    @Operation(summary = "The v1 document of this version, facility block from the registry")
    public QuotaDocument document(@RestPath long id) {
        return documents.read(service.description(id));
    }

    @PUT
    @Path("quota-descriptions/{id}/document")
    @Operation(summary = "Revise a DRAFT or IN_REVIEW version (it returns to DRAFT); ACTIVE and SUPERSEDED versions are immutable")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    @Transactional // the view reads lazy facility/role fields: build it before the session closes
    public DescriptionView revise(@RestPath long id, @NotNull @Valid QuotaDocument document) {
        return view(service.revise(id, document));
    }

    @POST
    @Path("quota-descriptions/{id}/submission")
    @Operation(summary = "Send a DRAFT for review")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    @Transactional // the view reads lazy facility/role fields: build it before the session closes
    public DescriptionView submit(@RestPath long id) {
        return view(service.submit(id));
    }

    @POST
    @Path("quota-descriptions/{id}/activation")
    @Operation(summary = "Decide an IN_REVIEW version: it is in force from its effectiveDate (scheduled when in the future; a past date needs backdateReason); the role's previous ACTIVE version becomes SUPERSEDED and stays in force until the day before")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    // The body is optional: without this a bare POST (no Content-Type) is refused with 415.
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional // the view reads lazy facility/role fields: build it before the session closes
    public DescriptionView activate(@RestPath long id, @Valid Activation activation) {
        return view(service.activate(id, activation == null ? null : activation.overrideReason(),
                activation == null ? null : activation.backdateReason()));
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
        List<QuotaDescription> versions = service.history(id);
        Map<Long, VersionStanding> standings = versions.isEmpty() ? Map.of() : service.standings(versions.getFirst().role);
        return versions.stream().map(d -> service.summary(d, standings)).toList();
    }

    @GET
    @Path("quota-descriptions/{id}/diff")
    @Operation(summary = "What changed from another version (default: the previous one) to this one")
    public DescriptionDiff diff(@RestPath long id, @RestQuery Integer against) {
        return service.diff(id, against);
    }

    private DescriptionView view(QuotaDescription d) {
        QuotaDocument doc = documents.read(d);
        return new DescriptionView(DescriptionSummary.from(d, doc, service.standings(d.role).get(d.id)), doc, rules.check(doc));
    }
}
