package org.launchledger.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages past the end, and inputs that must be refused: the same rules in HTML and in the API. */
@QuarkusTest
class StrictInputTest {

    private static final String HTML = "text/html;charset=UTF-8";
    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URL root;

    /** A page fetched as a browser would, the URL sent exactly as written. */
    private static ValidatableResponse html(String path, int status) {
        return given().accept("text/html").urlEncodingEnabled(false).when().get(path).then()
                .statusCode(status).header("Content-Type", HTML);
    }

    private static Document page(String path, int status) {
        return Jsoup.parse(html(path, status).extract().asString());
    }

    private static ValidatableResponse problem(String path, int status) {
        return given().urlEncodingEnabled(false).when().get(path).then()
                .statusCode(status).contentType(startsWith(PROBLEM)).body("status", equalTo(status));
    }

    // --- Pages past the end -------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"/missions?page=99, /missions?page=2", "/people?page=99, /people?page=5",
            "/missions?vehicle=soyuz&size=50&page=7, /missions?vehicle=soyuz&size=50&page=1",
            "/people?nationality=FR&page=7, /people?nationality=FR"})
    void aPagePastTheEndIsA404LinkingToTheLastPage(String path, String last) {
        Document page = page(path, 404);
        assertThat(page.select(".error-page h1").text(), startsWith("404"));
        assertThat(page.select(".error-page a[href=" + last + "]").text(), is("Go to the last page"));
        assertThat(page.select("table"), empty());
    }

    @ParameterizedTest
    @CsvSource({"/api/missions?page=99, /api/missions?page=2", "/api/people?page=99, /api/people?page=5",
            "/api/people?q=zzzz&page=1, /api/people?q=zzzz"})
    void anApiPagePastTheEndIsA404ProblemGivingTheLastPage(String path, String last) {
        problem(path, 404).body("parameter", equalTo("page"))
                .body("detail", containsString("past the end"))
                .body("detail", containsString("The last page is " + last + "."));
    }

    @Test
    void theOnlyPageOfAnEmptyListIsNotPastTheEnd() {
        given().when().get("/api/people?q=zzzz").then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/missions?page=0&vehicle=starliner&from=2000&to=2010").then().statusCode(200);
        assertThat(page("/people?q=zzzz", 200).select("form.filters"), hasSize(1));
    }

    // --- Values that must be refused ----------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "/api/missions?country=ZZ, country", "/api/people?nationality=ZZ, nationality", "/api/people?agency=NOPE, agency",
            "/api/missions?country=XK1, country",
            "/api/missions?year=2011&from=abc, from", "/api/missions?year=2011&to=2011-13-01, to",
            "/api/missions?page=1&page=abc, page", "/api/people?size=1&size=2, size",
            "/api/missions?from=2011%00, from", "/api/people?q=ab%0Acd, q", "/api/search?q=%07, q",
            "/api/missions?contry=RU, contry", "/api/vehicles?x=1, x", "/api/missions/demo-2?verbose=1, verbose",
    })
    void theApiRefusesWithAProblemNamingTheParameter(String path, String parameter) {
        problem(path, 400).body("parameter", equalTo(parameter))
                .body("detail", containsString("'" + parameter + "'"));
    }

    @Test
    void eachRuleSaysWhatIsWrong() {
        problem("/api/missions?country=ZZ", 400).body("detail", containsString("ISO 3166"));
        problem("/api/missions?page=1&page=abc", 400).body("detail", containsString("given once (got 2 values)"));
        problem("/api/missions?from=2011%00", 400).body("detail", containsString("control characters (found U+0000)"));
        problem("/api/missions?contry=RU", 400)
                .body("detail", containsString("/api/missions takes page, size, vehicle"));
    }

    @Test
    void everyUnknownApiParameterIsNamed() {
        problem("/api/missions?contry=RU&colour=red", 400).body("parameter", equalTo("colour, contry"))
                .body("detail", startsWith("Unknown parameters 'colour', 'contry'"));
    }

    @ParameterizedTest
    @CsvSource({
            "/missions?country=ZZ, country", "/people?nationality=ZZ, nationality", "/people?agency=NOPE, agency",
            "/missions?year=2011&from=abc, from", "/missions?page=1&page=abc, page",
            "/missions?from=2011%00, from", "/people?q=a%07, q", "/people?vehicle=soyuz&page=1&page=2, page",
    })
    void listPagesRedrawWithTheMessageBesideTheFilter(String path, String parameter) {
        Document page = page(path, 400);
        assertThat(page.select("#filter-error").text(), containsString("“" + parameter + "”"));
        assertThat(page.select("form.filters"), hasSize(1));
        assertThat(page.select("table"), empty());
    }

    @Test
    void theTimelineAndSearchShowRepeatedAndControlCharacterValuesBesideTheirFields() {
        assertThat(page("/?from=2011&from=2012", 400).text(), containsString("must be given once"));
        assertThat(page("/?to=2011%00", 400).text(), containsString("control characters"));
        assertThat(page("/search?q=a&q=b", 400).select("#filter-error").text(), containsString("“q”"));
    }

    @Test
    void pagesIgnoreParametersTheyDoNotTakeButTheApiTakesLangToo() {
        html("/missions?utm_source=newsletter&fbclid=x1&lang=ro", 200);
        html("/people?utm_campaign=class", 200);
        given().when().get("/api/missions?lang=ro&size=1").then().statusCode(200).body("items", hasSize(1));
    }

    // --- One meaning for from and to ----------------------------------------------------------

    @Test
    void missionsTakeIsoDatesAsTheTimelineDoes() {
        given().when().get("/api/missions?from=2011-07-21&size=1").then().statusCode(200)
                .body("total", equalTo(65)).body("items[0].slug", equalTo("soyuz-tma-22"));
        given().when().get("/api/missions?from=2011-07-08&to=2011-07-08").then().statusCode(200)
                .body("items.slug", equalTo(List.of("sts-135")));
        Document page = page("/missions?from=2011-07-21", 200);
        assertThat(page.select("table.flights tbody th[scope=row]").first().text(), is("Soyuz TMA-22"));
        assertThat(page.select("#f-from").val(), is("2011-07-21"));
        html("/?from=2011-07-21", 200);
    }

    @Test
    void aYearIsItsFirstDayAsFromAndItsLastAsTo() {
        int inYear = given().when().get("/api/missions?year=2011").then().statusCode(200)
                .extract().path("total");
        given().when().get("/api/missions?from=2011&to=2011").then().body("total", equalTo(inYear));
        given().when().get("/api/missions?from=2011-01-01&to=2011-12-31").then().body("total", equalTo(inYear));
        problem("/api/missions?from=2011-07-22&to=2011-07-21", 400).body("parameter", equalTo("to"));
    }

    // --- Headers ------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Accept-Language|en;q=abc", "Accept|text/html;q=abc",
            "Accept-Encoding|gzip;q=abc",
            "Accept-Language|ro;q=2, en;q=0.5", "Accept|text/html;q=1.0001", "Accept-Language|,q=",
            "Accept-Language|;;;,,,q=", "Accept|,q=", "Accept-Encoding|,q="})
    void aMalformedWeightStillGetsThePage(String header, String value) {
        for (String path : List.of("/", "/missions", "/missions/demo-2", "/people", "/stats", "/search?q=soyuz")) {
            given().header(header, value).when().get(path).then().statusCode(200).header("Content-Type", HTML);
        }
        given().header(header, value.replace("text/html", "application/json")).when().get("/api/missions?size=1")
                .then().statusCode(200);
    }

    @Test
    void theHeaderTidyingKeepsEveryRangeAndDropsOnlyBadWeights() {
        assertThat(HttpEdge.withoutBadWeights("ro;q=abc, en;q=0.5"), is("ro, en;q=0.5"));
        assertThat(HttpEdge.withoutBadWeights(",q=, ro"), is(" ro"));
        assertThat(HttpEdge.withoutBadWeights("text/html;level=1;q=1.5,*/*;q=0.8"), is("text/html;level=1,*/*;q=0.8"));
    }

    // --- Requests Vert.x refuses --------------------------------------------------------------

    @Test
    void aBrokenEscapeGetsTheAppsOwn400AndNoErrorLog() {
        List<String> replies = new ArrayList<>();
        List<LogRecord> errors = errorsDuring(() -> {
            for (String target : List.of("/missions?q=%zz", "/missions/%zz", "/missions?q=a|b",
                    "/api/missions?q=%zz")) {
                replies.add(raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
            }
        });
        for (String reply : replies.subList(0, 3)) {
            assertThat(reply, startsWith("HTTP/1.1 400"));
            assertThat(reply.toLowerCase(), containsString("content-type: " + HTML.toLowerCase()));
        }
        assertThat(Jsoup.parse(replies.get(0)).select(".error-page p.lead").text(), containsString("broken %-escape"));
        assertThat(Jsoup.parse(replies.get(2)).select(".error-page p.lead").text(), containsString("not a valid URI"));
        assertThat(replies.get(3), startsWith("HTTP/1.1 400"));
        assertThat(replies.get(3).toLowerCase(), containsString("content-type: " + PROBLEM));
        assertThat(replies.get(3), containsString("\"detail\":\"The address has a broken %-escape"));
        assertThat(errors, empty());
    }

    @Test
    void aRequestWithoutHostGetsTheAppsOwn400AndNoErrorLog() {
        List<String> replies = new ArrayList<>();
        List<LogRecord> errors = errorsDuring(() -> {
            replies.add(raw("GET /missions HTTP/1.1\r\nConnection: close\r\n\r\n"));
            replies.add(raw("GET /api/missions HTTP/1.1\r\nAccept: */*\r\nConnection: close\r\n\r\n"));
        });
        assertThat(replies.get(0), startsWith("HTTP/1.1 400"));
        assertThat(replies.get(0).toLowerCase(), containsString("content-type: " + HTML.toLowerCase()));
        assertThat(Jsoup.parse(replies.get(0)).select(".error-page p.lead").text(), containsString("no Host header"));
        assertThat(replies.get(1), startsWith("HTTP/1.1 400"));
        assertThat(replies.get(1), containsString("\"detail\":\"The request has no Host header"));
        assertThat(errors, empty());
    }

    // --- Content types, favicon, operations ----------------------------------------------------

    @ParameterizedTest
    @CsvSource({"/, 200", "/missions, 200", "/missions/demo-2, 200", "/vehicles, 200", "/vehicles/soyuz, 200",
            "/spacecraft/crew-dragon-endeavour, 200", "/people, 200", "/people/peggy-whitson, 200",
            "/expeditions/1, 200", "/search?q=soyuz, 200", "/stats, 200", "/missions?size=0, 400",
            "/?from=abc, 400", "/no-such-page, 404", "/missions/sts-999, 404"})
    void everyHtmlResponseNamesUtf8(String path, int status) {
        html(path, status);
    }

    @Test
    void theFaviconExistsAndIsCachedForLong() {
        byte[] ico = given().when().get("/favicon.ico").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=2592000"))
                .extract().asByteArray();
        assertThat(ico[0] == 0 && ico[1] == 0 && ico[2] == 1 && ico[3] == 0, is(true));
        given().when().get("/favicon.svg").then().statusCode(200).contentType(startsWith("image/svg+xml"));
        Document home = page("/", 200);
        assertThat(home.select("link[rel=icon][href^=/favicon.svg?v=]"), hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/q/openapi.json", "/q/swagger-ui/"})
    void operationsEndpointsAnswerOnlyGetAndHead(String path) {
        given().when().post(path).then().statusCode(405).header("Allow", "GET, HEAD")
                .contentType(startsWith(PROBLEM));
        given().when().put(path).then().statusCode(405);
        given().when().delete(path).then().statusCode(405);
        given().when().get(path).then().statusCode(200);
        given().when().head(path).then().statusCode(200);
    }

    @Test
    void theLogProbeSeesErrorLines() {
        List<LogRecord> errors = errorsDuring(() -> org.jboss.logging.Logger
                .getLogger("io.quarkus.vertx.http.runtime.QuarkusErrorHandler").error("StrictInputTest log probe: expected"));
        assertThat(errors, hasSize(1));
    }

    /** ERROR (SEVERE) log records written while {@code action} runs. */
    private static List<LogRecord> errorsDuring(Runnable action) {
        List<LogRecord> errors = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger rootLogger = Logger.getLogger("");
        rootLogger.addHandler(handler);
        try {
            action.run();
        } finally {
            rootLogger.removeHandler(handler);
        }
        return errors;
    }

    /** Sends bytes as they are (HTTP clients always add Host) and reads the whole reply. */
    private String raw(String request) {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            in.transferTo(reply);
            return reply.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/api/missions/a%00b", "/missions/a%00b", "/people/%00"})
    void aNulInThePathIsRefusedBeforeAnyDatabaseSeesIt(String path) {
        given().urlEncodingEnabled(false).accept("application/json").get(path).then().statusCode(400)
                .body("detail", containsString("NUL"));
    }
}
