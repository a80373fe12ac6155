package org.quotaledger.workspeed;

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
import org.quotaledger.facility.FacilityService;
import org.quotaledger.facility.FacilityViews.FacilityView;
import org.quotaledger.security.Role;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Problem.FieldError;
import org.quotaledger.web.Uploads;
import org.quotaledger.workspeed.WorkSpeedViews.IngestResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The work speed CSV upload of the facility page, its template file and the page that says what it did. */
@Path("/facilities/{id}/work-speed")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
public class WorkSpeedPages {

    /** The columns in words, as the result page names a problem's column. */
    static final Map<String, String> COLUMNS = Map.of(
            "employee_number", "Employee number",
            "date", "Day",
            "metric", "Metric",
            "units", "Units",
            "time_on_task_minutes", "Minutes on task",
            "off_task_bathroom", "Minutes off task for the bathroom",
            "off_task_break", "Minutes off task on breaks",
            "off_task_safety", "Minutes off task for safety",
            "off_task_other", "Minutes off task for other reasons");

    /** One problem of a line: the column in words (null for the line as a whole) and what is wrong with it. */
    public record LineProblem(String column, String label, String message) {
    }

    /** A refused line with every one of its problems. */
    public record BadLine(Integer line, List<LineProblem> problems) {
    }

    @CheckedTemplate(basePath = "workspeed")
    static class Templates {
        static native TemplateInstance uploadResult(FacilityView facility, String fileName, IngestResult result,
                                                    String failure, List<BadLine> badLines);
    }

    @Inject
    WorkSpeedService service;

    @Inject
    FacilityService facilities;

    @Inject
    WorkSpeedConfig config;

    /** A CSV to fill in, with the columns the upload reads; the same for every facility, so it shows no one's data. */
    @GET
    @Path("template.csv")
    @Produces("text/csv")
    public Response template(@RestPath long id) {
        String csv = String.join(",", WorkSpeedLoader.REQUIRED) + "," + String.join(",", WorkSpeedLoader.OFF_TASK) + "\r\n"
                + "E1001,2026-03-02,units picked,812.50,540,12,30,5,0\r\n";
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"work-speed-template.csv\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath long id, @RestForm("file") FileUpload file, @RestForm boolean partial) {
        FacilityView facility = facilities.facility(id);
        if (file == null || file.size() == 0) {
            return answer(422, Templates.uploadResult(facility, null, null, "Choose a CSV file to upload.", List.of()));
        }
        try (var in = Files.newInputStream(file.uploadedFile())) {
            IngestResult result = service.ingestCsv(id, Uploads.utf8(in, config.maxUploadBytes()), partial, null);
            return answer(200, Templates.uploadResult(facility, file.fileName(), result, null, byLine(result.rejected())));
        } catch (InvalidInput e) {
            // Shown line by line on the page rather than as an error page: the manager fixes the file and uploads it again.
            List<BadLine> lines = byLine(e.errors());
            return answer(e.status(), Templates.uploadResult(facility, file.fileName(), null, failure(e, lines), lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API's refusal says "send partial=true"; a person is told about the form's checkbox instead. */
    private static String failure(InvalidInput e, List<BadLine> lines) {
        if (e.status() != 422 || lines.isEmpty() || lines.get(0).line() == null || lines.get(0).line() == 1) {
            return e.getMessage();
        }
        int problems = lines.stream().mapToInt(l -> l.problems().size()).sum();
        return problems + (problems == 1 ? " problem" : " problems") + " on " + lines.size()
                + (lines.size() == 1 ? " line" : " lines") + ", each listed below; nothing was stored. Fix the file and upload"
                + " it again, or tick \"store the valid lines even if some are wrong\" to store the others.";
    }

    /** The problems grouped by line, in line order; problems of the file as a whole first. */
    static List<BadLine> byLine(List<FieldError> errors) {
        Map<Integer, List<LineProblem>> lines = new TreeMap<>();
        for (FieldError e : errors) {
            String label = e.field() == null ? null : COLUMNS.getOrDefault(e.field(), e.field());
            lines.computeIfAbsent(e.line() == null ? 0 : e.line(), l -> new ArrayList<>())
                    .add(new LineProblem(e.field(), label, e.message()));
        }
        return lines.entrySet().stream().map(l -> new BadLine(l.getKey() == 0 ? null : l.getKey(), l.getValue())).toList();
    }

    private static Response answer(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
