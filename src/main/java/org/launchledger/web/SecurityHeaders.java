package org.launchledger.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The security headers of every answer of the public port: pages, files, the API, errors,
 * /q/openapi, and the early answers of {@link HttpEdge}. Set at the Vert.x level just before the
 * headers go out, so no resource can forget them.
 *
 * <p>The Content-Security-Policy allows scripts, styles, images and fonts from this site only:
 * no inline script runs anywhere. Downloads with their scripts and styles inline (the offline pack,
 * the timeline SVG) are attachments: a browser saves them rather than render them, and the saved
 * file opens with no headers at all, so they need no policy of their own. Only {@code /embed/...}
 * may be framed, by any site. The one page with inline scripts is the Swagger UI's, which Quarkus
 * generates at build time: its scripts are allowed by their SHA-256 hashes, read from the page
 * itself once, on its first request, and its inline styles are allowed (it sets some as it draws).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The addresses other sites may frame. */
    public static final String EMBED_PREFIX = "/embed/";

    /** One year, in seconds: how long a browser keeps to HTTPS once it has seen the site over HTTPS. */
    static final long HSTS_MAX_AGE = 365L * 24 * 3600;

    /** What pages may use of the browser: no camera, microphone or position; full screen for the presentation. */
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)";

    /** The Swagger UI's page, whose inline scripts are allowed by hash. */
    /** The headers {@link #set} gives every answer, lower case: a kept copy of them would only be set again. */
    static final Set<String> ON_EVERY_ANSWER = Set.of("content-security-policy", "x-frame-options",
            "x-content-type-options", "referrer-policy", "permissions-policy", "strict-transport-security");

    static final Set<String> SWAGGER_UI_PAGES = Set.of("/q/swagger-ui/", "/q/swagger-ui/index.html");

    /** Marks the app's own request for the Swagger UI's page, which needs no hashes itself. */
    private static final String OWN_FETCH = "X-Launch-Ledger-Reads-Scripts";
    private static final Pattern INLINE_SCRIPT = Pattern.compile(
            "<script(?![^>]*\\bsrc\\s*=)[^>]*>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Logger LOG = Logger.getLogger(SecurityHeaders.class);

    /** The CSP sources of the Swagger UI's inline scripts, once read ('sha256-...'). */
    private final AtomicReference<Future<List<String>>> swaggerScripts = new AtomicReference<>();

    void install(@Observes Router router) {
        // With the very first handlers (as HttpEdge), so answers given before any resource carry the headers too.
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::arrive);
    }

    private void arrive(RoutingContext rc) {
        String path = rc.request().path() == null ? "" : rc.request().path();
        // The scheme the reader used: behind a proxy, its X-Forwarded-Proto once quarkus.http.proxy.* trusts it.
        boolean https = "https".equalsIgnoreCase(rc.request().scheme());
        HttpMethod method = rc.request().method();
        if (SWAGGER_UI_PAGES.contains(path) && (method == HttpMethod.GET || method == HttpMethod.HEAD)
                && !rc.request().headers().contains(OWN_FETCH)) {
            Context context = rc.vertx().getOrCreateContext();
            rc.request().pause();
            swaggerScripts(rc).onComplete(read -> context.runOnContext(v -> {
                // Unread, the page keeps the strict policy: the Swagger UI stays blank rather than open to inline code.
                List<String> hashes = read.succeeded() ? read.result() : null;
                rc.addHeadersEndHandler(e -> set(rc.response().headers(), false, https, hashes));
                rc.request().resume();
                rc.next();
            }));
            return;
        }
        rc.addHeadersEndHandler(v -> set(rc.response().headers(), path.startsWith(EMBED_PREFIX), https, null));
        rc.next();
    }

    /** The hashes of the Swagger UI page's inline scripts, fetched from this server on first use. */
    private Future<List<String>> swaggerScripts(RoutingContext rc) {
        Future<List<String>> known = swaggerScripts.get();
        if (known != null) {
            return known;
        }
        SocketAddress local = rc.request().localAddress();
        HttpClient client = rc.vertx().createHttpClient();
        Future<List<String>> read = client.request(HttpMethod.GET, local.port(), local.host(), rc.request().path())
                .compose(request -> request.putHeader(OWN_FETCH, "1").send())
                .compose(HttpClientResponse::body)
                .map(body -> scriptHashes(body.toString(StandardCharsets.UTF_8)))
                .eventually(() -> client.close());
        if (!swaggerScripts.compareAndSet(null, read)) {
            return swaggerScripts.get();
        }
        read.onFailure(e -> {
            LOG.warnf("The Swagger UI's scripts could not be read (%s); it answers with the strict policy", e.toString());
            swaggerScripts.set(null);
        });
        return read;
    }

    /** The CSP sources ('sha256-...', base64) of the inline scripts of an HTML page. */
    static List<String> scriptHashes(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher script = INLINE_SCRIPT.matcher(html);
        while (script.find()) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(script.group(1).getBytes(StandardCharsets.UTF_8));
                hashes.add("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
        return hashes;
    }

    /** The policy of every answer but the Swagger UI's and {@code /embed/...}'s, made once. */
    private static final String POLICY = policy(false, null);
    /** The policy of {@code /embed/...}, made once. */
    private static final String EMBED_POLICY = policy(true, null);

    /**
     * The Content-Security-Policy of an answer.
     *
     * @param embed whether the answer is for {@code /embed/...}: any site may frame it; no other may be framed
     * @param swaggerUi on the Swagger UI's page, the hashes of its inline scripts (CSP sources); null elsewhere
     */
    static String policy(boolean embed, List<String> swaggerUi) {
        String scriptSrc = swaggerUi == null ? "'self'" : ("'self' " + String.join(" ", swaggerUi)).strip();
        // Inline styles only on the Swagger UI: not ours, and it draws with style attributes.
        String styleSrc = swaggerUi == null ? "'self'" : "'self' 'unsafe-inline'";
        return "default-src 'self'; script-src " + scriptSrc + "; style-src " + styleSrc + ";"
                + " img-src 'self' data:; font-src 'self'; connect-src 'self';"
                + " object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors " + (embed ? "*" : "'none'");
    }

    // Names and values made once as ASCII byte strings (HttpHeaders.createOptimized): Vert.x copies those into the
    // answer in one piece, where it checks and writes a String character by character, which the answers kept in
    // memory spent a tenth of their time on (JFR under wrk, README, Performance).
    private static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CSP_POLICY = HttpHeaders.createOptimized(POLICY);
    private static final CharSequence CSP_EMBED_POLICY = HttpHeaders.createOptimized(EMBED_POLICY);
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence REFERRER = HttpHeaders.createOptimized("strict-origin-when-cross-origin");
    private static final CharSequence PERMISSIONS_POLICY = HttpHeaders.createOptimized("Permissions-Policy");
    private static final CharSequence PERMISSIONS_VALUE = HttpHeaders.createOptimized(PERMISSIONS);

    /** Puts the headers on an answer about to leave, replacing any of the same name. */
    static void set(MultiMap headers, boolean embed, boolean https, List<String> swaggerUi) {
        headers.set(CSP, swaggerUi != null ? policy(embed, swaggerUi) : embed ? CSP_EMBED_POLICY : CSP_POLICY);
        if (embed) {
            headers.remove(FRAME_OPTIONS);
        } else {
            // For browsers too old to read frame-ancestors.
            headers.set(FRAME_OPTIONS, DENY);
        }
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(REFERRER_POLICY, REFERRER);
        headers.set(PERMISSIONS_POLICY, PERMISSIONS_VALUE);
        if (https) {
            // Only over HTTPS: a browser ignores it over plain HTTP, and a site reached only by HTTP must not promise it.
            headers.set("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE);
        }
    }
}
