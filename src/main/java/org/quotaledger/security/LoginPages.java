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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/** Sign in and out of the web pages (form login; the API uses HTTP Basic instead). */
@Path("/")
public class LoginPages {

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance login(boolean error, boolean throttled, long windowMinutes, boolean signedOut, String username);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Access access;

    @Inject
    LoginThrottleConfig throttle;

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
                signedOut, TypedUsername.read(typed));
        // Read once: a later visit to the login page starts empty.
        return typed == null ? Response.ok(page).build() : Response.ok(page).cookie(TypedUsername.cleared()).build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        // The session lives only in the encrypted cookie, so forgetting it is signing out, on every instance.
        return Response.seeOther(URI.create("/login?signed-out=true"))
                .cookie(new NewCookie.Builder("quarkus-credential").value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }
}
