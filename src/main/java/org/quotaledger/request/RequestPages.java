package org.quotaledger.request;

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
import org.quotaledger.facility.FacilityService;
import org.quotaledger.facility.FacilityViews.FacilityView;
import org.quotaledger.law.RequestKind;
import org.quotaledger.request.ComplaintViews.NewComplaint;
import org.quotaledger.request.RequestViews.AnswerPreview;
import org.quotaledger.request.RequestViews.ClosedList;
import org.quotaledger.request.RequestViews.DashboardRow;
import org.quotaledger.request.RequestViews.NewRequest;
import org.quotaledger.rules.FacilityFacts.RequestChannel;
import org.quotaledger.security.Role;
import org.quotaledger.time.AppClock;
import org.quotaledger.web.Conflict;
import org.quotaledger.web.DomainException;
import org.quotaledger.web.PageForm;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The deadline dashboard: open requests across the caller's facilities, overdue first, each answered through a preview
 * of its packet; the answered and declined ones below; and the forms for requests and complaints received on paper.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
public class RequestPages {

    /** How many closed requests the dashboard lists at first, and at most. */
    static final int CLOSED_SHOWN = 20;
    static final int CLOSED_MAX = 500;

    /** Counts for the page head. */
    public record Summary(int open, long overdue, long dueSoon) {
        static Summary of(List<DashboardRow> rows) {
            return new Summary(rows.size(), rows.stream().filter(DashboardRow::overdue).count(),
                    rows.stream().filter(DashboardRow::dueSoon).count());
        }
    }

    /** Which request a confirmation message on top of the dashboard is about. */
    public record Done(String answered, String recorded, String declined, String complained) {
        static final Done NOTHING = new Done(null, null, null, null);
    }

    @CheckedTemplate(basePath = "request")
    static class Templates {
        static native TemplateInstance dashboard(List<DashboardRow> rows, Summary summary, Done done, List<FacilityView> facilities,
                                                 LocalDate today, ClosedList closed, PageForm requestForm, PageForm complaintForm);

        static native TemplateInstance answer(AnswerPreview preview, String failure);
    }

    @Inject
    AppClock clock;

    @Inject
    RequestService service;

    @Inject
    FulfilmentService fulfilment;

    @Inject
    ComplaintService complaints;

    @Inject
    FacilityService facilityService;

    @GET
    @Path("requests")
    public TemplateInstance dashboard(@RestQuery String answered, @RestQuery String recorded, @RestQuery String declined,
                                      @RestQuery String complained, @RestQuery Long facility, @RestQuery Integer shown) {
        return page(new Done(answered, recorded, declined, complained), facility, shown, null, null);
    }

    /** A quota complaint an employee made, recorded by a manager or compliance officer; it starts the retaliation presumption. */
    @POST
    @Path("complaints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complaint(@RestForm String facilityId, @RestForm String employeeNumber, @RestForm String madeOn,
                              @RestForm String recipient, @RestForm String agency, @RestForm String madeBy,
                              @RestForm String allegation) {
        PageForm form = PageForm.submitted("facilityId", facilityId, "employeeNumber", employeeNumber, "madeOn", madeOn,
                "recipient", recipient, "agency", agency, "madeBy", madeBy, "allegation", allegation);
        try {
            NewComplaint input = ComplaintForms.read(madeOn, recipient, agency, madeBy, allegation);
            long id = complaints.recordFor(facility(facilityId), employeeNumber, input).id();
            return Response.seeOther(URI.create("/requests?complained=" + id)).build();
        } catch (DomainException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            return Response.status(e.status()).entity(page(Done.NOTHING, null, null, null, form.refused(e))).build();
        }
    }

    /** A request received orally or on paper, recorded by a manager or compliance officer. */
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestForm String facilityId, @RestForm String employeeNumber, @RestForm String receivedOn,
                           @RestForm String kind, @RestForm String channel) {
        PageForm form = PageForm.submitted("facilityId", facilityId, "employeeNumber", employeeNumber,
                "receivedOn", receivedOn, "kind", kind, "channel", channel);
        LocalDate day = null;
        try {
            day = LocalDate.parse(form.value("receivedOn").strip());
        } catch (DateTimeParseException e) {
            form.error("receivedOn", "must be a day, like 2026-03-02");
        }
        RequestKind asked = choice(RequestKind.class, kind);
        if (asked == null) {
            form.error("kind", "choose quota descriptions or work speed data");
        }
        RequestChannel how = choice(RequestChannel.class, channel);
        if (how == null) {
            form.error("channel", "choose orally or in writing");
        }
        if (form.value("employeeNumber").isBlank()) {
            form.error("employeeNumber", "is required");
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(page(Done.NOTHING, null, null, form, null)).build();
        }
        try {
            long id = service.takeFor(facility(facilityId), employeeNumber, new NewRequest(day, asked, how)).id();
            return Response.seeOther(URI.create("/requests?recorded=" + id)).build();
        } catch (DomainException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            return Response.status(e.status()).entity(page(Done.NOTHING, null, null, form.refused(e), null)).build();
        }
    }

    @POST
    @Path("requests/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@RestPath long id, @RestForm String reason) {
        service.decline(id, reason);
        return Response.seeOther(URI.create("/requests?declined=" + id)).build();
    }

    /** What answering will send, before anything is sent: the request, its deadline and the packet's contents. */
    @GET
    @Path("requests/{id}/answer")
    public TemplateInstance preview(@RestPath long id) {
        return Templates.answer(fulfilment.preview(id), null);
    }

    /** The confirmation on the preview: answers once; a second confirmation (another tab, a double click) is a 409. */
    @POST
    @Path("requests/{id}/fulfil")
    public Response fulfil(@RestPath long id) {
        try {
            fulfilment.fulfil(id);
        } catch (Conflict e) {
            return Response.status(e.status()).entity(Templates.answer(fulfilment.preview(id), e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/requests?answered=" + id)).build();
    }

    /** The packet that answered the request, for staff of its facility (the employee's own copy is in their portal). */
    @GET
    @Path("requests/{id}/response")
    @Produces("application/zip")
    public Response packet(@RestPath long id) {
        return Response.ok(fulfilment.response(id), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"request-" + id + "-response.zip\"").build();
    }

    private TemplateInstance page(Done done, Long facility, Integer shown, PageForm requestForm, PageForm complaintForm) {
        List<DashboardRow> rows = service.dashboard();
        List<FacilityView> facilities = facilityService.visibleFacilities();
        // The form's default and upper bound: the latest local day among the caller's facilities (the service
        // refuses a day still in the future at the facility the request is recorded for).
        LocalDate today = facilities.stream().map(f -> clock.today(f.state())).max(LocalDate::compareTo)
                .orElseGet(() -> clock.today(ZoneOffset.UTC));
        int limit = shown == null ? CLOSED_SHOWN : Math.clamp(shown, 1, CLOSED_MAX);
        Map<String, String> defaults = Map.of("receivedOn", today.toString(), "madeOn", today.toString());
        return Templates.dashboard(rows, Summary.of(rows), done, facilities, today, service.closed(facility, limit),
                requestForm == null ? PageForm.of(defaults) : requestForm,
                complaintForm == null ? PageForm.of(defaults) : complaintForm);
    }

    /** The facility chosen in a form; an unreadable one is no facility of the caller's (a 404 from the service). */
    private static long facility(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
