package org.quotaledger.workspeed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.security.Role;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Uploads;
import org.quotaledger.workspeed.WorkSpeedViews.IngestResult;
import org.quotaledger.workspeed.WorkSpeedViews.WorkSpeedInput;
import org.quotaledger.workspeed.WorkSpeedViews.WorkSpeedRow;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1")
@Tag(name = "Work speed data")
public class WorkSpeedResource {

    @Inject
    WorkSpeedService service;

    @Inject
    WorkSpeedConfig config;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @POST
    @Path("facilities/{id}/work-speed")
    @Consumes({"text/csv", "text/plain"})
    @Operation(summary = "Load daily work speed records from CSV",
            description = "Columns: employee_number, date, metric, units, time_on_task_minutes and optionally "
                    + "off_task_bathroom, off_task_break, off_task_safety, off_task_other (minutes). Records already "
                    + "stored (same employee, date and metric) are skipped. A file with any invalid line stores nothing "
                    + "unless partial=true. A repeated Idempotency-Key answers the first upload's result.")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public IngestResult uploadCsv(@RestPath long id, @RestQuery boolean partial,
                                  @RestHeader("Idempotency-Key") String idempotencyKey, InputStream body) {
        return service.ingestCsv(id, Uploads.utf8(body, config.maxUploadBytes()), partial, idempotencyKey);
    }

    @POST
    @Path("facilities/{id}/work-speed/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load daily work speed records from a JSON array (same rules as the CSV upload)")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID})
    public IngestResult uploadJson(@RestPath long id, @RestQuery boolean partial,
                                   @RestHeader("Idempotency-Key") String idempotencyKey, InputStream body)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        byte[] bytes = Uploads.bytes(body, config.maxUploadBytes());
        List<WorkSpeedInput> records;
        try {
            records = mapper.readValue(bytes, mapper.getTypeFactory().constructCollectionType(List.class, WorkSpeedInput.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw e;                                        // worded by ProblemMappers.json, like every JSON body's, field by field
        } catch (java.io.IOException e) {
            throw InvalidInput.unreadable("The body must be a JSON array of work speed records.");
        }
        if (records == null) {
            throw InvalidInput.unreadable("The body must be a JSON array of work speed records, not null.");
        }
        return service.ingestJson(id, records, partial, idempotencyKey);
    }

    @GET
    @Path("employees/{id}/work-speed")
    @Operation(summary = "The employee's work speed records (the last 90 days unless from/to are given)")
    @RolesAllowed({Role.ADMIN_ID, Role.MANAGER_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID, Role.EMPLOYEE_ID})
    public List<WorkSpeedRow> records(@RestPath long id, @RestQuery LocalDate from, @RestQuery LocalDate to) {
        return service.records(id, from, to);
    }
}
