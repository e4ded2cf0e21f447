package org.launchledger.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What every request meets first, at the Vert.x level, before any resource: lenient reading of
 * Accept-* weights, GET and HEAD only on the operations endpoints, UTF-8 named on every text
 * response, a long cache life for the favicon and a year for a static file asked for at its current
 * version ({@link Assets}), and the app's own 400 for requests that Vert.x
 * refuses itself (a broken %-escape, no Host header) instead of the framework's empty or JSON reply.
 */
@ApplicationScoped
public class HttpEdge {

    /** With the very first handlers: before the body handler and form authentication, which would refuse a broken address with a bare 400. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_HEADERS;

    private static final List<String> WEIGHTED = List.of("Accept", "Accept-Language", "Accept-Encoding",
            "Accept-Charset");
    private static final Pattern QUALITY = Pattern.compile("(?i)q=(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    /** Thirty days, in seconds. */
    private static final int FAVICON_MAX_AGE = 30 * 24 * 3600;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::arrive);
        router.route().order(ORDER).failureHandler(HttpEdge::refused);
    }

    private void arrive(RoutingContext rc) {
        // Quarkus's own check of the address is off (see Main): the same check, with our own answer.
        try {
            new URI(rc.request().uri());
        } catch (URISyntaxException e) {
            if (BROKEN_ESCAPE.matcher(rc.request().uri()).find()) {
                ErrorResponses.send(rc, 400, "errors.broken-escape");
            } else {
                ErrorResponses.send(rc, 400, "errors.invalid-uri", e.getIndex() + 1);
            }
            return;
        }
        // U+0000 in an address's path is never a slug: refused here, before it reaches a database
        // (PostgreSQL refuses it in text with an error of its own). Query values are checked by name
        // (QueryCheck), bodies field by field (NulCharacter).
        String rawPath = rc.request().uri().split("\\?", 2)[0];
        if (rawPath.contains("%00")) {
            ErrorResponses.send(rc, 400, "errors.nul-character");
            return;
        }
        MultiMap headers = rc.request().headers();
        for (String name : WEIGHTED) {
            List<String> values = headers.getAll(name);
            if (!values.isEmpty()) {
                String sent = String.join(",", values);
                String kept = withoutBadWeights(sent);
                if (!kept.equals(sent)) {
                    headers.set(name, kept);
                }
            }
        }
        HttpMethod method = rc.request().method();
        String path = rc.request().path();
        if (ErrorResponses.isOperations(path) && method != HttpMethod.GET && method != HttpMethod.HEAD) {
            rc.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD");
            ErrorResponses.send(rc, 405, "errors.get-and-head-only", path, method.name());
            return;
        }
        String version = rc.request().getParam(Assets.PARAMETER);
        rc.addHeadersEndHandler(v -> beforeHeaders(rc.response(), path, version));
        rc.next();
    }

    /**
     * An Accept-style header without the weights that are not RFC 9110 q-values ("q=abc"): the
     * range they weighed stays, at the default weight, so a malformed weight never costs a page.
     */
    static String withoutBadWeights(String header) {
        return Arrays.stream(header.split(","))
                .map(element -> Arrays.stream(element.split(";"))
                        .filter(param -> !param.strip().toLowerCase(Locale.ROOT).startsWith("q=")
                                || QUALITY.matcher(param.strip()).matches())
                        .collect(Collectors.joining(";")))
                // An element with no range before its parameters (",q=", ";;") names nothing: drop it.
                .filter(element -> {
                    String range = element.split(";", 2)[0].strip();
                    return !range.isEmpty() && !range.contains("=");
                })
                .collect(Collectors.joining(","));
    }

    private static void beforeHeaders(HttpServerResponse response, String path, String version) {
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.regionMatches(true, 0, "text/", 0, 5)
                && !type.toLowerCase(Locale.ROOT).contains("charset=")) {
            response.headers().set(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8");
        }
        int status = response.getStatusCode();
        if (path.startsWith("/favicon.") && status == 200) {
            response.headers().set(HttpHeaders.CACHE_CONTROL, "public, max-age=" + FAVICON_MAX_AGE);
        }
        // Only a static file's answer: a page's Cache-Control (PageCache's no-cache) is its own.
        String cacheControl = response.headers().get(HttpHeaders.CACHE_CONTROL);
        boolean versionMatters = version != null
                || (cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("immutable"));
        if ((status == 200 || status == 304) && versionMatters && Assets.version(path).isPresent()) {
            String kept = Assets.cacheControl(path, version, cacheControl);
            if (kept != null) {
                response.headers().set(HttpHeaders.CACHE_CONTROL, kept);
            }
        }
    }

    /** Client errors raised by Vert.x itself get the app's own 400 page or problem; anything else goes on. */
    private static void refused(RoutingContext rc) {
        int status = rc.statusCode();
        if (status < 400 || status >= 500 || rc.response().headWritten()) {
            rc.next();
            return;
        }
        ErrorResponses.send(rc, status, reason(rc));
    }

    private static String reason(RoutingContext rc) {
        if (rc.request().host() == null && rc.request().version() != HttpVersion.HTTP_1_0) {
            return "errors.no-host";
        }
        String uri = rc.request().uri() == null ? "" : rc.request().uri();
        if (BROKEN_ESCAPE.matcher(uri).find()) {
            return "errors.broken-escape";
        }
        return "errors.unreadable";
    }
}
