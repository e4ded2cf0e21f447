package org.launchledger.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.launchledger.history.RenamedSlug;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns failures into answers: problem+json under /api (and for clients that
 * ask for JSON), a friendly HTML page everywhere else. No stack trace ever reaches a user.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e, UriInfo uri, HttpHeaders headers) {
        return respond(400, "Bad request", e.getMessage(), e.parameter, uri, headers);
    }

    /** A renamed slug answers 301 to its new address, pages and API alike; anything else is a 404. */
    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri, HttpHeaders headers) {
        return RenamedSlug.currentSlug(e.kind, e.key)
                .map(current -> Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(renamed(uri, e.key, current)).build())
                .orElseGet(() -> respond(404, "Not found", e.getMessage(), null, uri, headers));
    }

    /** The request's address with the path segment {@code oldSlug} replaced, its query kept. */
    private static URI renamed(UriInfo uri, String oldSlug, String newSlug) {
        UriBuilder builder = UriBuilder.fromUri(uri.getRequestUri()).replacePath("");
        boolean replaced = false;
        for (PathSegment segment : uri.getPathSegments()) {
            boolean match = !replaced && segment.getPath().equals(oldSlug);
            builder.segment(match ? newSlug : segment.getPath());
            replaced |= match;
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(500, "Server error", "Something went wrong on our side. Please try again later.",
                    null, uri, headers);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String phrase = known == null ? "Error" : known.getReasonPhrase();
        String title = phrase.charAt(0) + phrase.substring(1).toLowerCase(Locale.ROOT);
        String detail = status == 404 ? "There is no page at " + uri.getPath() + "." : title + ".";
        return respond(status, title, detail, null, uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        LOG.error("unexpected failure", e);
        return respond(500, "Server error", "Something went wrong on our side. Please try again later.",
                null, uri, headers);
    }

    private static Response respond(int status, String title, String detail, String parameter, UriInfo uri,
                                    HttpHeaders headers) {
        if (wantsJson(uri, headers)) {
            Problem problem = new Problem("about:blank", title, status, detail, uri.getPath(), parameter);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail).render()).build();
    }

    private static boolean wantsJson(UriInfo uri, HttpHeaders headers) {
        if (uri.getPath().startsWith("/api/") || uri.getPath().equals("/api")) {
            return true;
        }
        try {
            return headers.getAcceptableMediaTypes().stream().findFirst()
                    .map(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType())
                    .orElse(false);
        } catch (IllegalArgumentException malformedAcceptHeader) {
            return false;
        }
    }
}
