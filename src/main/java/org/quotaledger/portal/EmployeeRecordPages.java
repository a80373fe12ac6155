package org.quotaledger.portal;

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
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.delivery.DeliveryService;
import org.quotaledger.delivery.DeliveryViews.DeliveryView;
import org.quotaledger.employee.EmployeeService;
import org.quotaledger.employee.EmployeeViews.EmployeeView;
import org.quotaledger.facility.FacilityService;
import org.quotaledger.facility.FacilityViews.FacilityPage;
import org.quotaledger.notice.NoticeService;
import org.quotaledger.notice.NoticeViews.NoticeView;
import org.quotaledger.quota.QuotaDescription.Status;
import org.quotaledger.quota.QuotaDescriptionService;
import org.quotaledger.quota.QuotaDescriptionViews.DescriptionSummary;
import org.quotaledger.request.AdverseActionForms;
import org.quotaledger.request.AdverseActionService;
import org.quotaledger.request.AdverseActionViews.AdverseActionView;
import org.quotaledger.request.ComplaintForms;
import org.quotaledger.request.ComplaintService;
import org.quotaledger.request.ComplaintViews.ComplaintView;
import org.quotaledger.request.RequestService;
import org.quotaledger.request.RequestViews.RequestView;
import org.quotaledger.security.Role;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.workspeed.WorkSpeedService;
import org.quotaledger.workspeed.WorkSpeedViews;

import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One employee's record as staff see it, reached from the facility's roster by employee number: who they are, what
 * they were handed, what they asked and complained about, the adverse actions against them and their work speed over
 * the last 90 days; with the forms a manager uses on it (issue a notice, record an adverse action or a complaint).
 */
@Path("/facilities/{id}/employees/{number}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class EmployeeRecordPages {

    @CheckedTemplate(basePath = "employee")
    static class Templates {
        static native TemplateInstance record(RecordPage page, FormState adverse, FormState complaint, String noticeRefusal,
                                              Done done);
    }

    /** What a form just did, said in the section that lists it (the redirect lands there). */
    public record Done(String section, String message) {
    }

    /**
     * What the record page shows.
     *
     * @param current            the version a notice issued now would carry (in force, else scheduled); null when none
     * @param versions           the versions of the employee's role that an adverse action may have relied on
     * @param mayChange          the caller may issue notices and record adverse actions (admins, the facility's managers)
     * @param mayRecordComplaint the caller may record a complaint for the employee and use the requests page (not regulators)
     */
    public record RecordPage(FacilityPage facility, EmployeeView employee, DescriptionSummary current,
                             List<DescriptionSummary> versions, String noticeLanguage, List<NoticeView> notices,
                             List<DeliveryView> deliveries, List<RequestView> requests, List<ComplaintView> complaints,
                             List<AdverseActionView> actions, WorkSpeedViews.Summary workSpeed, boolean mayChange,
                             boolean mayRecordComplaint, List<AdverseActionForms.Kind> kinds) {
    }

    @Inject
    FacilityService facilities;

    @Inject
    EmployeeService employees;

    @Inject
    QuotaDescriptionService descriptions;

    @Inject
    NoticeService notices;

    @Inject
    DeliveryService deliveries;

    @Inject
    RequestService requests;

    @Inject
    ComplaintService complaints;

    @Inject
    AdverseActionService adverseActions;

    @Inject
    WorkSpeedService workSpeed;

    @GET
    public TemplateInstance show(@RestPath long id, @RestPath String number, @RestQuery String issued,
                                 @RestQuery String recorded, @RestQuery String complained) {
        RecordPage page = page(id, number);
        Done done = issued != null ? new Done("notices", "The notice was issued: it is signed, recorded as delivered and listed below.")
                : recorded != null ? new Done("adverse-actions", "The adverse action is recorded; the compliance rules weigh it"
                + " against this employee's requests, complaints and the notices they received.")
                : complained != null ? new Done("complaints", "The complaint is recorded. An adverse action against the employee"
                + " within the window the state's law sets is flagged for review as presumed retaliation.") : null;
        return Templates.record(page, blankAdverse(page), blankComplaint(page), null, done);
    }

    /** Issues the employee the notice of their current version, in their language, now. */
    @POST
    @Path("notices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public Response issueNotice(@RestPath long id, @RestPath String number) {
        EmployeeView employee = employees.atFacility(id, number);
        try {
            long notice = notices.issue(employee.id()).id();
            return Response.seeOther(back(id, number, "issued", notice, "notices")).build();
        } catch (InvalidInput e) {
            RecordPage page = page(id, number);
            return refused(Templates.record(page, blankAdverse(page), blankComplaint(page), e.getMessage(), null));
        }
    }

    @POST
    @Path("adverse-actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public Response recordAdverseAction(@RestPath long id, @RestPath String number, @RestForm String date,
                                        @RestForm String type, @RestForm boolean quotaBased, @RestForm String descriptionId,
                                        @RestForm String quotaGivenOn, @RestForm String workSpeedDataGivenOn,
                                        @RestForm String note) {
        EmployeeView employee = employees.atFacility(id, number);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("date", date);
        typed.put("type", type);
        typed.put("quotaBased", String.valueOf(quotaBased));
        typed.put("descriptionId", descriptionId);
        typed.put("quotaGivenOn", quotaGivenOn);
        typed.put("workSpeedDataGivenOn", workSpeedDataGivenOn);
        typed.put("note", note);
        try {
            var input = AdverseActionForms.read(date, type, quotaBased, descriptionId, quotaGivenOn, workSpeedDataGivenOn,
                    note, facilities.page(id).today());
            long action = adverseActions.record(employee.id(), input).id();
            return Response.seeOther(back(id, number, "recorded", action, "adverse-actions")).build();
        } catch (InvalidInput e) {
            RecordPage page = page(id, number);
            return refused(Templates.record(page, FormState.refused(typed, e.getMessage(), e.errors()), blankComplaint(page),
                    null, null));
        }
    }

    /** The requests page's complaint form, read the same way, for this employee. */
    @POST
    @Path("complaints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
    public Response recordComplaint(@RestPath long id, @RestPath String number, @RestForm String madeOn,
                                    @RestForm String recipient, @RestForm String agency, @RestForm String madeBy,
                                    @RestForm String allegation) {
        EmployeeView employee = employees.atFacility(id, number);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("madeOn", madeOn);
        typed.put("recipient", recipient);
        typed.put("agency", agency);
        typed.put("madeBy", madeBy);
        typed.put("allegation", allegation);
        try {
            long complaint = complaints.recordFor(employee.id(), ComplaintForms.read(madeOn, recipient, agency, madeBy,
                    allegation)).id();
            return Response.seeOther(back(id, number, "complained", complaint, "complaints")).build();
        } catch (InvalidInput e) {
            RecordPage page = page(id, number);
            return refused(Templates.record(page, blankAdverse(page), FormState.refused(typed, e.getMessage(), e.errors()),
                    null, null));
        }
    }

    private RecordPage page(long facilityId, String number) {
        FacilityPage facility = facilities.page(facilityId);
        EmployeeView employee = employees.atFacility(facilityId, number);
        List<DescriptionSummary> ofRole = employee.roleCode() == null ? List.of() : descriptions.summaries(facilityId).stream()
                .filter(d -> d.roleCode().equals(employee.roleCode()))
                .filter(d -> d.status() == Status.ACTIVE || d.status() == Status.SUPERSEDED)
                .sorted(Comparator.comparingInt(DescriptionSummary::version).reversed()).toList();
        // The one NoticeService.issue picks: in force today, else the active one still to come.
        DescriptionSummary current = ofRole.stream().filter(d -> d.standing() != null && d.standing().inForce()).findFirst()
                .or(() -> ofRole.stream().filter(d -> d.status() == Status.ACTIVE).findFirst()).orElse(null);
        String noticeLanguage = current == null ? NoticeService.fixedTextLanguage(employee.primaryLanguage())
                : notices.languageFor(employee.id(), current.id());
        return new RecordPage(facility, employee, current, ofRole, noticeLanguage,
                notices.notices(employee.id()), deliveries.deliveries(employee.id()), requests.ofEmployee(employee.id()),
                complaints.ofEmployee(employee.id()), adverseActions.ofEmployee(employee.id()),
                workSpeed.summary(employee.id()), facility.mayChange(), complaints.mayRecord(), AdverseActionForms.kinds());
    }

    private static FormState blankAdverse(RecordPage page) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", page.facility().today().toString());
        values.put("descriptionId", page.current() == null ? "" : String.valueOf(page.current().id()));
        return FormState.of(values);
    }

    private static FormState blankComplaint(RecordPage page) {
        return FormState.of(Map.of("madeOn", page.facility().today().toString(), "recipient", "EMPLOYER"));
    }

    private static Response refused(TemplateInstance page) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** Back to the record, at the section listing what was just done (a form's refusal lands at the form instead). */
    private static URI back(long facilityId, String number, String what, long id, String section) {
        return UriBuilder.fromPath("/facilities/{id}/employees/{number}").queryParam(what, id).fragment(section)
                .build(facilityId, number);
    }
}
