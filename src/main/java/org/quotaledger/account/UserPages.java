package org.quotaledger.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.quotaledger.account.UserViews.NewUser;
import org.quotaledger.security.Role;
import org.quotaledger.web.DomainException;
import org.quotaledger.web.FieldWords;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Admins create accounts here (or through POST /api/v1/users). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_ID)
public class UserPages {

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance users(List<UserViews.UserRow> users, List<UserViews.FacilityChoice> facilities, Map<String, String> values,
                                             Map<String, String> errors, String failure);
    }

    @Inject
    UserService service;

    @Inject
    Validator validator;

    @GET
    @Path("users")
    public TemplateInstance list() {
        return Templates.users(service.rows(), service.facilities(), Map.of("role", "manager"), Map.of(), null);
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role,
                           @RestForm String displayName, @RestForm String email, @RestForm String employeeId, @RestForm List<Long> facilityIds) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", username == null ? "" : username);
        values.put("role", role == null ? "" : role);
        values.put("displayName", displayName == null ? "" : displayName);
        values.put("email", email == null ? "" : email);
        values.put("employeeId", employeeId == null ? "" : employeeId);
        Map<String, String> errors = new LinkedHashMap<>();
        Long employee = null;
        if (employeeId != null && !employeeId.isBlank()) {
            try {
                employee = Long.valueOf(employeeId.strip());
            } catch (NumberFormatException e) {
                errors.put("employeeId", "must be the number of an employee record");
            }
        }
        var input = new NewUser(username, password, role, displayName, email == null || email.isBlank() ? null : email.strip(), employee,
                facilityIds == null ? Set.of() : Set.copyOf(facilityIds));
        for (ConstraintViolation<NewUser> v : validator.validate(input)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), FieldWords.message(v));
        }
        if (errors.isEmpty()) {
            try {
                service.create(input);
                return Response.seeOther(URI.create("/users")).build();
            } catch (DomainException e) {
                return Response.status(e.status()).entity(Templates.users(service.rows(), service.facilities(),
                        values, errors, e.getMessage())).build();
            }
        }
        return Response.status(422).entity(Templates.users(service.rows(), service.facilities(), values, errors,
                null)).build();
    }
}
