package org.launchledger.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Who may show our pages inside a frame: nobody, except on {@code /embed/...}, which exists to be
 * framed by any site. Set on every answer (pages, files, errors) at the Vert.x level, just before
 * the headers go out. The policy is one {@code Content-Security-Policy} directive today; a fuller
 * policy adds its directives to {@link #policy}.
 */
@ApplicationScoped
public class FrameHeaders {

    /** The addresses other sites may frame. */
    public static final String EMBED_PREFIX = "/embed/";

    void install(@Observes Router router) {
        // With the very first handlers (as HttpEdge), so answers given before any resource carry the headers too.
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::arrive);
    }

    private void arrive(RoutingContext rc) {
        String path = rc.request().path() == null ? "" : rc.request().path();
        rc.addHeadersEndHandler(v -> set(rc.response(), path.startsWith(EMBED_PREFIX)));
        rc.next();
    }

    /** The Content-Security-Policy of an answer: framing by any site on embeds, by none elsewhere. */
    static String policy(boolean embed) {
        return "frame-ancestors " + (embed ? "*" : "'none'");
    }

    private static void set(HttpServerResponse response, boolean embed) {
        response.headers().set("Content-Security-Policy", policy(embed));
        if (embed) {
            response.headers().remove("X-Frame-Options");
        } else {
            // For browsers too old to read frame-ancestors.
            response.headers().set("X-Frame-Options", "DENY");
        }
    }
}
