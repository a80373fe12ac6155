package org.quotaledger.audit.packet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.security.Role;
import org.quotaledger.signing.SigningKeys;
import org.quotaledger.web.InvalidInput;
import org.quotaledger.web.Uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

@jakarta.ws.rs.Path("/api/v1")
@Tag(name = "Audit packets")
public class AuditPacketResource {

    @Inject
    AuditPacketService service;

    @Inject
    SigningKeys keys;

    @Inject
    PacketConfig config;

    @GET
    @jakarta.ws.rs.Path("facilities/{id}/audit-packet")
    @Produces("application/zip")
    @RolesAllowed({Role.ADMIN_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
    @Operation(summary = "Export the facility's signed audit packet (ZIP) for a period of whole facility-local days; default the last 365 days, today included")
    public Response export(@RestPath long id, @RestQuery LocalDate from, @RestQuery LocalDate to) {
        return zip(service, service.prepare(id, from, to));
    }

    /** The streamed ZIP response, shared with the page that offers the same download. */
    static Response zip(AuditPacketService service, AuditPacketService.Export export) {
        StreamingOutput body = out -> service.write(export, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .build();
    }

    @POST
    @jakarta.ws.rs.Path("audit-packets/verify")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID, Role.MANAGER_ID})
    @Operation(summary = "Check an audit packet: the archive as archive tools read it, every file against the signed manifest,"
            + " and the signer against this installation's own certificates (never the one inside the packet)")
    public PacketVerifier.Report verify(InputStream body) {
        Path spooled = Uploads.toTempFile(body, config.maxVerifyBytes(), "packet-", ".zip");
        try {
            var anchor = PacketVerifier.TrustAnchor.certificates("this installation's signing certificates", keys.ownCertificates());
            return new PacketVerifier().verify(spooled, anchor, config.limits());
        } catch (PacketVerifier.TooLarge e) {
            throw new PacketRefused(413, "Packet too large to verify", e.getMessage());
        } catch (PacketVerifier.Unreadable e) {
            throw InvalidInput.unreadable(e.getMessage());
        } catch (IOException e) {
            throw InvalidInput.unreadable("The upload is not a readable ZIP file: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
