package org.quotaledger.portal;

import org.quotaledger.audit.AuditVerifier;
import org.quotaledger.audit.AuditTrail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.facility.FacilityService;
import org.quotaledger.security.Role;
import org.quotaledger.web.InvalidInput;

import java.time.LocalDate;
import java.util.List;

/** The audit trail page for compliance officers, administrators and regulators. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_ID, Role.COMPLIANCE_ID, Role.REGULATOR_ID})
public class AuditPages {

    /** A facility in the filter's drop-down. */
    public record FacilityOption(String id, String code, String name) {
    }

    /** The filter as typed, so the form shows it again (dates as text: a half-typed date is not an error page). */
    public record Form(String facilityId, String action, String actor, String from, String to, String query) {
    }

    @CheckedTemplate(basePath = "audit")
    static class Templates {
        static native TemplateInstance trail(AuditVerifier.Result chain, AuditTrail.Page page, Form form,
                                             List<FacilityOption> facilities, String error);
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditVerifier verifier;

    /** The trail's readers (admin, compliance, regulator) see every facility: the filter offers them all. */
    @Inject
    FacilityService facilities;

    @GET
    @Path("audit")
    public TemplateInstance trail(@RestQuery String facilityId, @RestQuery String action, @RestQuery String actor,
                                  @RestQuery String from, @RestQuery String to, @RestQuery @DefaultValue("0") int page,
                                  @RestQuery boolean full) {
        Form form = new Form(nz(facilityId), nz(action), nz(actor), nz(from), nz(to),
                query(facilityId, action, actor, from, to));
        List<FacilityOption> facilities = this.facilities.visibleFacilities().stream()
                .map(f -> new FacilityOption(String.valueOf(f.id()), f.code(), f.name())).toList();
        AuditTrail.Page result;
        String error = null;
        try {
            var filter = new AuditTrail.Filter(facilityId == null || facilityId.isBlank() ? null : Long.parseLong(facilityId),
                    action, actor, date(from), date(to));
            result = trail.find(filter, Math.max(page, 0), AuditTrail.DEFAULT_SIZE);
        } catch (InvalidInput | NumberFormatException e) {
            error = e instanceof InvalidInput ? e.getMessage() : "The filter is not valid: dates are YYYY-MM-DD.";
            result = new AuditTrail.Page(List.of(), 0, AuditTrail.DEFAULT_SIZE, 0, 0);
        }
        // A view checks what was written since the last check; the whole history only when asked (and nightly).
        return Templates.trail(full ? verifier.verify() : verifier.verifySinceCheckpoint(), result, form, facilities, error);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : org.quotaledger.web.StrictJson.date(s).orElseThrow(
                () -> new InvalidInput("The filter is not valid: a date " + org.quotaledger.web.StrictJson.DATE_RANGE + "."));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String query(String... values) {
        String[] names = {"facilityId", "action", "actor", "from", "to"};
        var q = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                q.append('&').append(names[i]).append('=')
                        .append(java.net.URLEncoder.encode(values[i].trim(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }
}
