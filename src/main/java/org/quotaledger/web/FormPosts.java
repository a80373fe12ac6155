package org.quotaledger.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * What a page accepts as a change: a form from one of our own pages. quarkus-rest-csrf checks the form's token
 * against its cookie; it is set to let other content types through unchecked, because the API (HTTP Basic, no
 * cookie) posts JSON, CSV and files and needs no token. So this filter keeps pages to forms: a change to a
 * page (anything outside {@code /api/}) in another content type, or sent by another site, is refused before
 * it reaches the resource. It also gives the CSRF filter's bare 400 a page that says what happened.
 */
public class FormPosts {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    @Location("error.html")
    Template errorPage;

    /**
     * True when the browser says the request was started by a page of another origin ({@code Sec-Fetch-Site}),
     * as a forged form is. "same-site" counts as foreign: a sibling subdomain could otherwise plant its own CSRF
     * cookie and post a matching token.
     */
    public static boolean sentByAnotherSite(String secFetchSite) {
        return "cross-site".equals(secFetchSite) || "same-site".equals(secFetchSite);
    }

    /**
     * curl's {@code -d ''} and many HTTP libraries label an empty POST as a form; to the API, which takes no forms, such
     * a call carries no body at all. Without its label the CSRF filter (which checks every form) lets it through as the
     * body-less call it is.
     */
    @ServerRequestFilter(preMatching = true)
    public void emptyApiCallsAreNoForms(ContainerRequestContext context, HttpServerRequest request) {
        if (isApi(request) && isForm(context.getMediaType()) && hasNoBody(request)) {
            context.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    private static boolean hasNoBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length == null ? request.getHeader("Transfer-Encoding") == null : "0".equals(length.strip());
    }

    // Before quarkus-rest-csrf's filter (Priorities.USER), so no form is read for a request refused anyway.
    @ServerRequestFilter(priority = Priorities.USER - 100)
    public Response onlyOwnFormsChangePages(ContainerRequestContext context, HttpServerRequest request) {
        if (!changesAPage(request)) {
            return null;
        }
        if (sentByAnotherSite(request.getHeader("Sec-Fetch-Site"))) {
            return answer(request, Problem.of(403, "Refused", "This form was sent from another site. Open the page here and send it again."));
        }
        if (!isForm(context.getMediaType())) {
            return answer(request, Problem.of(415, "Unsupported Media Type",
                    "Pages accept forms only. Programs use the API under /api/v1."));
        }
        return null;
    }

    /**
     * quarkus-rest-csrf refuses with an empty 400 (our own 400s always have a body): a page's form without its
     * token gets a page that says what to do, and a form sent to the API (which the filter checks too, since it is
     * a form) a 415 problem like any other type the API does not take.
     */
    @ServerResponseFilter
    public void explainRefusedForms(ContainerResponseContext response, ContainerRequestContext context, HttpServerRequest request) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE.contains(request.method().name())) {
            return;
        }
        Response answer;
        if (!isApi(request)) {
            answer = answer(request, Problem.of(400, "Form expired",
                    "This form could not be accepted: it is older than your session's form token, or it was not sent"
                            + " from this site. Open the page again and resend it."));
        } else if (isForm(context.getMediaType())) {
            answer = answer(request, Problem.of(415, "Unsupported Media Type",
                    "The API does not take forms; send the body in the type this operation documents (see /q/openapi)."));
        } else {
            return;
        }
        response.setStatus(answer.getStatus());
        response.setEntity(answer.getEntity(), new java.lang.annotation.Annotation[0], answer.getMediaType());
    }

    private static boolean changesAPage(HttpServerRequest request) {
        return !SAFE.contains(request.method().name()) && !isApi(request);
    }

    private static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }

    /**
     * Compared exactly as quarkus-rest-csrf compares (no wildcards, same case), so that nothing this filter lets
     * through as a form is skipped by the CSRF filter as a non-form.
     */
    private static boolean isForm(MediaType type) {
        return type != null && (same(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE) || same(type, MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static boolean same(MediaType type, MediaType form) {
        return form.getType().equals(type.getType()) && form.getSubtype().equals(type.getSubtype());
    }

    private Response answer(HttpServerRequest request, Problem problem) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/html")) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(errorPage.data("problem", problem).render()).build();
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(request.path())).build();
    }
}
