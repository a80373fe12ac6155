package org.quotaledger.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.security.Role;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.NotFound;
import org.quotaledger.web.Problem.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

@Path("/api/v1")
@Tag(name = "Audit trail")
@RolesAllowed({Role.ADMIN_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class AuditResource {

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditTrail trail;

    @Inject
    AuditHeads heads;

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
    @Operation(summary = "Recompute the whole hash chain, against every head the registry signed, and report the first"
            + " broken link (a rewrite, or events removed from the end); the audit page reports the same")
    public AuditVerifier.Result verify() {
        return verifier.verify();
    }

    /** A signed head as text and base64, to keep outside the registry or hand back to {@link #checkHead}. */
    public record HeadView(long seq, String hash, Instant signedAt, String statement, String signature) {
        static HeadView of(SignedHead h) {
            return new HeadView(h.seq(), h.hash(), h.signedAt(), h.statement(), h.signatureBase64());
        }
    }

    /** A head someone kept: the statement exactly as signed, and the signature (DER) in base64. */
    public record HeadInput(String statement, String signature) {
    }

    @GET
    @Path("audit/heads/latest")
    @Operation(summary = "The newest head of the audit chain this registry signed: keep a copy; a later rewrite contradicts it")
    public HeadView latestHead() {
        return heads.latest().map(HeadView::of).orElseThrow(() -> new NotFound("The audit chain has no signed head yet."));
    }

    @POST
    @Path("audit/heads/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Check a signed audit head someone kept (from a notice, a packet or a request answer) against the"
            + " trail as it is now: does the trail still have that event with that hash?")
    public AuditHeads.Check checkHead(HeadInput input) {
        if (input == null || input.statement() == null || input.signature() == null) {
            throw new InvalidInput("Give the head's statement and its signature (base64).",
                    List.of(FieldError.field("statement", "is required"), FieldError.field("signature", "is required")));
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(input.signature().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("The signature is not base64.", List.of(FieldError.field("signature", "is not base64")));
        }
        return heads.check(input.statement(), signature);
    }
}
