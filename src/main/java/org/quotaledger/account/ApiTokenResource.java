package org.quotaledger.account;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotaledger.account.ApiTokenViews.NewServiceAccount;
import org.quotaledger.account.ApiTokenViews.NewToken;
import org.quotaledger.account.ApiTokenViews.ServiceAccountView;
import org.quotaledger.account.ApiTokenViews.TokenView;
import org.quotaledger.security.Role;
import org.quotaledger.web.Created;

import java.util.List;

@Path("/api/v1")
@Tag(name = "API tokens")
public class ApiTokenResource {

    @Inject
    ApiTokenService service;

    @GET
    @Path("tokens")
    @Operation(summary = "Your API tokens (an administrator's: every token). Never their secrets.")
    @Authenticated
    public List<TokenView> tokens() {
        return service.list();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Make an API token; the answer's \"token\" is the secret, shown this once. Send it as "
            + "Authorization: Bearer <token>. Not with a token: with your password.")
    @Authenticated
    public RestResponse<TokenView> create(@NotNull @Valid NewToken input, UriInfo uri) {
        TokenView token = service.create(input);
        return Created.at(uri.getAbsolutePathBuilder().path(String.valueOf(token.id())).build(), token);
    }

    @GET
    @Path("tokens/{id}")
    @Authenticated
    public TokenView token(@RestPath long id) {
        return service.view(id);
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke an API token, at once and for good")
    @Authenticated
    public RestResponse<Void> revoke(@RestPath long id) {
        service.revoke(id);
        return RestResponse.noContent();
    }

    @GET
    @Path("service-accounts")
    @RolesAllowed(Role.ADMIN_ID)
    public List<ServiceAccountView> serviceAccounts() {
        return service.serviceAccounts();
    }

    @POST
    @Path("service-accounts")
    @Operation(summary = "Make a service account: an account for a system, which acts only through the tokens an "
            + "administrator makes for it (POST /api/v1/tokens with accountId)")
    @RolesAllowed(Role.ADMIN_ID)
    public RestResponse<ServiceAccountView> createServiceAccount(@NotNull @Valid NewServiceAccount input, UriInfo uri) {
        ServiceAccountView account = service.createServiceAccount(input);
        return Created.at(uri.getBaseUriBuilder().path("api/v1/users").path(String.valueOf(account.id())).build(), account);
    }
}
