package org.launchledger.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.api.MissionWriteApiTest;

/**
 * Pages and public JSON kept for anonymous readers (web/PageCache): kept per data version, language
 * and address, revalidated with ETags, never shared with a signed-in reader or a one-time message.
 */
@QuarkusTest
class PageCacheTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    PageCache cache;

    @BeforeEach
    void accounts() {
        MissionWriteApiTest.createAccounts();
    }

    @AfterEach
    void removeWrittenRows() {
        MissionWriteApiTest.removeRows();
    }

    @Test
    void aSecondAnonymousRequestGetsTheSameBytes() {
        Response first = anonymous().get("/");
        Response second = anonymous().get("/");

        assertThat(second.statusCode(), is(200));
        assertThat(second.asString(), equalTo(first.asString()));
        assertThat(second.header("ETag"), startsWith("W/\""));
        assertThat(second.header("ETag"), equalTo(first.header("ETag")));
        assertThat(second.header("Cache-Control"), equalTo("no-cache"));
        assertThat(second.headers().getValues("Vary").toString(), containsString("Accept-Language"));
        assertThat(second.headers().getValues("Vary").toString(), containsString("Accept-Encoding"));
    }

    /** Headers that belong to one exchange and differ between two answers of the same page. */
    private static final Set<String> PER_EXCHANGE = Set.of("date", "content-length", "content-encoding",
            "transfer-encoding");

    @Test
    void aPageSentOnceIsAnsweredBeforeTheResourceWithTheSameHeadersAndBytes() throws IOException, InterruptedException {
        long servable = cache.remembered();
        Response first = undecoded().get("/stats?from-test=early");
        awaitServable(servable);
        long before = cache.servedEarly();
        Response second = undecoded().get("/stats?from-test=early");
        Response zipped = undecoded().header("Accept-Encoding", "gzip").get("/stats?from-test=early");
        Response revalidated = undecoded().header("If-None-Match", first.header("ETag")).get("/stats?from-test=early");

        assertThat("answered from memory before Quarkus REST", cache.servedEarly() - before, is(3L));
        assertThat(second.statusCode(), is(200));
        assertThat(second.asByteArray(), equalTo(first.asByteArray()));
        assertThat(headers(second), equalTo(headers(first)));
        assertThat(headers(second).keySet(), hasItems("content-type", "etag", "vary", "content-security-policy",
                "content-language", "x-content-type-options"));
        assertThat(zipped.header("Content-Encoding"), is("gzip"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.asByteArray()))) {
            assertThat(in.readAllBytes(), equalTo(first.asByteArray()));
        }
        assertThat(revalidated.statusCode(), is(304));
        assertThat(revalidated.asByteArray().length, is(0));
        assertThat(revalidated.header("ETag"), equalTo(first.header("ETag")));
    }

    /**
     * A page first sent over HTTP/2 (a client that upgrades, as Java's does) is answered from memory
     * over HTTP/1.1 and HTTP/2 alike: the protocol's pseudo-headers are never kept as headers.
     */
    @Test
    void aPageFirstSentOverHttp2IsAnsweredFromMemoryOverBothVersions() throws Exception {
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI address = URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/missions?from-test=http2");
        long servable = cache.remembered();
        HttpResponse<String> first = http2.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(first.version(), is(HttpClient.Version.HTTP_2));
        awaitServable(servable);
        long before = cache.servedEarly();

        HttpResponse<String> again = http2.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        Response overHttp11 = anonymous().get("/missions?from-test=http2");

        assertThat(again.statusCode(), is(200));
        assertThat(again.body(), equalTo(first.body()));
        assertThat(overHttp11.statusCode(), is(200));
        assertThat(overHttp11.asString(), equalTo(first.body()));
        assertThat(overHttp11.header("Content-Type"), startsWith("text/html"));
        assertThat("both answered from memory", cache.servedEarly() - before, is(2L));
    }

    /**
     * Readers who miss the same page at once (every reader of a busy page, at a new minute or a new
     * data version) get it from one drawing: the first draws it, the others wait for it.
     */
    @Test
    void manyReadersMissingThePageAtOnceGetOneDrawing() {
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI address = URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/stats?from-test=at-once");
        long before = cache.drawn();

        List<HttpResponse<String>> answers = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> http11.sendAsync(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(java.util.concurrent.CompletableFuture::join).toList();

        assertThat(answers.stream().map(HttpResponse::statusCode).distinct().toList(), equalTo(List.of(200)));
        assertThat(answers.stream().map(HttpResponse::body).distinct().count(), is(1L));
        assertThat(Jsoup.parse(answers.get(0).body()).select("h1").text(), not(emptyString()));
        assertThat("drawings for twelve simultaneous readers", cache.drawn() - before, is(1L));
    }

    /**
     * Waits until a page answered since {@code before} can be served from memory: its headers are
     * kept once its bytes are written, which the reader may see happen first.
     */
    private void awaitServable(long before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (cache.remembered() == before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page never became servable from memory");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aChoiceOfLanguageInTheAddressStillGoesThroughTheResource() {
        anonymous().get("/stats?lang=ro");
        long before = cache.servedEarly();

        Response again = anonymous().get("/stats?lang=ro");

        assertThat(cache.servedEarly() - before, is(0L));
        assertThat(again.header("Set-Cookie"), startsWith("lang=ro"));
    }

    /** Every header of an answer but those of the exchange, by lower-case name, values in order. */
    private static Map<String, List<String>> headers(Response response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().forEach(h -> {
            String name = h.getName().toLowerCase(Locale.ROOT);
            if (!PER_EXCHANGE.contains(name)) {
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(h.getValue());
            }
        });
        return headers;
    }

    @Test
    void aKeptPageIsNotDrawnAgain() {
        Response first = anonymous().get("/people?size=7");
        long before = statements();
        Response second = anonymous().get("/people?size=7");

        assertThat(second.asString(), equalTo(first.asString()));
        // Drawing it reads people (QueryCountTest); a kept page reads only the data version, over plain JDBC.
        assertThat("Hibernate statements for a kept page", statements() - before, is(0L));
    }

    @Test
    void theReadersCopyIsRevalidatedWith304() {
        String etag = anonymous().get("/missions").header("ETag");

        Response revalidated = anonymous().header("If-None-Match", etag).get("/missions");

        assertThat(revalidated.statusCode(), is(304));
        assertThat(revalidated.asString(), emptyString());
        assertThat(revalidated.header("ETag"), equalTo(etag));
        assertThat(anonymous().header("If-None-Match", "W/\"0-0-en-0\"").get("/missions").statusCode(), is(200));
    }

    @Test
    void aWriteChangesTheEtagAndThePageAtOnce() {
        String list = "/missions?vehicle=soyuz&size=500";
        Response before = anonymous().get(list);
        String homeEtag = anonymous().get("/").header("ETag");
        assertThat(before.asString(), not(containsString("Test MS-cache")));

        MissionWriteApiTest.as("editor").contentType("application/json").body(MissionWriteApiTest.mission("cache"))
                .post("/api/missions").then().statusCode(201);

        Response after = anonymous().header("If-None-Match", before.header("ETag")).get(list);
        assertThat(after.statusCode(), is(200));
        assertThat(after.header("ETag"), not(equalTo(before.header("ETag"))));
        assertThat(Jsoup.parse(after.asString()).select("main").text(), containsString("Test MS-cache"));
        assertThat(anonymous().get("/").header("ETag"), not(equalTo(homeEtag)));
    }

    @Test
    void aSignedInReaderNeverGetsTheAnonymousPage() {
        anonymous().get("/");
        anonymous().get("/");
        String session = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", MissionWriteApiTest.EDITOR).formParam("j_password", MissionWriteApiTest.PASSWORD)
                .post("/j_security_check").cookie("ledger-session");
        assertThat("signed in", session, not(nullValue()));

        Response signedIn = given().cookie("ledger-session", session).get("/");

        assertThat(Jsoup.parse(signedIn.asString()).select("nav.account .signed-in").text(),
                containsString(MissionWriteApiTest.EDITOR));
        assertThat(signedIn.header("ETag"), nullValue());
        assertThat(Jsoup.parse(anonymous().get("/").asString()).select("nav.account .signed-in").isEmpty(), is(true));
    }

    @Test
    void basicCredentialsAreNotServedFromTheCacheEither() {
        anonymous().get("/api/missions?size=3");
        Response kept = anonymous().get("/api/missions?size=3");
        Response signedIn = MissionWriteApiTest.as("editor").get("/api/missions?size=3");

        assertThat(signedIn.header("ETag"), nullValue());
        assertThat(kept.header("ETag"), not(nullValue()));
        // The kept JSON is what the API's own writer gives.
        assertThat(kept.contentType(), startsWith("application/json"));
        assertThat(kept.jsonPath().getList("items.slug"), equalTo(signedIn.jsonPath().getList("items.slug")));
        assertThat(kept.asString(), equalTo(signedIn.asString()));
    }

    @Test
    void languagesDoNotMix() {
        Document english = html(anonymous().get("/stats"));
        Document romanian = html(anonymous().queryParam("lang", "ro").get("/stats"));
        Document byCookie = html(anonymous().cookie(Language.PARAMETER, "ro").get("/stats"));
        Document byHeader = html(anonymous().header("Accept-Language", "ro-RO,ro;q=0.9").get("/stats"));
        Document englishAgain = html(anonymous().get("/stats"));

        assertThat(english.select("html").attr("lang"), is("en"));
        assertThat(romanian.select("html").attr("lang"), is("ro"));
        assertThat(byCookie.select("html").attr("lang"), is("ro"));
        assertThat(byHeader.select("html").attr("lang"), is("ro"));
        assertThat(englishAgain.select("html").attr("lang"), is("en"));
        assertThat(byHeader.select("h1").text(), equalTo(byCookie.select("h1").text()));
        assertThat(englishAgain.select("h1").text(), not(equalTo(byHeader.select("h1").text())));
    }

    @Test
    void aLanguageChoiceIsStillRememberedWhenThePageIsKept() {
        anonymous().queryParam("lang", "ro").get("/vehicles");
        Response kept = anonymous().queryParam("lang", "ro").get("/vehicles");

        assertThat(kept.header("ETag"), not(nullValue()));
        assertThat(kept.cookie(Language.PARAMETER), equalTo("ro"));
    }

    @Test
    void aPageWithAFlashIsNeitherKeptNorServedFromTheCache() {
        anonymous().get("/people");
        Response flashed = anonymous().cookie("ledger-flash", "signed-up:cache-reader").get("/people");
        Response after = anonymous().get("/people");

        assertThat(html(flashed).select("p.flash").text(), containsString("cache-reader"));
        assertThat(flashed.header("ETag"), nullValue());
        assertThat(html(after).select("p.flash").isEmpty(), is(true));
    }

    @Test
    void pagesGoGzippedToReadersWhoTakeIt() throws IOException {
        Response plain = undecoded().header("Accept-Encoding", "identity").get("/vehicles/soyuz");
        Response zipped = undecoded().header("Accept-Encoding", "gzip").get("/vehicles/soyuz");
        Response zippedAgain = undecoded().header("Accept-Encoding", "gzip, deflate, br").get("/vehicles/soyuz");

        assertThat(plain.header("Content-Encoding"), nullValue());
        assertThat(zipped.header("Content-Encoding"), is("gzip"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.asByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8), equalTo(plain.asString()));
        }
        assertThat(zippedAgain.header("Content-Encoding"), is("gzip"));
        assertThat(zippedAgain.asByteArray(), equalTo(zipped.asByteArray()));
    }

    @Test
    void aNoCacheRequestDrawsThePageAfresh() {
        anonymous().get("/people?size=5");
        long before = statements();
        Response fresh = anonymous().header("Cache-Control", "no-cache").get("/people?size=5");

        assertThat(fresh.statusCode(), is(200));
        assertThat(fresh.header("ETag"), nullValue());
        assertThat("statements for a page drawn afresh", statements() - before > 1, is(true));
    }

    private static io.restassured.specification.RequestSpecification anonymous() {
        return given().redirects().follow(false);
    }

    /** A request that sends only the Accept-Encoding it is given and reads the bytes as they come. */
    private static io.restassured.specification.RequestSpecification undecoded() {
        return given().config(io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static Document html(Response response) {
        assertThat(response.statusCode(), is(200));
        return Jsoup.parse(response.asString());
    }

    private long statements() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        return statistics.getPrepareStatementCount();
    }
}
