package org.launchledger.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The security headers of every answer of the public port: pages, files, the API, errors,
 * /q/openapi, and the early answers of {@link HttpEdge}. Set at the Vert.x level just before the
 * headers go out, so no resource can forget them.
 *
 * <p>The Content-Security-Policy allows scripts, styles, images and fonts from this site only:
 * no inline script runs anywhere. Downloads with their scripts and styles inline (the offline pack,
 * the timeline SVG) are attachments: a browser saves them rather than render them, and the saved
 * file opens with no headers at all, so they need no policy of their own. Only {@code /embed/...}
 * may be framed, by any site.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The addresses other sites may frame. */
    public static final String EMBED_PREFIX = "/embed/";

    /** One year, in seconds: how long a browser keeps to HTTPS once it has seen the site over HTTPS. */
    static final long HSTS_MAX_AGE = 365L * 24 * 3600;

    /** What pages may use of the browser: no camera, microphone or position; full screen for the presentation. */
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)";

    void install(@Observes Router router) {
        // With the very first handlers (as HttpEdge), so answers given before any resource carry the headers too.
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::arrive);
    }

    private void arrive(RoutingContext rc) {
        String path = rc.request().path() == null ? "" : rc.request().path();
        // The scheme the reader used: behind a proxy, its X-Forwarded-Proto once quarkus.http.proxy.* trusts it.
        boolean https = "https".equalsIgnoreCase(rc.request().scheme());
        rc.addHeadersEndHandler(v -> set(rc.response().headers(), path.startsWith(EMBED_PREFIX), https));
        rc.next();
    }

    /**
     * The Content-Security-Policy of an answer.
     *
     * @param embed whether the answer is for {@code /embed/...}: any site may frame it; no other may be framed
     */
    static String policy(boolean embed) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
                + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors " + (embed ? "*" : "'none'");
    }

    /** Puts the headers on an answer about to leave, replacing any of the same name. */
    static void set(MultiMap headers, boolean embed, boolean https) {
        headers.set("Content-Security-Policy", policy(embed));
        if (embed) {
            headers.remove("X-Frame-Options");
        } else {
            // For browsers too old to read frame-ancestors.
            headers.set("X-Frame-Options", "DENY");
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", PERMISSIONS);
        if (https) {
            // Only over HTTPS: a browser ignores it over plain HTTP, and a site reached only by HTTP must not promise it.
            headers.set("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE);
        }
    }
}
