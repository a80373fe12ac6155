package org.quotaledger.facility;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.quotaledger.facility.FacilityViews.EmployerView;
import org.quotaledger.facility.FacilityViews.NewEmployer;
import org.quotaledger.security.Role;
import org.quotaledger.web.DomainException;
import org.quotaledger.web.FormErrors;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Admins list, create and change employers here (the API: {@code /api/v1/employers}). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_ID)
public class EmployerPages {

    @CheckedTemplate(basePath = "facility")
    static class Templates {
        static native TemplateInstance employers(List<FacilityViews.EmployerRow> employers, Map<String, String> values,
                                                 Map<String, String> errors, String failure);

        static native TemplateInstance employer(EmployerView employer, Map<String, String> values, Map<String, String> errors,
                                                String failure, boolean saved);
    }

    @Inject
    FacilityService service;

    @Inject
    Validator validator;

    @GET
    @Path("employers")
    public TemplateInstance list() {
        // A new employer asks for a second person's approval unless the admin unticks it: the safer default.
        return Templates.employers(service.employerRows(), Map.of("fourEyesApproval", "true"), Map.of(), null);
    }

    @POST
    @Path("employers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String controlledGroup, @RestForm String fourEyesApproval) {
        Map<String, String> values = values(name, controlledGroup, fourEyesApproval);
        var input = new NewEmployer(name, controlledGroup, "true".equals(fourEyesApproval));
        Map<String, String> errors = FormErrors.of(validator.validate(input));
        if (errors.isEmpty()) {
            try {
                service.createEmployer(input);
                return Response.seeOther(URI.create("/employers")).build();
            } catch (DomainException e) {
                return Response.status(e.status()).entity(Templates.employers(service.employerRows(), values, FormErrors.of(e), e.getMessage())).build();
            }
        }
        return Response.status(422).entity(Templates.employers(service.employerRows(), values, errors, null)).build();
    }

    @GET
    @Path("employers/{id}")
    public TemplateInstance edit(@RestPath long id, @org.jboss.resteasy.reactive.RestQuery boolean saved) {
        EmployerView employer = service.employer(id);
        return Templates.employer(employer, values(employer.name(), employer.controlledGroup(), String.valueOf(employer.fourEyesApproval())),
                Map.of(), null, saved);
    }

    @POST
    @Path("employers/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @RestForm String name, @RestForm String controlledGroup, @RestForm String fourEyesApproval) {
        EmployerView employer = service.employer(id);
        Map<String, String> values = values(name, controlledGroup, fourEyesApproval);
        // An unticked box is absent from the form: on the page, absent means off.
        var input = new NewEmployer(name, controlledGroup, "true".equals(fourEyesApproval));
        Map<String, String> errors = FormErrors.of(validator.validate(input));
        if (errors.isEmpty()) {
            try {
                service.updateEmployer(id, input);
                return Response.seeOther(URI.create("/employers/" + id + "?saved=true")).build();
            } catch (DomainException e) {
                return Response.status(e.status()).entity(Templates.employer(employer, values, FormErrors.of(e), e.getMessage(), false)).build();
            }
        }
        return Response.status(422).entity(Templates.employer(employer, values, errors, null, false)).build();
    }

    private static Map<String, String> values(String name, String controlledGroup, String fourEyesApproval) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name == null ? "" : name);
        values.put("controlledGroup", controlledGroup == null ? "" : controlledGroup);
        values.put("fourEyesApproval", "true".equals(fourEyesApproval) ? "true" : "");
        return values;
    }
}
