package org.launchledger.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.netty.buffer.Unpooled;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.launchledger.history.DataVersion;

/**
 * Rendered pages and public JSON answers, kept for readers without an account: a GET by a reader
 * who sends no credentials and no cookie but the language's is answered from memory when the same
 * address (as sent, with the host it was sent to) was drawn before in the same language, for the
 * same data version and the same minute of the clock. A change to the history (a new
 * {@link DataVersion}) makes new keys at once, and the old pages are dropped. Whatever is per
 * reader (a signed-in account, a one-time flash, a form's CSRF token) never reaches this cache:
 * those requests carry a cookie or credentials, and the pages that hand out a token are left out.
 *
 * <p>Every answer it handles carries a weak ETag made from its key, so a reader who sends it back
 * in {@code If-None-Match} gets 304 without the page being drawn, and {@code Cache-Control:
 * no-cache}, so browsers ask again after every change. Each page is kept as it is and gzipped,
 * so compressing costs nothing on a hit. A request with {@code Cache-Control: no-cache} (a browser's
 * hard reload; the tests that count a page's statements) passes by the cache altogether.
 */
@ApplicationScoped
public class PageCache {

    /** The minute of the clock, in the key: anything shown to the minute changes no later than that. */
    private static final ChronoUnit CLOCK_STEP = ChronoUnit.MINUTES;
    private static final String KEY = PageCache.class.getName() + ".key";
    private static final String HIT = PageCache.class.getName() + ".hit";
    private static final String DRAWER = PageCache.class.getName() + ".drawer";
    /** How long a request waits for the same page drawn by another before drawing it itself (seconds). */
    private static final long DRAW_WAIT_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(PageCache.class);
    private static final String GZIP = "gzip";
    private static final CharSequence GZIP_VALUE = optimized(GZIP);
    /** After Quarkus's body handler and the first handlers (HttpEdge, SecurityHeaders), before authentication and Quarkus REST. */
    private static final int FAST_ORDER = RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1;
    /** Where Quarkus REST leaves the matched route's template, which the HTTP metrics label timings with. */
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";
    /** Headers of one exchange, never replayed from a kept page. */
    private static final Set<String> PER_EXCHANGE = Set.of("set-cookie", "date", "content-length",
            "content-encoding", "transfer-encoding", "connection", "keep-alive");

    /**
     * What a cached answer depends on: the history's version, the clock's minute, the language,
     * and the address as the reader sent it (scheme and host too, since pages name this site).
     */
    record Key(long version, Instant minute, Language language, String address) {

        /** A weak validator: the same key always draws the same page, gzipped or not. */
        String etag() {
            return "W/\"" + version + "-" + minute.getEpochSecond() / 60 + "-" + language.tag() + "-"
                    + Integer.toHexString(address.hashCode()) + "\"";
        }
    }

    /**
     * One answer: its type and download name, its bytes as drawn and gzipped. Once it has been sent
     * by the resource, also the headers it went out with and its route template (for the HTTP
     * metrics): from then on {@link #serve} answers it without the resource.
     */
    static final class Page {

        final String type;
        final String disposition;
        final byte[] plain;
        final byte[] gzipped;
        private final Buffer plainBuffer;
        private final Buffer gzippedBuffer;
        /**
         * The headers of the answer as first sent, but those of one exchange (cookies, length, encoding, date), as
         * ASCII byte strings where they are ASCII ({@link #optimized}).
         */
        private volatile Map<CharSequence, List<CharSequence>> headers;
        private volatile Object routeTemplate;

        Page(String type, String disposition, byte[] plain, byte[] gzipped) {
            this.type = type;
            this.disposition = disposition;
            this.plain = plain;
            this.gzipped = gzipped;
            // Wrapped, not copied: Vert.x writes a slice of it, never releasing the bytes, so one page weighs its bytes once.
            this.plainBuffer = Buffer.buffer(Unpooled.wrappedBuffer(plain));
            this.gzippedBuffer = Buffer.buffer(Unpooled.wrappedBuffer(gzipped));
        }

        int weight() {
            return plain.length + gzipped.length;
        }

        Response response(boolean gzip) {
            Response.ResponseBuilder answer = Response.ok(gzip ? gzipped : plain).type(type);
            if (disposition != null) {
                answer.header("Content-Disposition", disposition);
            }
            return answer.build();
        }
    }

    @Inject
    Clock clock;

    @Inject
    RequestLanguage language;

    @Inject
    ObjectMapper json;


    /** The pages that set a CSRF cookie: every reader gets a token of their own there. */
    @ConfigProperty(name = "quarkus.rest-csrf.create-token-path")
    Optional<Set<String>> tokenPages;

    private final Cache<Key, Page> pages;

    /**
     * Pages being drawn, by key, until they are kept (or turn out not to be keepable). A request that
     * misses while the same page is being drawn waits for that drawing instead of starting its own:
     * at a new minute or data version every reader of a busy page misses at once, and thirty-two
     * drawings side by side of the same page held the 2-core benchmark machine for half a second.
     */
    private final Map<Key, CompletableFuture<Page>> drawing = new ConcurrentHashMap<>();

    private final AtomicLong servedEarly = new AtomicLong();

    /** How many pages were drawn by the resource and kept, for tests. */
    private final AtomicLong drawn = new AtomicLong();

    /** How many pages have had their headers kept, so {@link #serve} can answer them: for tests. */
    private final AtomicLong remembered = new AtomicLong();

    /** The newest data version seen: a newer one empties the cache, whose pages are then all outdated. */
    private volatile long newestVersion = -1;

    PageCache(@ConfigProperty(name = "ledger.page-cache.size") MemorySize size) {
        pages = Caffeine.newBuilder().maximumWeight(size.asLongValue())
                .weigher((Key key, Page page) -> page.weight()).build();
    }

    /** Before the resource: 304 when the reader's copy is current, the kept page when there is one. */
    @ServerRequestFilter
    public Response lookup(ContainerRequestContext request, RoutingContext rc) {
        HttpServerRequest http = rc.request();
        if (!HttpMethod.GET.equals(request.getMethod()) || !cacheable(http)) {
            return null;
        }
        Key key = key(DataVersion.committed(), language.get(), http);
        request.setProperty(KEY, key);
        rc.put(KEY, key);
        String sent = http.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (sent != null && matches(sent, key.etag())) {
            request.setProperty(HIT, true);
            return Response.notModified().build();
        }
        Page page = pages.getIfPresent(key);
        if (page == null) {
            page = drawnByAnother(key, request, rc);
        }
        if (page == null) {
            return null;
        }
        request.setProperty(HIT, true);
        return page.response(gzipped(rc));
    }

    /**
     * The page as drawn for another request that missed the same key first, once it is kept; null
     * when this request is the first (it draws the page, and {@link #keep} hands it to the others),
     * when that drawing gives nothing to keep, or after {@value #DRAW_WAIT_SECONDS} s: then this
     * request draws the page itself. Never waits on an event-loop thread.
     */
    private Page drawnByAnother(Key key, ContainerRequestContext request, RoutingContext rc) {
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> other = drawing.putIfAbsent(key, mine);
        if (other == null) {
            // A drawing may have been kept and ended between this request's miss and now: the page is kept before
            // its drawing ends (keep), so looking again here finds it, where drawing it again would be a second drawing.
            Page kept = pages.getIfPresent(key);
            if (kept != null) {
                finish(key, mine, kept);
                return kept;
            }
            request.setProperty(DRAWER, mine);
            // However the request ends (an error, a page not kept, a closed connection), the others stop waiting.
            rc.addEndHandler(ended -> finish(key, mine, null));
            return null;
        }
        if (Context.isOnEventLoopThread()) {
            return null;
        }
        try {
            return other.get(DRAW_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Ends a drawing: those waiting for it get the page (null: nothing was kept, each draws its own). */
    private void finish(Key key, CompletableFuture<Page> drawer, Page page) {
        drawing.remove(key, drawer);
        drawer.complete(page);
    }

    /**
     * After the resource: keeps a page drawn for a cacheable request, and labels every such answer.
     * Response filters run from the highest priority down: this one must see the page before
     * quarkus-rest-qute's filter (at {@link Priorities#USER}) turns it into an asynchronous rendering.
     */
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void keep(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc,
                     ResourceInfo resource) {
        if (!(request.getProperty(KEY) instanceof Key key)) {
            return;
        }
        boolean served = request.getProperty(HIT) != null;
        if (!served && response.getStatus() != 200) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, key.etag());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.getHeaders().add(HttpHeaders.VARY, "Accept-Encoding");
        if (served || setsOtherCookies(response)) {
            return;
        }
        Page page = page(response, type(response, resource), key.language());
        if (page == null) {
            return;
        }
        pages.put(key, page);
        drawn.incrementAndGet();
        CompletableFuture<Page> mine = drawing.get(key);
        if (mine != null && mine == request.getProperty(DRAWER)) {
            finish(key, mine, page);
        }
        // Once sent: only then does the response carry every header the pipeline adds.
        rc.addBodyEndHandler(v -> {
            if (remember(page, rc)) {
                remembered.incrementAndGet();
            }
        });
        response.setEntity(gzipped(rc) ? page.gzipped : page.plain, new Annotation[0], MediaType.valueOf(page.type));
    }

    /** How many pages the resource drew and this cache kept, for tests. */
    long drawn() {
        return drawn.get();
    }

    /** How many answers {@link #serve} gave from memory (200 or 304), for tests. */
    long servedEarly() {
        return servedEarly.get();
    }

    /**
     * How many pages {@link #serve} can answer from memory, for tests. A page becomes servable only
     * once its first answer has been written, which can be after the reader already has the bytes:
     * a request sent in between goes to the resource, as it should, and gets the same answer.
     */
    long remembered() {
        return remembered.get();
    }

    /** How many answers are kept, for tests. */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /**
     * With the first handlers, before Quarkus REST: a page already sent once for the same key is
     * answered from memory on the event loop, with the headers it first went out with, for the
     * committed data version: known in memory when only this process writes the database
     * ({@link DataVersion#known()}), else read on a worker thread (so a change through any instance
     * is seen at once, and the event loop never waits on the database). Anything else, and a request whose {@code ?lang=} must set the cookie, goes on to
     * the resource (and to {@link #lookup}).
     */
    void install(@Observes Router router) {
        router.route().order(FAST_ORDER).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        HttpServerRequest http = rc.request();
        if (http.method() != io.vertx.core.http.HttpMethod.GET || pages.estimatedSize() == 0 || !cacheable(http)
                || RequestLanguage.queryChoice(http)) {
            rc.next();
            return;
        }
        Language chosen = RequestLanguage.of(http);
        OptionalLong known = DataVersion.known();
        if (known.isPresent()) {
            answer(rc, key(known.getAsLong(), chosen, http));
            return;
        }
        Context context = Vertx.currentContext();
        // Quarkus REST reads the request to its end itself: held until the handlers after this one are there to see it.
        http.pause();
        context.<Long>executeBlocking(DataVersion::committed, false).onComplete(read -> {
            http.resume();
            answer(rc, read.succeeded() ? key(read.result(), chosen, http) : null);
        });
    }

    /** Sends the page kept under the key (null: none) from memory, or passes the request on to the resource. */
    private void answer(RoutingContext rc, Key key) {
        Page page = key == null ? null : pages.getIfPresent(key);
        if (page == null || page.headers == null) {
            rc.next();
            return;
        }
        try {
            send(rc, key, page);
            servedEarly.incrementAndGet();
        } catch (RuntimeException e) {
            // Whatever the kept answer cannot give, the resource still can: it starts from clean headers.
            LOG.warnf("A kept page could not be sent from memory (%s); it goes to the resource", e.toString());
            rc.response().headers().clear();
            rc.next();
        }
    }

    private static void send(RoutingContext rc, Key key, Page page) {
        HttpServerResponse response = rc.response();
        page.headers.forEach((name, values) -> response.headers().set(name, values));
        if (page.routeTemplate != null) {
            Vertx.currentContext().putLocal(ROUTE_TEMPLATE, page.routeTemplate);
        }
        String sent = rc.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (sent != null && matches(sent, key.etag())) {
            response.headers().remove(HttpHeaders.CONTENT_TYPE).remove("Content-Disposition");
            response.setStatusCode(304).end();
            return;
        }
        if (acceptsGzip(rc.request())) {
            response.putHeader(io.vertx.core.http.HttpHeaders.CONTENT_ENCODING, GZIP_VALUE).end(page.gzippedBuffer);
        } else {
            response.end(page.plainBuffer);
        }
    }

    /**
     * Keeps the headers a kept page first went out with, and its route template, for {@link #serve}.
     *
     * @return whether the page has become servable from memory by this call
     */
    private static boolean remember(Page page, RoutingContext rc) {
        if (page.headers != null || rc.response().getStatusCode() != 200) {
            return false;
        }
        Map<CharSequence, List<CharSequence>> kept = new LinkedHashMap<>();
        for (String name : rc.response().headers().names()) {
            // HTTP/2 answers carry pseudo-headers (":status"), which are the protocol's, never a header to set.
            // SecurityHeaders sets its own on every answer, this one too: kept, they would be set (and checked) twice.
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.startsWith(":") && !PER_EXCHANGE.contains(lower) && !SecurityHeaders.ON_EVERY_ANSWER.contains(lower)) {
                List<CharSequence> values = new ArrayList<>();
                for (String value : rc.response().headers().getAll(name)) {
                    values.add(optimized(value));
                }
                kept.put(optimized(name), List.copyOf(values));
            }
        }
        page.routeTemplate = Vertx.currentContext() == null ? null : Vertx.currentContext().getLocal(ROUTE_TEMPLATE);
        page.headers = Map.copyOf(kept);
        return true;
    }

    /**
     * The text as an ASCII byte string if it is ASCII, else itself: Vert.x copies such a header into the answer in
     * one piece instead of checking and writing it character by character (a tenth of a kept page's time, JFR under
     * wrk). A header with other characters keeps them as Vert.x writes them.
     */
    static CharSequence optimized(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return text;
            }
        }
        return io.vertx.core.http.HttpHeaders.createOptimized(text);
    }

    /** A GET by a reader the server knows nothing about, to a page that is the same for everyone. */
    private boolean cacheable(HttpServerRequest http) {
        if (http.getHeader(HttpHeaders.AUTHORIZATION) != null || freshWanted(http)) {
            return false;
        }
        for (Cookie cookie : http.cookies()) {
            if (!cookie.getName().equals(Language.PARAMETER)) {
                return false;
            }
        }
        return tokenPages.map(paths -> !paths.contains(http.path())).orElse(false);
    }

    private Key key(long version, Language language, HttpServerRequest http) {
        if (version > newestVersion) {
            newestVersion = version;
            pages.invalidateAll();
        }
        return new Key(version, clock.instant().truncatedTo(CLOCK_STEP), language, http.absoluteURI());
    }

    /** The answer as bytes, when it is a page, text or JSON; null for anything else (it is not kept). */
    private Page page(ContainerResponseContext response, MediaType type, Language language) {
        Object entity = response.getEntity();
        if (type == null) {
            return null;
        }
        byte[] plain;
        if (entity instanceof TemplateInstance template) {
            plain = template.setLocale(language.locale).render().getBytes(StandardCharsets.UTF_8);
        } else if (entity instanceof String text) {
            plain = text.getBytes(StandardCharsets.UTF_8);
        } else if (entity != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            try {
                plain = json.writeValueAsBytes(entity);
            } catch (JsonProcessingException e) {
                return null;
            }
        } else {
            return null;
        }
        String typeText = type.getParameters().containsKey("charset") || !isText(type)
                ? type.toString() : type.withCharset("UTF-8").toString();
        Object disposition = response.getHeaders().getFirst("Content-Disposition");
        return new Page(typeText, disposition == null ? null : disposition.toString(), plain, gzip(plain));
    }

    /**
     * The answer's media type. Before the writer is chosen, a response built without one has none
     * yet: then a template's own (from its file's suffix), or the one type the method produces.
     */
    private static MediaType type(ContainerResponseContext response, ResourceInfo resource) {
        if (response.getMediaType() != null) {
            return response.getMediaType();
        }
        if (response.getEntity() instanceof TemplateInstance template) {
            Optional<Variant> variant = template.getTemplate().getVariant();
            if (variant.isPresent() && variant.get().getContentType() != null) {
                return MediaType.valueOf(variant.get().getContentType());
            }
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        Produces produces = method == null ? null : method.getAnnotation(Produces.class);
        return produces != null && produces.value().length == 1 ? MediaType.valueOf(produces.value()[0]) : null;
    }

    private static boolean isText(MediaType type) {
        return type.getType().equals("text") || type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    private static boolean setsOtherCookies(ContainerResponseContext response) {
        List<Object> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        return cookies != null && cookies.stream()
                .anyMatch(cookie -> !cookie.toString().startsWith(Language.PARAMETER + "="));
    }

    /** Whether {@code If-None-Match} names this ETag (weak comparison, as RFC 9110 asks for it) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the answer goes gzipped; if so, labels it so at the last moment. Quarkus marks every
     * answer {@code Content-Encoding: identity} and, for a compressible type, removes that header
     * just before sending so Vert.x compresses: a label added beside it would be removed with it, and
     * the page gzipped twice.
     */
    private static boolean gzipped(RoutingContext rc) {
        if (!acceptsGzip(rc.request())) {
            return false;
        }
        rc.addHeadersEndHandler(v -> rc.response().headers().set(HttpHeaders.CONTENT_ENCODING, GZIP));
        return true;
    }

    /** Whether {@code Accept-Encoding} takes gzip (named, or as {@code *}, with a weight above zero). */
    static boolean acceptsGzip(HttpServerRequest http) {
        String header = http.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (header == null) {
            return false;
        }
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            if ((coding.equals(GZIP) || coding.equals("*")) && !zeroWeight(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean zeroWeight(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                return parameter.substring(2).matches("0(\\.0*)?");
            }
        }
        return false;
    }

    private static boolean freshWanted(HttpServerRequest http) {
        String control = http.getHeader(HttpHeaders.CACHE_CONTROL);
        return control != null && control.toLowerCase(Locale.ROOT).contains("no-cache")
                || "no-cache".equalsIgnoreCase(http.getHeader("Pragma"));
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
