package org.quotaledger.employee;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.quotaledger.employee.EmployeeViews.RosterImportReport;
import org.quotaledger.facility.FacilityViews.FacilityView;
import org.quotaledger.facility.FacilityService;
import org.quotaledger.security.Role;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
public class RosterPages {

    @CheckedTemplate(basePath = "employee")
    static class Templates {
        static native TemplateInstance rosterResult(FacilityView facility, String fileName, RosterImportReport report, String failure);
    }

    @Inject
    EmployeeService service;

    @Inject
    FacilityService facilities;

    @Inject
    EmployeeConfig config;

    /** A CSV to fill in, with the columns the upload reads; the same for every facility, so it shows no one's data. */
    @GET
    @Path("facilities/{id}/roster/template.csv")
    @Produces("text/csv")
    public Response template(@RestPath long id) {
        return Response.ok(RosterImport.template(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"roster-template.csv\"").build();
    }

    @POST
    @Path("facilities/{id}/roster")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath long id, @RestForm("file") FileUpload file, @RestForm boolean partial) {
        FacilityView facility = facilities.facility(id);
        if (file == null || file.size() == 0) {
            return Response.status(422).entity(Templates.rosterResult(facility, null, null, "Choose a CSV file to upload.")).build();
        }
        try (var in = Files.newInputStream(file.uploadedFile())) {
            RosterImportReport report = service.importRoster(id, Uploads.utf8(in, config.maxUploadBytes()), partial);
            return Response.ok(Templates.rosterResult(facility, file.fileName(), report, null)).build();
        } catch (InvalidInput e) {
            // Shown on the page, line by line, rather than as an error page: the manager fixes the file and retries.
            // Still a refusal (nothing was stored), so it answers with the refusal's status, as every refused form does.
            return Response.status(e.status())
                    .entity(Templates.rosterResult(facility, file.fileName(), new RosterImportReport(0, 0, 0, false, e.errors()), e.getMessage()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
