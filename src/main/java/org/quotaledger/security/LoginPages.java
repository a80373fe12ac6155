package org.quotaledger.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.ArrayList;
import java.util.Set;

/** Sign in and out of the web pages (form login, or single sign-on's button; the API uses HTTP Basic or tokens instead). */
@Path("/")
public class LoginPages {

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance login(boolean error, boolean throttled, long windowMinutes, boolean signedOut, String username,
                                            String singleSignOn);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Access access;

    @Inject
    LoginThrottleConfig throttle;

    @Inject
    SingleSignOnConfig singleSignOn;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.seeOther(URI.create(access.role() == Role.EMPLOYEE ? "/me" : "/facilities")).build();
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery boolean error, @RestQuery boolean throttled,
                          @RestQuery("signed-out") boolean signedOut, @CookieParam(TypedUsername.COOKIE) String typed) {
        TemplateInstance page = Templates.login(error, throttled, Math.max(1, throttle.failureWindow().toMinutes()),
                signedOut, TypedUsername.read(typed), singleSignOn.enabled() ? singleSignOn.providerName() : null);
        // Read once: a later visit to the login page starts empty.
        return typed == null ? Response.ok(page).build() : Response.ok(page).cookie(TypedUsername.cleared()).build();
    }

    @POST
    @Path("logout")
    public Response logout(@Context HttpHeaders headers) {
        // The session lives only in the encrypted cookie, so forgetting it is signing out, on every instance.
        return Response.seeOther(URI.create("/login?signed-out=true"))
                .cookie(sessionCookiesCleared(headers.getCookies().keySet()))
                .build();
    }

    /**
     * Cookies that end every session this request has: the form login's, and single sign-on's ({@code q_session},
     * with its tenant's suffix and, for large tokens, its chunks). The provider's own session is left alone
     * (docs/operations.md).
     */
    static NewCookie[] sessionCookiesCleared(Set<String> requestCookies) {
        var cleared = new ArrayList<NewCookie>();
        cleared.add(new NewCookie.Builder("quarkus-credential").value("").path("/").maxAge(0).httpOnly(true).build());
        requestCookies.stream().filter(name -> name.startsWith("q_session"))
                .forEach(name -> cleared.add(new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true).build()));
        return cleared.toArray(NewCookie[]::new);
    }
}
