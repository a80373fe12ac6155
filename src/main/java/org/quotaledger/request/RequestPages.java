package org.quotaledger.request;

import org.quotaledger.time.AppClock;
import java.time.ZoneOffset;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import jakarta.ws.rs.Consumes;
import org.jboss.resteasy.reactive.RestForm;
import org.quotaledger.facility.FacilityService;
import org.quotaledger.facility.FacilityViews.FacilityView;
import org.quotaledger.request.RequestViews.DashboardRow;
import org.quotaledger.request.RequestViews.NewRequest;
import org.quotaledger.rules.FacilityFacts.RequestChannel;
import org.quotaledger.law.RequestKind;
import org.quotaledger.web.InvalidInput;
import java.time.LocalDate;
import org.quotaledger.security.Role;

import java.net.URI;
import java.util.List;

/** The deadline dashboard: open requests across the caller's facilities, overdue first. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
public class RequestPages {

    /** Counts for the page head. */
    public record Summary(int open, long overdue, long dueSoon) {
        static Summary of(List<DashboardRow> rows) {
            return new Summary(rows.size(), rows.stream().filter(DashboardRow::overdue).count(),
                    rows.stream().filter(DashboardRow::dueSoon).count());
        }
    }

    @CheckedTemplate(basePath = "request")
    static class Templates {
        static native TemplateInstance dashboard(List<DashboardRow> rows, Summary summary, String answered, String recorded,
                                                 String declined, List<FacilityView> facilities, LocalDate today, String complained);
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
                                      @RestQuery String complained) {
        List<DashboardRow> rows = service.dashboard();
        List<FacilityView> facilities = facilityService.visibleFacilities();
        // The form's default and upper bound: the latest local day among the caller's facilities (the service
        // refuses a day still in the future at the facility the request is recorded for).
        LocalDate today = facilities.stream().map(f -> clock.today(f.state())).max(LocalDate::compareTo)
                .orElseGet(() -> clock.today(ZoneOffset.UTC));
        return Templates.dashboard(rows, Summary.of(rows), answered, recorded, declined, facilities, today, complained);
    }

    /** A quota complaint an employee made, recorded by a manager or compliance officer; it starts the retaliation presumption. */
    @POST
    @Path("complaints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complaint(@RestForm long facilityId, @RestForm String employeeNumber, @RestForm String madeOn,
                              @RestForm String recipient, @RestForm String agency, @RestForm String madeBy,
                              @RestForm String allegation) {
        long id = complaints.recordFor(facilityId, employeeNumber,
                ComplaintForms.read(madeOn, recipient, agency, madeBy, allegation)).id();
        return Response.seeOther(URI.create("/requests?complained=" + id)).build();
    }

    /** A request received orally or on paper, recorded by a manager or compliance officer. */
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestForm long facilityId, @RestForm String employeeNumber, @RestForm String receivedOn,
                           @RestForm String kind, @RestForm String channel) {
        NewRequest input;
        try {
            input = new NewRequest(LocalDate.parse(receivedOn), RequestKind.valueOf(kind), RequestChannel.valueOf(channel));
        } catch (RuntimeException e) {
            throw new InvalidInput("Give the day the request was received, what was asked for and how.");
        }
        long id = service.takeFor(facilityId, employeeNumber, input).id();
        return Response.seeOther(URI.create("/requests?recorded=" + id)).build();
    }

    @POST
    @Path("requests/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@RestPath long id, @RestForm String reason) {
        service.decline(id, reason);
        return Response.seeOther(URI.create("/requests?declined=" + id)).build();
    }

    @POST
    @Path("requests/{id}/fulfil")
    public Response fulfil(@RestPath long id) {
        fulfilment.fulfil(id);
        return Response.seeOther(URI.create("/requests?answered=" + id)).build();
    }
}
