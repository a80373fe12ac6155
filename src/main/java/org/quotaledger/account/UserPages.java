package org.quotaledger.account;

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
import org.jboss.resteasy.reactive.RestQuery;
import org.quotaledger.account.UserViews.NewUser;
import org.quotaledger.account.UserViews.PasswordReset;
import org.quotaledger.account.UserViews.UserDetails;
import org.quotaledger.account.UserViews.UserUpdate;
import org.quotaledger.security.Role;
import org.quotaledger.web.DomainException;
import org.quotaledger.web.FormErrors;

import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admins create accounts on {@code /users}, and on {@code /users/{id}} change one, set a new password, disable or
 * enable it (the API has the same under {@code /api/v1/users}). An employee account is linked to its record by
 * facility and employee number, as people know it.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_ID)
public class UserPages {

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance users(List<UserViews.UserRow> users, List<UserViews.FacilityChoice> facilities, Map<String, String> values,
                                             Set<Long> checked, Map<String, String> errors, String failure);

        static native TemplateInstance user(UserDetails user, List<UserViews.FacilityChoice> facilities, Map<String, String> values,
                                            Set<Long> checked, Map<String, String> errors, String failure, String done);
    }

    @Inject
    UserService service;

    @Inject
    Validator validator;

    @GET
    @Path("users")
    public TemplateInstance list() {
        return Templates.users(service.rows(), service.facilities(), Map.of("role", "manager"), Set.of(), Map.of(), null);
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role,
                           @RestForm String displayName, @RestForm String email, @RestForm String employeeFacilityId,
                           @RestForm String employeeNumber, @RestForm List<Long> facilityIds) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", text(username));
        values.put("role", text(role));
        values.put("displayName", text(displayName));
        values.put("email", text(email));
        values.put("employeeFacilityId", text(employeeFacilityId));
        values.put("employeeNumber", text(employeeNumber));
        Map<String, String> errors = new LinkedHashMap<>();
        Long facility = id(employeeFacilityId, "employeeFacilityId", errors);
        var input = new NewUser(username, password, role, blankToNull(displayName), blankToNull(email), null,
                facilityIds == null ? Set.of() : Set.copyOf(facilityIds), "employee".equals(role) ? facility : null,
                "employee".equals(role) ? blankToNull(employeeNumber) : null);
        FormErrors.of(validator.validate(input)).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                UserViews.UserView created = service.create(input);
                return Response.seeOther(URI.create("/users/" + created.id() + "?done=created")).build();
            } catch (DomainException e) {
                return Response.status(e.status()).entity(Templates.users(service.rows(), service.facilities(),
                        values, input.facilityIds(), FormErrors.of(e), e.getMessage())).build();
            }
        }
        return Response.status(422).entity(Templates.users(service.rows(), service.facilities(), values, input.facilityIds(),
                errors, null)).build();
    }

    @GET
    @Path("users/{id}")
    public TemplateInstance edit(@RestPath long id, @RestQuery String done) {
        UserDetails user = service.details(id);
        return Templates.user(user, service.facilities(), values(user), user.facilityIds(), Map.of(), null, done(done));
    }

    @POST
    @Path("users/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @RestForm String role, @RestForm String displayName, @RestForm String email,
                           @RestForm String employeeFacilityId, @RestForm String employeeNumber, @RestForm List<Long> facilityIds) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("role", text(role));
        values.put("displayName", text(displayName));
        values.put("email", text(email));
        values.put("employeeFacilityId", text(employeeFacilityId));
        values.put("employeeNumber", text(employeeNumber));
        Set<Long> checked = facilityIds == null ? Set.of() : new HashSet<>(facilityIds);
        Map<String, String> errors = new LinkedHashMap<>();
        Long facility = id(employeeFacilityId, "employeeFacilityId", errors);
        boolean employee = "employee".equals(role);
        var input = new UserUpdate(role, blankToNull(displayName), blankToNull(email), null,
                "manager".equals(role) ? checked : Set.of(), employee ? facility : null, employee ? blankToNull(employeeNumber) : null);
        FormErrors.of(validator.validate(input)).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                service.update(id, input);
                return done(id, "saved");
            } catch (DomainException e) {
                return Response.status(e.status()).entity(Templates.user(service.details(id), service.facilities(), values, checked,
                        FormErrors.of(e), e.getMessage(), null)).build();
            }
        }
        return Response.status(422).entity(Templates.user(service.details(id), service.facilities(), values, checked, errors, null, null)).build();
    }

    @POST
    @Path("users/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@RestPath long id, @RestForm String password) {
        var input = new PasswordReset(password);
        Map<String, String> errors = FormErrors.of(validator.validate(input));
        if (errors.isEmpty()) {
            service.resetPassword(id, input);
            return done(id, "password");
        }
        // The password is not echoed back: the field comes back empty with the reason beside it.
        return Response.status(422).entity(page(id, errors, null)).build();
    }

    @POST
    @Path("users/{id}/disable")
    public Response disable(@RestPath long id) {
        try {
            service.disable(id);
            return done(id, "disabled");
        } catch (DomainException e) {
            return Response.status(e.status()).entity(page(id, Map.of(), e.getMessage())).build();
        }
    }

    @POST
    @Path("users/{id}/enable")
    public Response enable(@RestPath long id) {
        service.enable(id);
        return done(id, "enabled");
    }

    private TemplateInstance page(long id, Map<String, String> errors, String failure) {
        UserDetails user = service.details(id);
        return Templates.user(user, service.facilities(), values(user), user.facilityIds(), errors, failure, null);
    }

    /** The account as its edit form shows it. */
    private static Map<String, String> values(UserDetails user) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName", text(user.displayName()));
        values.put("email", text(user.email()));
        values.put("role", user.role());
        values.put("employeeFacilityId", user.employeeFacilityId() == null ? "" : String.valueOf(user.employeeFacilityId()));
        values.put("employeeNumber", text(user.employeeNumber()));
        return values;
    }

    private static Response done(long id, String what) {
        return Response.seeOther(URI.create("/users/" + id + "?done=" + what)).build();
    }

    /** What a finished action is confirmed with; only known words, never the query text itself. */
    private static String done(String what) {
        return switch (what == null ? "" : what) {
            case "created" -> "The account was created.";
            case "saved" -> "Your changes were saved.";
            case "password" -> "The new password is set. Tell the person through a channel other than e-mail.";
            case "disabled" -> "The account is disabled: it cannot sign in, and any open session has ended.";
            case "enabled" -> "The account is enabled again and can sign in.";
            default -> null;
        };
    }

    private static Long id(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "must be one of the facilities listed");
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
