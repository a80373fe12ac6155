package org.quotaledger.portal;

import org.quotaledger.employee.EmployeeService;
import org.quotaledger.employee.EmployeeViews;
import java.time.LocalDate;
import org.quotaledger.time.AppClock;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.delivery.DeliveryService;
import org.quotaledger.delivery.DeliveryViews.DeliveryView;
import org.quotaledger.notice.DocumentLanguages;
import org.quotaledger.notice.NoticeViews;
import org.quotaledger.notice.RightsText;
import org.quotaledger.quota.QuotaDescriptionService;
import org.quotaledger.quota.QuotaDescriptionViews.HeldTo;
import org.quotaledger.quota.QuotaDescriptionViews.VersionRef;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.request.ComplaintForms;
import org.quotaledger.request.ComplaintService;
import org.quotaledger.request.ComplaintViews.ComplaintView;
import org.quotaledger.request.FulfilmentService;
import org.quotaledger.request.RequestService;
import org.quotaledger.request.RequestViews.RequestView;
import org.quotaledger.law.RequestKind;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;
import org.quotaledger.web.InvalidInput;

import java.net.URI;
import java.util.List;

/**
 * The employee's own portal: the quota description they are held to, the descriptions handed to them
 * (acknowledge receipt here), their signed notices, and their requests for descriptions and work speed
 * data with the answers to download (Cal. Lab. Code §2104, N.Y. Lab. Law §785, RCW 49.84.037).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE_ID)
public class MyPages {

    @CheckedTemplate(basePath = "employee")
    static class Templates {
        static native TemplateInstance me(EmployeeViews.Self self, EmployeeViews.EmployeeView employee, VersionRef current,
                                          QuotaDocument document, List<String> targets, List<String> neverCounted,
                                          VersionRef upcoming,
                                          List<DeliveryView> deliveries, List<NoticeViews.OwnNotice> notices,
                                          List<RequestView> requests, long unacknowledged, long openRequests,
                                          String done, List<String> rights, List<ComplaintView> complaints,
                                          LocalDate today, List<DocumentLanguages.Option> languages);
    }

    /** What a form post comes back to /me having done, each confirmed on the page. */
    private static final java.util.Set<String> DONE = java.util.Set.of("acknowledged", "requested", "complained", "language");

    @Inject
    AppClock clock;

    @Inject
    PortalLanguage language;

    @Inject
    Access access;

    @Inject
    EmployeeService employees;

    @Inject
    QuotaDescriptionService descriptions;

    @Inject
    OwnRecordsService ownRecords;

    @Inject
    DeliveryService deliveries;

    @Inject
    RequestService requests;

    @Inject
    FulfilmentService fulfilment;

    @Inject
    ComplaintService complaints;


    @GET
    @Path("me")
    public TemplateInstance me(@RestQuery String done) {
        OwnRecordsService.OwnRecords records = ownRecords.read();
        EmployeeViews.Self self = records.self();
        LocalDate today = clock.today(self.state());
        HeldTo heldTo = descriptions.heldTo(records.roleVersions(), today);
        // The page words the confirmation (portal:done...) in the employee's language; anything else in the link says nothing.
        String confirmed = done != null && DONE.contains(done) ? done : null;
        List<DeliveryView> handed = records.deliveries();
        List<RequestView> own = records.requests();
        // The quotas in the page's language where the manager wrote them in it (field by field, English otherwise), and
        // each target worded as the notice words it.
        java.util.Locale locale = language.pageLocale();
        QuotaDocument document = heldTo.document() == null ? null : heldTo.document().in(locale.toLanguageTag());
        return Templates.me(self, self.employee(), heldTo.current(), document,
                org.quotaledger.notice.NoticeText.targets(document, locale),
                org.quotaledger.notice.NoticeText.neverCounted(document, locale), heldTo.upcoming(), handed,
                records.notices(), own,
                handed.stream().filter(d -> d.acknowledgedAt() == null).count(),
                own.stream().filter(r -> r.status() == org.quotaledger.request.EmployeeRequest.Status.OPEN).count(), confirmed,
                RightsText.forEmployee(self.state(), language.pageLocale()), records.complaints(), today,
                DocumentLanguages.options(self.employee().primaryLanguage()));
    }

    /** The language of every document sent to the employee from now on. */
    @POST
    @Path("me/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response language(@RestForm String language) {
        employees.chooseOwnLanguage(language, DocumentLanguages.tags());
        return Response.seeOther(URI.create("/me?done=language")).build();
    }

    @POST
    @Path("me/deliveries/{id}/acknowledge")
    public Response acknowledge(@RestPath long id) {
        deliveries.acknowledge(id);
        return Response.seeOther(URI.create("/me?done=acknowledged")).build();
    }

    @POST
    @Path("me/requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@RestForm String kind) {
        RequestKind k;
        try {
            k = RequestKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Choose what you are asking for: your quota descriptions or your work speed data.");
        }
        requests.fileOwn(k);
        return Response.seeOther(URI.create("/me?done=requested")).build();
    }

    /** The employee's own quota complaint, to the employer or one they made to an agency. */
    @POST
    @Path("me/complaints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complain(@RestForm String madeOn, @RestForm String recipient, @RestForm String agency,
                             @RestForm String allegation) {
        complaints.recordOwn(ComplaintForms.read(madeOn, recipient, agency, null, allegation));
        return Response.seeOther(URI.create("/me?done=complained")).build();
    }

    @GET
    @Path("me/requests/{id}/response.zip")
    @Produces("application/zip")
    public Response download(@RestPath long id) {
        return Response.ok(fulfilment.ownResponse(id), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"request-" + id + "-response.zip\"").build();
    }
}
