package org.launchledger.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.launchledger.history.RenamedSlug;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The one place that turns failures into answers: problem+json under /api and the operations
 * endpoints (and for clients that ask for JSON), a friendly HTML page everywhere else. No stack
 * trace ever reaches a user. Quarkus REST failures arrive through the mappers below; requests
 * answered at the Vert.x level, before any resource (see HttpEdge), come through {@link #send}.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final Pattern OPERATIONS = Pattern.compile("/q/(health|metrics|openapi|swagger-ui)([/.].*)?");

    /** A way on from an error page: the address and the words of the link. */
    public record Link(String href, String text) {
    }

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, Link link);
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        return respond(400, e.message(language()), e.parameter, null, uri, headers);
    }

    /** A renamed slug answers 301 to its new address, pages and API alike; anything else is a 404. */
    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        return RenamedSlug.currentSlug(e.kind, e.key)
                // A relative Location: never built from the Host header the client sent.
                .map(current -> Response.status(Response.Status.MOVED_PERMANENTLY)
                        .header("Location", renamed(uri, e.key, current).toString()).build())
                .orElseGet(() -> respond(404, Messages.text(language(), "errors.notfound", e.kind, e.key), null, null,
                        uri, headers));
    }

    /** The request's address with the path segment {@code oldSlug} replaced, its query kept. */
    private static URI renamed(UriInfo uri, String oldSlug, String newSlug) {
        UriBuilder builder = UriBuilder.fromPath("/");
        boolean replaced = false;
        for (PathSegment segment : uri.getPathSegments()) {
            boolean match = !replaced && segment.getPath().equals(oldSlug);
            builder.segment(match ? newSlug : segment.getPath());
            replaced |= match;
        }
        return builder.replaceQuery(uri.getRequestUri().getRawQuery()).build();
    }

    /** 404 naming the last page; its address is in the detail (problem+json) and a link (HTML). */
    @ServerExceptionMapper
    public Response pastTheEnd(PastTheEndProblem e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        String last = Links.of(uri).with("page", String.valueOf(e.lastPage));
        Language language = language();
        return respond(404, Messages.text(language, "errors.past-the-end", e.page, e.lastPage + 1, last), "page",
                new Link(last, Messages.text(language, "errors.last-page")), uri, headers);
    }

    /** A signed-in reader without the role a page needs: the app's 403 page, not an empty answer. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri,
                              jakarta.ws.rs.core.HttpHeaders headers) {
        return respond(403, Messages.text(language(), "errors.forbidden"), null, null, uri, headers);
    }

    /** A request body that broke rules: 422 with every violation, each naming its field. */
    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        Language language = language();
        List<Problem.FieldError> errors = e.violations.stream()
                .map(v -> new Problem.FieldError(v.field(), v.row(), v.message(language))).toList();
        Problem problem = new Problem("about:blank", title(422, language), 422,
                Messages.text(language, "contribute.invalid", errors.size()), uri.getPath(), null, errors);
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(Json.encode(problem)).build();
    }

    /**
     * A body that is not JSON, or not of the expected shape: 400, never a 500. Where reading failed
     * at a field (a value of the wrong type such as "expeditions": ["many"], a number too large, a
     * field the request does not take), {@code errors} names it as the rules of a 422 do. A string
     * holding U+0000 is a broken rule of its field: 422 (see {@link NulCharacter}).
     */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        JsonLocation where = e.getLocation();
        Language language = language();
        String detail = Messages.text(language, "contribute.malformed", where == null ? 0 : where.getLineNr(),
                where == null ? 0 : where.getColumnNr());
        String field = JsonFields.path(e);
        if (e instanceof NulCharacter.InJson) {
            // Well-formed and of the right type, but a rule no text may break: 422, as the rules after reading.
            return invalidInput(new InvalidInputException(
                    List.of(new InvalidInputException.Violation(field, NulCharacter.RULE))), uri);
        }
        if (field.isEmpty()) {
            return respond(400, detail, null, null, uri, headers);
        }
        InvalidInputException.Violation violation = e instanceof UnrecognizedPropertyException unknown
                ? new InvalidInputException.Violation(field, "unknown-field", JsonFields.known(unknown))
                : new InvalidInputException.Violation(field, "wrong-type", JsonFields.kind(JsonFields.target(e)));
        Problem problem = new Problem("about:blank", title(400, language), 400, detail, uri.getPath(), null,
                List.of(new Problem.FieldError(field, null, violation.message(language))));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(Json.encode(problem)).build();
    }

    /** A JSON value of the wrong type ("expeditions": "many"): Quarkus's own mapper would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri,
                                   jakarta.ws.rs.core.HttpHeaders headers) {
        return malformedJson(e, uri, headers);
    }

    /** A write that cannot apply to the record as it now stands: 409. */
    @ServerExceptionMapper
    public Response conflict(ConflictProblem e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        return respond(409, e.message(language()), null, null, uri, headers);
    }

    /** Hibernate noticed a concurrent write between our version check and the commit: 409 too. */
    @ServerExceptionMapper
    public Response concurrentWrite(jakarta.persistence.OptimisticLockException e, UriInfo uri,
                                    jakarta.ws.rs.core.HttpHeaders headers) {
        return respond(409, Messages.text(language(), "contribute.concurrent"), null, null, uri, headers);
    }

    /** An API write without credentials: 401 and a Basic challenge. */
    @ServerExceptionMapper
    public Response notSignedIn(NotSignedInProblem e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        Response response = respond(401, Messages.text(language(), "contribute.not-signed-in"), null, null, uri, headers);
        return Response.fromResponse(response).header("WWW-Authenticate", "Basic realm=\"Launch Ledger\"").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri, headers); // a number too large for its field arrives wrapped so
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(500, Messages.text(language(), "errors.server"), null, null, uri, headers);
        }
        String detail = status == 404 ? Messages.text(language(), "errors.nopage", uri.getPath())
                : title(status, language()) + ".";
        return respond(status, detail, null, null, uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        LOG.error("unexpected failure", e);
        return respond(500, Messages.text(language(), "errors.server"), null, null, uri, headers);
    }

    /**
     * A form post that quarkus-rest-csrf refused (its token field missing, or not the one of the
     * reader's cookie): that filter ends the request with an empty 400, which tells a reader nothing.
     * The answer names the field and what to do. The filter marks a request whose token it checked
     * ({@value #CSRF_VERIFIED}); a 400 on a form post without that mark is its refusal.
     */
    @ServerResponseFilter
    public void formTokenRefused(jakarta.ws.rs.container.ContainerRequestContext request,
                                 jakarta.ws.rs.container.ContainerResponseContext response, RoutingContext rc) {
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (response.getStatus() != 400 || response.hasEntity() || !form || rc.get(CSRF_VERIFIED) != null) {
            return;
        }
        Language language = language();
        Body body = body(400, Messages.text(language, "errors.form-token", CSRF_FIELD), CSRF_FIELD, null,
                request.getUriInfo().getPath(), request.getHeaderString("Accept"), language);
        response.setEntity(body.text(), null, MediaType.valueOf(body.type()));
    }

    /** Set by quarkus-rest-csrf on a request whose token it verified. */
    private static final String CSRF_VERIFIED = "csrf_token_verified";
    /** The form field that carries the token (quarkus.rest-csrf.form-field-name, default). */
    private static final String CSRF_FIELD = "csrf-token";

    /**
     * Answers a request at the Vert.x level (before or outside Quarkus REST) with the same page or
     * problem the mappers give, and ends it.
     */
    public static void send(RoutingContext rc, int status, String detailKey, Object... arguments) {
        String path = rc.request().path() == null ? "" : rc.request().path();
        Language language = RequestLanguage.of(rc.request());
        // Answered before Quarkus REST: the layout still needs the request's language and address.
        ManagedContext context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        Body body;
        try {
            Arc.container().instance(RequestLanguage.class).get().set(language, rc.request());
            body = body(status, Messages.text(language, detailKey, arguments), null, null, path,
                    rc.request().getHeader(HttpHeaders.ACCEPT), language);
        } finally {
            if (activated) {
                context.terminate();
            }
        }
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, body.type()).end(body.text());
    }

    /** The language of the request being answered (chosen by {@link LanguageFilters}). */
    private static Language language() {
        return MessageExtensions.current();
    }

    private static Response respond(int status, String detail, String parameter, Link link,
                                    UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        Body body = body(status, detail, parameter, link, uri.getPath(), headers.getHeaderString("Accept"), language());
        return Response.status(status).type(body.type()).entity(body.text()).build();
    }

    private record Body(String type, String text) {
    }

    private static Body body(int status, String detail, String parameter, Link link, String path, String accept,
                             Language language) {
        String title = title(status, language);
        if (wantsJson(path, accept)) {
            return new Body(Problem.MEDIA_TYPE,
                    Json.encode(new Problem("about:blank", title, status, detail, path, parameter)));
        }
        TemplateInstance page = Templates.error(status, title, detail, link);
        page.setLocale(language.locale);
        return new Body(HTML, page.render());
    }

    /** The operations endpoints (health, metrics, OpenAPI, Swagger UI): for machines, GET and HEAD only. */
    public static boolean isOperations(String path) {
        return path != null && OPERATIONS.matcher(path).matches();
    }

    /** "Method not allowed" / "Metodă nepermisă" for 405; a general word for a status without its own. */
    private static String title(int status, Language language) {
        String key = "errors.title." + status;
        return Messages.keys(language).contains(key) ? Messages.text(language, key)
                : Messages.text(language, "errors.title.other");
    }

    /**
     * JSON for the API and the operations endpoints, and for clients whose first choice is JSON.
     * Reads the Accept header leniently: a malformed one means HTML.
     */
    private static boolean wantsJson(String path, String accept) {
        if (path.equals("/api") || path.startsWith("/api/") || isOperations(path)) {
            return true;
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        String first = accept.split(",", 2)[0].split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("application/json") || first.startsWith("application/") && first.endsWith("+json");
    }
}
