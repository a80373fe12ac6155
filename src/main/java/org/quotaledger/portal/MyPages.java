package org.quotaledger.portal;

import org.quotaledger.employee.Employee;
import java.time.LocalDate;
import org.quotaledger.time.AppClock;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.quotaledger.delivery.Delivery;
import org.quotaledger.delivery.DeliveryService;
import org.quotaledger.delivery.DeliveryViews.DeliveryView;
import org.quotaledger.notice.Notice;
import org.quotaledger.quota.QuotaDescription;
import org.quotaledger.document.QuotaDocument;
import org.quotaledger.quota.QuotaDocuments;
import org.quotaledger.request.ComplaintForms;
import org.quotaledger.request.ComplaintService;
import org.quotaledger.request.ComplaintViews.ComplaintView;
import org.quotaledger.request.FulfilmentService;
import org.quotaledger.time.AppClock;
import org.quotaledger.request.RequestResponse;
import org.quotaledger.request.RequestService;
import org.quotaledger.request.RequestViews.RequestView;
import org.quotaledger.law.RequestKind;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;
import org.quotaledger.web.InvalidInput;

import java.net.URI;
import java.time.Instant;
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

    /** A signed notice in the list: links to its PDF. */
    public record NoticeRow(long id, String roleCode, int version, Instant issuedAt, String verificationCode) {
        static NoticeRow from(Notice n) {
            return new NoticeRow(n.id, n.description.role.code, n.description.version, n.issuedAt, n.verificationCode);
        }
    }

    @CheckedTemplate(basePath = "employee")
    static class Templates {
        static native TemplateInstance me(Employee employee, QuotaDescription current, QuotaDocument document,
                                          QuotaDescription upcoming,
                                          List<DeliveryView> deliveries, List<NoticeRow> notices,
                                          List<RequestView> requests, long unacknowledged, long openRequests,
                                          String message, MyRights rights, List<ComplaintView> complaints,
                                          java.time.LocalDate today);
    }

    @Inject
    AppClock clock;

    @Inject
    Access access;

    @Inject
    QuotaDocuments documents;

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
    @Transactional
    public TemplateInstance me(@RestQuery String done) {
        Employee self = Employee.withFacilityAndRole(access.self().id);
        LocalDate today = clock.today(self.facility.state);
        QuotaDescription current = self.role == null ? null : QuotaDescription.inForceOn(self.role, today).orElse(null);
        // A version decided to take effect later: the employee sees it coming.
        QuotaDescription upcoming = self.role == null ? null : QuotaDescription.findActive(self.role)
                .filter(d -> d.effectiveOn.isAfter(today)).orElse(null);
        String message = switch (done == null ? "" : done) {
            case "acknowledged" -> "Thank you: your receipt of the description is recorded.";
            case "requested" -> "Your request is recorded. Your employer must answer it by the due date shown below, free of charge.";
            case "complained" -> "Your complaint is recorded. Your employer may not retaliate against you for it.";
            default -> null;
        };
        List<DeliveryView> handed = Delivery.listFor(self).stream().map(DeliveryView::from).toList();
        List<RequestView> own = requests.own();
        return Templates.me(self, current, current == null ? null : documents.read(current), upcoming, handed,
                Notice.listFor(self).stream().map(NoticeRow::from).toList(), own,
                handed.stream().filter(d -> d.acknowledgedAt() == null).count(),
                own.stream().filter(r -> r.status() == org.quotaledger.request.EmployeeRequest.Status.OPEN).count(), message,
                MyRights.of(self.facility.state), complaints.own(), clock.today(self.facility.state));
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
        RequestResponse response = fulfilment.ownResponse(id);
        return Response.ok(response.packet, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"request-" + id + "-response.zip\"").build();
    }
}
