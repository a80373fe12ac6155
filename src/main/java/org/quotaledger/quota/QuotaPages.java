package org.quotaledger.quota;

import org.quotaledger.document.QuotaDocument;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.quota.QuotaDescriptionViews.DescriptionSummary;
import org.quotaledger.quota.QuotaDescriptionViews.DescriptionView;
import org.quotaledger.quota.QuotaDescriptionViews.Editing;
import org.quotaledger.quota.QuotaDescriptionViews.Filing;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;
import org.quotaledger.web.DomainException;

import java.net.URI;
import java.util.List;

/** The web pages for filing, reviewing and activating quota descriptions. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class QuotaPages {

    @CheckedTemplate(basePath = "quota")
    static class Templates {
        static native TemplateInstance form(QuotaDescriptionViews.Filing filing, DescriptionForm form, String failure);

        static native TemplateInstance show(QuotaDescriptionViews.DescriptionPage page, String failure);

        static native TemplateInstance diff(DescriptionSummary description, DescriptionDiff diff, List<DescriptionSummary> history);
    }

    @Inject
    QuotaDescriptionService service;

    @Inject
    Access access;

    @Inject
    Validator validator;

    @GET
    @Path("facilities/{id}/descriptions/new")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public TemplateInstance newForm(@RestPath long id, @RestQuery Long from) {
        Filing filing = service.filing(id);
        access.requireManagement();
        DescriptionForm form = from == null ? DescriptionForm.blank(filing.state(), filing.proposedEffectiveDate())
                : DescriptionForm.newVersionOf(service.document(from), filing.proposedEffectiveDate());
        return Templates.form(filing, form, null);
    }

    @POST
    @Path("facilities/{id}/descriptions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public Response file(@RestPath long id, MultivaluedMap<String, String> submitted) {
        return submitForm(service.filing(id), submitted, doc -> service.file(id, doc).description().id());
    }

    @GET
    @Path("descriptions/{id}/edit")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public TemplateInstance editForm(@RestPath long id) {
        Filing filing = service.filingOf(id);
        access.requireManagement();
        Editing d = filing.editing();
        return Templates.form(filing, DescriptionForm.of(d.document()),
                d.editable() ? null : "Version " + d.version() + " is " + d.status() + " and can no longer be edited; file a new version instead.");
    }

    @POST
    @Path("descriptions/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public Response edit(@RestPath long id, MultivaluedMap<String, String> submitted) {
        return submitForm(service.filingOf(id), submitted, doc -> {
            service.revise(id, doc);
            return id;
        });
    }

    /**
     * Filing and revising answer a form alike: the form comes back with each error beside its field (422), or with the
     * refusal on top, and what was typed kept; a stored version sends the browser to its page.
     */
    private Response submitForm(Filing filing, MultivaluedMap<String, String> submitted,
                                java.util.function.ToLongFunction<QuotaDocument> store) {
        DescriptionForm form = DescriptionForm.read(submitted);
        QuotaDocument doc = form.toDocument(filing.block(), filing.roleTitle(form.value("role")), validator);
        if (doc == null) {
            return Response.status(422).entity(Templates.form(filing, form, null)).build();
        }
        try {
            return Response.seeOther(URI.create("/descriptions/" + store.applyAsLong(doc))).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.form(filing, form, e.getMessage())).build();
        }
    }

    @GET
    @Path("descriptions/{id}")
    public TemplateInstance show(@RestPath long id) {
        return Templates.show(service.page(id), null);
    }

    @POST
    @Path("descriptions/{id}/submit")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public Response submit(@RestPath long id) {
        return act(id, () -> service.submit(id));
    }

    @POST
    @Path("descriptions/{id}/activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public Response activate(@RestPath long id, @RestForm String overrideReason, @RestForm String backdateReason) {
        return act(id, () -> service.activate(id, overrideReason, backdateReason));
    }

    @POST
    @Path("descriptions/{id}/delete")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public Response delete(@RestPath long id) {
        long[] facilityId = new long[1];
        Response failed = act(id, () -> facilityId[0] = service.delete(id));
        return failed.getStatus() == 303 ? Response.seeOther(URI.create("/facilities/" + facilityId[0])).build() : failed;
    }

    /** The v1 document for signed-in browsers, as the API serves it to systems. */
    @GET
    @Path("descriptions/{id}/document.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response document(@RestPath long id) {
        DescriptionView d = service.view(id);
        DescriptionSummary s = d.description();
        return Response.ok(d.document()).header("Content-Disposition",
                "inline; filename=\"" + s.facilityCode() + "-" + s.roleCode() + "-v" + s.version() + ".json\"").build();
    }

    @GET
    @Path("descriptions/{id}/diff")
    public TemplateInstance diff(@RestPath long id, @RestQuery Integer against) {
        return Templates.diff(service.view(id).description(), service.diff(id, against), service.history(id));
    }

    private Response act(long id, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/descriptions/" + id)).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.show(service.page(id), e.getMessage())).build();
        }
    }
}
