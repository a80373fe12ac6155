package org.quotaledger.retention;

import org.quotaledger.time.AppClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;

import java.time.LocalDate;
import java.time.ZoneOffset;

@Path("/api/v1")
@Tag(name = "Retention")
public class RetentionResource {

    @Inject
    AppClock clock;

    @Inject
    RetentionService service;

    @Inject
    Access access;

    @GET
    @Path("retention/preview")
    @RolesAllowed({Role.ADMIN_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    @Operation(summary = "What a purge would remove on a date (default today), by facility, without changing anything")
    public RetentionService.Preview preview(@RestQuery LocalDate asOf) {
        return service.preview(asOf != null ? asOf : clock.earliestToday());
    }

    @POST
    @Path("retention/purge")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Purge, as of today, the records whose every retention period has ended; each batch is an audit event")
    public RetentionService.PurgeResult purge() {
        return service.purge(access.username());
    }
}
