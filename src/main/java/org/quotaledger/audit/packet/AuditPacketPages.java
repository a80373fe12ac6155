package org.quotaledger.audit.packet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.security.Role;
import org.quotaledger.web.InvalidInput;

import java.time.LocalDate;

/** The compliance page's "Download audit packet" button: the same packet as the API, behind the login form. */
@Path("/")
@RolesAllowed({Role.ADMIN_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class AuditPacketPages {

    @Inject
    AuditPacketService service;

    @GET
    @Path("facilities/{id}/audit-packet")
    @Produces("application/zip")
    public Response download(@RestPath long id, @RestQuery String from, @RestQuery String to) {
        return AuditPacketResource.zip(service, service.prepare(id, date(from, "from"), date(to, "to")));
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return org.quotaledger.web.StrictJson.date(value).orElseThrow(() -> new InvalidInput(
                org.quotaledger.web.Problem.quoted(value) + " is not a date: a date " + org.quotaledger.web.StrictJson.DATE_RANGE + ".",
                java.util.List.of(org.quotaledger.web.Problem.FieldError.field(field, org.quotaledger.web.StrictJson.DATE_RANGE))));
    }
}
