package org.quotaledger.security;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.quotaledger.web.Problem;

import java.net.URI;

/**
 * The login page's "Sign in with ..." button. application.properties protects {@code /sso/*} with quarkus-oidc's
 * authorization-code flow only, so an anonymous visit goes to the provider and comes back here signed in
 * ({@link SingleSignOn} has linked the account by then); from here the person starts at the application's start page.
 */
@Path("/sso")
public class SingleSignOnPages {

    @Inject
    SecurityIdentity identity;

    @Inject
    SingleSignOnConfig config;

    @Inject
    @Location("error.html")
    Template errorPage;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response signedIn(@Context HttpHeaders headers) {
        if (!config.enabled() || !SingleSignOn.fromProvider(identity)) {
            return Response.seeOther(URI.create("/login")).build();
        }
        if (SingleSignOn.withoutRole(identity)) {
            // The provider knows the person, Quota Ledger has nothing for them: say so, and drop the session so that
            // the login page works for a local account on this browser.
            Problem problem = Problem.of(403, "No Quota Ledger role", "You are signed in at your identity provider,"
                    + " but your account there is in none of the Quota Ledger groups. Ask your administrator to add you.");
            return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(errorPage.data("problem", problem).render())
                    .cookie(LoginPages.sessionCookiesCleared(headers.getCookies().keySet()))
                    .build();
        }
        return Response.seeOther(URI.create("/")).build();
    }
}
