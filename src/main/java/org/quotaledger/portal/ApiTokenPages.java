package org.quotaledger.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
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
import org.quotaledger.account.ApiTokenService;
import org.quotaledger.account.UserViews;
import org.quotaledger.account.ApiTokenViews.NewServiceAccount;
import org.quotaledger.account.ApiTokenViews.NewToken;
import org.quotaledger.account.ApiTokenViews.ServiceAccountView;
import org.quotaledger.account.ApiTokenViews.TokenView;
import org.quotaledger.security.Access;
import org.quotaledger.security.Role;
import org.quotaledger.web.DomainException;
import org.quotaledger.web.Forbidden;
import org.quotaledger.web.PageForm;
import org.quotaledger.web.Problem.FieldError;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /tokens}: anyone signed in makes, lists and revokes their own API tokens; an administrator also sees every
 * token, makes service accounts and their tokens. A new token's secret is on the answer to the form that made it, once:
 * never in a redirect's address, where browser history and proxy logs would keep it.
 */
@Path("/tokens")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ApiTokenPages {

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance tokens(List<TokenView> tokens, TokenView made, List<String> roles,
                                              List<UserViews.FacilityChoice> facilities, Set<Long> checked, PageForm form,
                                              boolean admin, List<ServiceAccountView> serviceAccounts, PageForm accountForm,
                                              String done);
    }

    @Inject
    ApiTokenService service;

    @Inject
    Access access;

    @Inject
    Validator validator;

    @Inject
    PortalLanguage portal;

    @GET
    public TemplateInstance list(@RestQuery String done) {
        return page(null, Set.of(), PageForm.of(Map.of()), PageForm.of(Map.of("role", "manager")), done(done));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String role, @RestForm String expiresOn, @RestForm String accountId,
                           @RestForm List<Long> facilityIds) {
        PageForm form = PageForm.submitted("name", name, "role", role, "expiresOn", expiresOn, "accountId", accountId);
        Set<Long> checked = facilityIds == null ? Set.of() : new HashSet<>(facilityIds);
        java.time.Instant expiresAt = null;
        if (expiresOn != null && !expiresOn.isBlank()) {
            try {
                // Valid through the day chosen: it expires at the midnight (UTC) that ends it.
                expiresAt = LocalDate.parse(expiresOn.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                form.error("expiresOn", portal.words().tokenExpiryNotADay());
            }
        }
        Long account = null;
        if (accountId != null && !accountId.isBlank()) {
            try {
                account = Long.valueOf(accountId.strip());
            } catch (NumberFormatException e) {
                form.error("accountId", "must be one of the service accounts listed");
            }
        }
        var input = new NewToken(name, role == null || role.isBlank() ? null : role, "manager".equals(role) ? checked : Set.of(),
                expiresAt, account);
        tokenViolations(form, input);
        if (form.valid()) {
            try {
                TokenView made = service.create(input);
                return Response.ok(page(made, Set.of(), PageForm.of(Map.of()), PageForm.of(Map.of("role", "manager")), null)).build();
            } catch (DomainException e) {
                return Response.status(e.status()).entity(page(null, checked, tokenRefused(form, e), PageForm.of(Map.of("role", "manager")), null)).build();
            }
        }
        return Response.status(422).entity(page(null, checked, form, PageForm.of(Map.of("role", "manager")), null)).build();
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@RestPath long id) {
        service.revoke(id);
        return Response.seeOther(URI.create("/tokens?done=revoked")).build();
    }

    @POST
    @Path("service-accounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createServiceAccount(@RestForm String username, @RestForm String displayName, @RestForm String role,
                                         @RestForm List<Long> facilityIds) {
        if (access.role() != Role.ADMIN) {
            throw new Forbidden("Only administrators make service accounts.");
        }
        PageForm form = PageForm.submitted("username", username, "displayName", displayName, "role", role);
        Set<Long> checked = facilityIds == null ? Set.of() : new HashSet<>(facilityIds);
        var input = new NewServiceAccount(username, displayName, role, "manager".equals(role) ? checked : Set.of());
        form.violations(validator.validate(input));
        if (form.valid()) {
            try {
                service.createServiceAccount(input);
                return Response.seeOther(URI.create("/tokens?done=account")).build();
            } catch (DomainException e) {
                return Response.status(e.status()).entity(page(null, checked, PageForm.of(Map.of()), form.refused(e), null)).build();
            }
        }
        return Response.status(422).entity(page(null, checked, PageForm.of(Map.of()), form, null)).build();
    }

    private TemplateInstance page(TokenView made, Set<Long> checked, PageForm form, PageForm accountForm, String done) {
        boolean admin = access.role() == Role.ADMIN;
        return Templates.tokens(service.list(), made, service.grantableRoles(), service.facilityChoices(), checked, form, admin,
                admin ? service.serviceAccounts() : List.of(), accountForm, done);
    }

    /** Which finished action the page confirms (the template words it); only known ones, never the query text itself. */
    private static String done(String what) {
        return "revoked".equals(what) || "account".equals(what) ? what : null;
    }

    /**
     * The new-token form's rule breaks in the page's words: an employee reads the page in their language. The records'
     * own messages stay the API's (English, like every problem).
     */
    private void tokenViolations(PageForm form, NewToken input) {
        for (var violation : validator.validate(input)) {
            String field = violation.getPropertyPath().toString();
            var constraint = violation.getConstraintDescriptor().getAnnotation();
            String words = switch (field) {
                case "name" -> constraint instanceof Size
                        ? portal.words().tokenNameTooLong() : portal.words().tokenNameRequired();
                case "role" -> portal.words().tokenRoleUnknown();
                default -> null;
            };
            if (words != null) {
                form.error(field, words);
            } else {
                form.violations(Set.of(violation));
            }
        }
    }

    /**
     * The service's refusals an employee can meet, in the page's words beside their fields; the others (an
     * administrator's: facilities, service accounts) as the service says them.
     */
    private PageForm tokenRefused(PageForm form, DomainException refusal) {
        List<FieldError> errors = refusal.errors();
        if (errors.isEmpty() || !errors.stream().allMatch(e -> "expiresAt".equals(e.field()) || "role".equals(e.field()))) {
            return form.refused(refusal);
        }
        for (FieldError error : errors) {
            if ("role".equals(error.field())) {
                form.error("role", portal.words().tokenRoleBeyond());
            } else {
                // The form asks for a day; the service checks the instant made of it.
                form.error("expiresOn", portal.words().tokenExpiryPassed());
            }
        }
        return form;
    }
}
