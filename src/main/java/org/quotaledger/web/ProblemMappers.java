package org.quotaledger.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where failures become HTTP answers: {@code application/problem+json} (RFC 9457)
 * for the API, a finished-looking error page (or the login page) for the web pages. Never a stack
 * trace, a class name or SQL.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    @Location("error.html")
    Template errorPage;

    @Inject
    SignInRefusals refusals;

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpServerRequest request) {
        return answer(request, Problem.of(e.status(), e.title(), e.getMessage()).withErrors(e.errors()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.FieldError.field(fieldPath(v), FieldWords.message(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + " " + err.message()).collect(Collectors.joining("; "));
        return answer(request, Problem.of(400, "Invalid request", detail).withErrors(errors));
    }

    // MismatchedInputException is named as well: quarkus-rest-jackson has its own mapper for it (wrong types,
    // unknown fields, an array for an object), which would otherwise win and answer application/json or no body.
    @ServerExceptionMapper(value = {JsonProcessingException.class, MismatchedInputException.class},
            priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                // Refused while Jackson was reading (a chunked body over the limit): that refusal, not a JSON error.
                return domain(domain, request);
            }
        }
        Problem problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            String path = jsonPath(unknown);
            problem = Problem.of(400, "Unknown field", "The field \"" + path + "\" is not part of this document. Known fields here: "
                            + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ".")
                    .withErrors(List.of(Problem.FieldError.field(path, "is not a known field")));
        } else if (e instanceof InvalidFormatException bad && bad.getTargetType() == String.class && bad.getValue() instanceof String) {
            // Text refused for what it holds (StrictJson.TextReader); a number or a boolean where text belongs is a
            // refused coercion, and a wrong type below.
            String path = jsonPath(bad);
            problem = Problem.of(400, "Invalid text", "The value of \"" + path + "\" " + StrictJson.TextReader.NO_NUL + ".")
                    .withErrors(List.of(Problem.FieldError.field(path, StrictJson.TextReader.NO_NUL)));
        } else if (e instanceof InvalidFormatException bad) {
            String path = jsonPath(bad);
            String expected = bad.getTargetType() == null ? "another type" : describe(bad.getTargetType());
            problem = Problem.of(400, "Wrong type", "The value " + abbreviate(bad.getValue()) + " of \"" + path + "\" is not " + expected + ".")
                    .withErrors(List.of(Problem.FieldError.field(path, "must be " + expected)));
        } else if (e instanceof MismatchedInputException mismatch) {
            String path = jsonPath(mismatch);
            String expected = mismatch.getTargetType() == null ? "another type" : describe(mismatch.getTargetType());
            problem = Problem.of(400, "Wrong type", path.isEmpty()
                            ? "The request body is not the expected JSON document."
                            : "The value of \"" + path + "\" must be " + expected + ".")
                    .withErrors(path.isEmpty() ? List.of() : List.of(Problem.FieldError.field(path, "must be " + expected)));
        } else if (e instanceof JsonParseException parse) {
            var at = parse.getLocation();
            problem = Problem.of(400, "Malformed JSON", "The request body is not valid JSON"
                    + (at == null ? "." : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")."));
        } else if (e instanceof JsonMappingException mapping) {
            problem = Problem.of(400, "Invalid JSON value", "The value of \"" + jsonPath(mapping) + "\" cannot be read: "
                    + mapping.getOriginalMessage());
        } else {
            problem = Problem.of(400, "Malformed JSON", "The request body is not valid JSON.");
        }
        return answer(request, problem);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        if (DatabaseFailure.unavailable(e)) {
            // Signing in reads the user from the database: a database outage is not a wrong password.
            return unavailable(e, request);
        }
        Response refused = e.getCause() == null ? null : refusals.answer(e.getCause(), request);
        if (refused != null) {
            return refused;
        }
        if (!isApi(request)) {
            // A wrong password in the login form comes back to the form, saying so.
            return Response.seeOther(URI.create(request.path().endsWith("/j_security_check") ? "/login?error=true" : "/login")).build();
        }
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Quota Ledger\", Bearer realm=\"Quota Ledger\"")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "Authentication required",
                        "Send a valid API token (Authorization: Bearer ql_...), or the credentials of a Quota Ledger user"
                                + " with HTTP Basic authentication."))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return answer(request, Problem.of(403, "Forbidden", "Your role does not allow this."));
    }

    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        // Services translate the constraints they expect; this is the net for the ones they did not.
        // The first line only: PostgreSQL's detail quotes the refused values, which may be a person's name or e-mail.
        LOG.warnf("Database constraint %s refused a change: %s", e.getConstraintName(), DatabaseFailure.describe(e));
        return answer(request, Problem.of(409, "Conflicts with existing data",
                "The change conflicts with existing records (" + e.getConstraintName() + ")."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader wraps syntax errors (malformed JSON) in a plain 400.
            return json(json, request);
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        String title = status == 413 ? (isApi(request) ? "Request too large" : "Too much text in the form")
                : Response.Status.fromStatusCode(status) == null ? "Request refused"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path() + ".";
            case 405 -> "The method " + request.method() + " is not allowed on " + request.path() + ".";
            case 415 -> "This endpoint does not accept the content type " + request.getHeader("Content-Type") + ".";
            case 406 -> "This endpoint cannot answer in the requested media type.";
            // The form parser's refusal of a field past quarkus.http.limits.max-form-attribute-size: far longer than
            // any field of any form, so pasted by mistake; what was typed is still in the browser's form.
            case 413 -> isApi(request) ? "The request body, or one of its fields, is larger than this endpoint accepts. Nothing was changed."
                    : "One of the fields is far longer than any form here accepts, so nothing was read and nothing was changed."
                    + " Go back to the form (your browser keeps what you typed), shorten the longest field and send it again.";
            default -> e.getMessage();
        };
        return answer(request, Problem.of(status, title, detail));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseFailure.unavailable(e)) {
            return unavailable(e, request);
        }
        if (DatabaseFailure.refusedValue(e)) {
            // Input that passed validation but not PostgreSQL's types (a value out of a column's range, say).
            LOG.warnf("The database refused a value on %s %s: %s", request.method(), request.path(), DatabaseFailure.describe(e));
            return answer(request, Problem.of(400, "Invalid value", "A value in the request cannot be stored: "
                    + DatabaseFailure.describe(e) + "."));
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s %s", id, request.method(), request.path());
        return answer(request, Problem.of(500, "Internal error",
                "Something went wrong on our side. Quote error id " + id + " to your administrator."));
    }

    /** The database cannot be reached (restarting, failed over, out of connections): try again shortly, not a bug. */
    private Response unavailable(Throwable e, HttpServerRequest request) {
        LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), DatabaseFailure.describe(e));
        Response problem = answer(request, Problem.of(503, "Database unavailable",
                "The database cannot be reached just now. Nothing was changed; try again in a few seconds."));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, DatabaseFailure.RETRY_AFTER_SECONDS).build();
    }

    private Response answer(HttpServerRequest request, Problem problem) {
        if (!isApi(request) && acceptsHtml(request)) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(errorPage.data("problem", problem).data("back", back(request)).render()).build();
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(request.path())).build();
    }

    /**
     * The page a refused form came from, to offer as the way back: the Referer's path when it is one of ours (the
     * browser sends it for a form posted from our own page), else none.
     */
    static String back(HttpServerRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || "GET".equals(request.method().name())) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            String host = request.authority() == null ? null : request.authority().host();
            if (from.getHost() != null && !from.getHost().equalsIgnoreCase(host)) {
                return null;
            }
            String path = from.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }

    private static boolean acceptsHtml(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static String fieldPath(ConstraintViolation<?> v) {
        // "file.arg1.quotas[0].period" -> "quotas[0].period": the method and parameter are noise to a client.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        if (parts.length == 3) {
            return parts[2];
        }
        return parts.length == 2 ? "body" : path;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    /** A refused value as the answer quotes it: never at length, so a huge input is not echoed back. */
    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 100 ? text : text.substring(0, 100) + "… (" + text.length() + " characters)";
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "Integer", "int", "Long", "long", "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> StrictJson.DATE_RANGE.substring("must be ".length());
            case "Instant" -> "an ISO-8601 instant (2026-03-02T09:00:00Z) between " + StrictJson.EARLIEST + " and " + StrictJson.LATEST;
            case "Duration" -> "an ISO-8601 duration (PT1H, PT15M)";
            case "String" -> "a string";
            case "List", "ArrayList", "Set" -> "a JSON array";
            default -> "a JSON object";
        };
    }
}
