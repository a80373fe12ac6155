package org.quotaledger.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotaledger.security.Role;

@Path("/api/v1/audit")
@Tag(name = "Audit trail")
@RolesAllowed({Role.ADMIN_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class AuditResource {

    @Inject
    AuditVerifier verifier;

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the whole hash chain and report the first broken link")
    public AuditVerifier.Result verify() {
        return verifier.verify();
    }
}
