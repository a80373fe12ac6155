package org.quotaledger.notice;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotaledger.notice.NoticeViews.JobView;
import org.quotaledger.notice.NoticeViews.NoticeFile;
import org.quotaledger.notice.NoticeViews.NoticeView;
import org.quotaledger.security.Role;
import org.quotaledger.web.Created;
import org.quotaledger.web.Uploads;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

@Path("/api/v1")
@Tag(name = "Notices")
public class NoticeResource {

    public record NewJob(String roleCode) {
    }

    @Inject
    NoticeService notices;

    @Inject
    NoticeJobService jobs;

    @Inject
    NoticeConfig config;

    @POST
    @Path("employees/{id}/notices")
    @Operation(summary = "Issue the signed notice of the employee's current description (also recorded as a delivery)")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public RestResponse<NoticeView> issue(@RestPath long id, UriInfo uri) {
        NoticeView n = notices.issue(id);
        return Created.at(uri.getBaseUriBuilder().path("api/v1/notices/{id}/pdf").build(n.id()), n);
    }

    @GET
    @Path("employees/{id}/notices")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID, Role.EMPLOYEE_ID})
    public List<NoticeView> list(@RestPath long id) {
        return notices.notices(id);
    }

    @GET
    @Path("notices/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The signed PDF exactly as issued")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID, Role.EMPLOYEE_ID})
    public Response pdf(@RestPath long id) {
        return download(notices.notice(id));
    }

    /** The stored PDF as an attachment with its SHA-256 in a Digest header; the API and the pages serve it alike. */
    static Response download(NoticeFile n) {
        return Response.ok(n.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + n.fileName() + "\"")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(n.sha256())))
                .build();
    }

    @POST
    @Path("facilities/{id}/regulator-notices")
    @Operation(summary = "Issue the signed filing summary of the facility for a labor agency or auditor")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID})
    public RestResponse<NoticeView> regulatorNotice(@RestPath long id, UriInfo uri) {
        NoticeView n = notices.issueRegulatorNotice(id);
        return Created.at(uri.getBaseUriBuilder().path("api/v1/notices/{id}/pdf").build(n.id()), n);
    }

    @POST
    @Path("notices/verify")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Check a PDF: valid signature, unchanged, which notice it is, and whether its version is current",
            description = "Anyone may ask. The notice's details are shown only to callers who may see its employee.")
    @PermitAll
    public NoticeService.Verification verify(InputStream body) {
        return notices.verify(Uploads.bytes(body, config.maxVerifyBytes()));
    }

    @GET
    @Path("notices/verify/{code}")
    @Operation(summary = "What the notice with this verification code says (initials, role, version, each quota, issue date),"
            + " for the holder to compare with their copy; only uploading the PDF proves a copy unchanged. 404 for an unknown code")
    @PermitAll
    public NoticeService.CodeLookup lookup(@RestPath String code) {
        return notices.lookup(code);
    }

    @POST
    @Path("facilities/{id}/notice-jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue notices to every current employee of the facility (or of one role) in the background")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public Response startJob(@RestPath long id, NewJob input, UriInfo uri) {
        JobView job = jobs.start(id, input == null ? null : input.roleCode());
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("api/v1/notice-jobs/{id}").build(job.id())).build();
    }

    @GET
    @Path("notice-jobs/{id}")
    @Operation(summary = "Progress of a bulk notice job")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    public JobView job(@RestPath long id) {
        return jobs.job(id);
    }
}
