package org.quotaledger.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.security.Role;

import java.time.LocalDate;

@Path("/api/v1")
@Tag(name = "Audit trail")
@RolesAllowed({Role.ADMIN_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class AuditResource {

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditTrail trail;

    @GET
    @Path("audit/events")
    @Operation(summary = "The audit trail, newest first, filtered by facility, action (prefix), actor and period (UTC days)")
    public AuditTrail.Page events(@RestQuery Long facilityId, @RestQuery String action, @RestQuery String actor,
                                  @RestQuery LocalDate from, @RestQuery LocalDate to,
                                  @RestQuery @DefaultValue("0") int page,
                                  @RestQuery @DefaultValue("" + AuditTrail.DEFAULT_SIZE) int size) {
        return trail.find(new AuditTrail.Filter(facilityId, action, actor, from, to), page, size);
    }

    @GET
    @Path("audit/verify")
    @Operation(summary = "Recompute the whole hash chain and report the first broken link")
    public AuditVerifier.Result verify() {
        return verifier.verify();
    }
}
