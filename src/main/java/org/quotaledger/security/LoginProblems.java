package org.quotaledger.security;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.quotaledger.web.Problem;
import org.quotaledger.web.SignInRefusals;

import java.net.URI;

/**
 * How a refused sign-in is answered: the API with a 429 problem and Retry-After, the login form by coming back to
 * the login page with the reason, a forged login form with a 400 page.
 */
@ApplicationScoped
public class LoginProblems implements SignInRefusals {

    @Override
    public Response answer(Throwable cause, HttpServerRequest request) {
        return cause instanceof SignInRefused refused ? answer(refused, request) : null;
    }

    @Inject
    @Location("error.html")
    Template errorPage;

    public Response answer(SignInRefused refused, HttpServerRequest request) {
        return switch (refused) {
            case SignInRefused.Throttled throttled -> throttled(throttled, request);
            case SignInRefused.ForeignForm ignored -> {
                Problem problem = Problem.of(400, "Form expired", "This sign-in form was not sent from this site's"
                        + " login page, or that page is too old. Open the login page again.");
                yield Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .entity(errorPage.data("problem", problem).render()).build();
            }
        };
    }

    private static Response throttled(SignInRefused.Throttled throttled, HttpServerRequest request) {
        if (!request.path().startsWith("/api/")) {
            return Response.seeOther(URI.create("/login?throttled=true")).build();
        }
        return Response.status(429)
                .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(429, "Too many failed sign-ins",
                                "Sign-in is refused for this account or from this address after too many wrong passwords."
                                        + " Try again in " + throttled.retryAfterSeconds() + " seconds.")
                        .withInstance(request.path()))
                .build();
    }
}
