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
import org.quotaledger.facility.Facility;
import org.quotaledger.facility.FacilityService;
import org.quotaledger.facility.JobRole;
import org.quotaledger.rules.Finding;
import org.quotaledger.rules.Outcome;
import org.quotaledger.rules.RulesService;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;
import org.quotaledger.web.DomainException;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The web pages for filing, reviewing and activating quota descriptions. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class QuotaPages {

    @CheckedTemplate(basePath = "quota")
    static class Templates {
        static native TemplateInstance form(Facility facility, List<JobRole> roles, DescriptionForm form,
                                            QuotaDescription editing, String failure);

        static native TemplateInstance show(QuotaDescription description, QuotaDocument document,
                                            List<QuotaDescription> history, Map<Long, VersionStanding> standings,
                                            List<Finding> findings, boolean canChange, boolean backdated,
                                            LocalDate today, String failure);

        static native TemplateInstance diff(QuotaDescription description, DescriptionDiff diff, List<QuotaDescription> history);
    }

    @Inject
    QuotaDescriptionService service;

    @Inject
    FacilityService facilities;

    @Inject
    QuotaDocuments documents;

    @Inject
    Access access;

    @Inject
    Validator validator;

    @Inject
    RulesService rules;

    @GET
    @Path("facilities/{id}/descriptions/new")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public TemplateInstance newForm(@RestPath long id, @RestQuery Long from) {
        Facility facility = facilities.facility(id);
        access.requireManagement();
        LocalDate effective = service.proposedEffectiveDate(facility);
        DescriptionForm form = from == null ? DescriptionForm.blank(facility, effective)
                : DescriptionForm.newVersionOf(documents.read(service.description(from)), effective);
        return Templates.form(facility, facilities.roles(id), form, null, null);
    }

    @POST
    @Path("facilities/{id}/descriptions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public Response file(@RestPath long id, MultivaluedMap<String, String> submitted) {
        Facility facility = facilities.facility(id);
        List<JobRole> roles = facilities.roles(id);
        DescriptionForm form = DescriptionForm.read(submitted);
        QuotaDocument doc = form.toDocument(documents.block(facility), roleTitle(roles, form.value("role")), validator);
        if (doc == null) {
            return Response.status(422).entity(Templates.form(facility, roles, form, null, null)).build();
        }
        try {
            QuotaDescription d = service.file(id, doc);
            return Response.seeOther(URI.create("/descriptions/" + d.id)).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.form(facility, roles, form, null, e.getMessage())).build();
        }
    }

    @GET
    @Path("descriptions/{id}/edit")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public TemplateInstance editForm(@RestPath long id) {
        QuotaDescription d = service.description(id);
        access.requireManagement();
        return Templates.form(d.facility, facilities.roles(d.facility.id), DescriptionForm.of(documents.read(d)), d,
                d.isEditable() ? null : "Version " + d.version + " is " + d.status + " and can no longer be edited; file a new version instead.");
    }

    @POST
    @Path("descriptions/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public Response edit(@RestPath long id, MultivaluedMap<String, String> submitted) {
        QuotaDescription d = service.description(id);
        List<JobRole> roles = facilities.roles(d.facility.id);
        DescriptionForm form = DescriptionForm.read(submitted);
        QuotaDocument doc = form.toDocument(documents.block(d.facility), roleTitle(roles, form.value("role")), validator);
        if (doc == null) {
            return Response.status(422).entity(Templates.form(d.facility, roles, form, d, null)).build();
        }
        try {
            service.revise(id, doc);
            return Response.seeOther(URI.create("/descriptions/" + id)).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.form(d.facility, roles, form, d, e.getMessage())).build();
        }
    }

    @GET
    @Path("descriptions/{id}")
    public TemplateInstance show(@RestPath long id) {
        QuotaDescription d = service.description(id);
        return showPage(d, null);
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
        long facilityId = service.description(id).facility.id;
        Response failed = act(id, () -> service.delete(id));
        return failed.getStatus() == 303 ? Response.seeOther(URI.create("/facilities/" + facilityId)).build() : failed;
    }

    /** The v1 document for signed-in browsers, as the API serves it to systems. */
    @GET
    @Path("descriptions/{id}/document.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response document(@RestPath long id) {
        QuotaDescription d = service.description(id);
        return Response.ok(documents.read(d)).header("Content-Disposition",
                "inline; filename=\"" + d.facility.code + "-" + d.role.code + "-v" + d.version + ".json\"").build();
    }

    @GET
    @Path("descriptions/{id}/diff")
    public TemplateInstance diff(@RestPath long id, @RestQuery Integer against) {
        QuotaDescription d = service.description(id);
        return Templates.diff(d, service.diff(id, against), service.history(id));
    }

    private Response act(long id, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/descriptions/" + id)).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(showPage(service.description(id), e.getMessage())).build();
        }
    }

    private TemplateInstance showPage(QuotaDescription d, String failure) {
        QuotaDocument document = documents.read(d);
        List<Finding> findings = rules.check(document).stream()
                .filter(f -> f.outcome() == Outcome.FAIL || f.outcome() == Outcome.NEEDS_REVIEW)
                .sorted(java.util.Comparator.comparing((Finding f) -> f.outcome() == Outcome.FAIL ? 0 : 1).thenComparing(Finding::severity))
                .toList();
        LocalDate today = service.today(d.facility);
        boolean backdated = document.effectiveDate() != null && document.effectiveDate().isBefore(today);
        return Templates.show(d, document, service.history(d.id), service.standings(d.role), findings, access.canChange(),
                backdated, today, failure);
    }

    private static String roleTitle(List<JobRole> roles, String code) {
        return roles.stream().filter(r -> r.code.equals(code)).map(r -> r.title).findFirst().orElse(null);
    }
}
