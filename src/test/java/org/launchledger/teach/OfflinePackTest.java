package org.launchledger.teach;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offline pack: one HTML file per language with every slide and the timeline, nothing to fetch. */
@QuarkusTest
class OfflinePackTest {

    @ParameterizedTest
    @CsvSource({"en, Slide 1 of, The whole timeline", "ro, Diapozitivul 1 din, Toată cronologia"})
    void onePackPerLanguageWithEverySlideAndTheTimelineInline(String lang, String firstCount, String timeline) {
        int count = PresentPagesTest.titles().size();
        Response response = given().when().get("/present/offline.html?lang=" + lang).then().statusCode(200)
                .contentType("text/html").extract().response();
        assertEquals("attachment; filename=\"launch-ledger-" + lang + ".html\"", response.header("Content-Disposition"));
        Document pack = Jsoup.parse(response.asString());
        assertEquals(lang, pack.selectFirst("html").attr("lang"));

        List<Element> slides = pack.select("main section.slide");
        assertEquals(IntStream.rangeClosed(1, count).mapToObj(n -> "slide-" + n).toList(),
                slides.stream().map(Element::id).toList(), "every slide, in order");
        assertTrue(slides.get(0).selectFirst(".slide-count").text().startsWith(firstCount));
        assertEquals("#slide-2", slides.get(0).selectFirst("a[rel=next]").attr("href"), "slides link within the file");
        assertEquals(count + 1, pack.select("svg.timeline").size(), "a chart per slide and the whole timeline");
        assertEquals(timeline, pack.selectFirst("section.whole h2").text());

        assertTrue(pack.select("link[href], script[src], img, iframe, object, embed, video, audio, source").isEmpty(),
                "nothing loaded from elsewhere: " + pack.select("link[href], script[src], img, iframe"));
        String style = pack.select("head style").html();
        assertTrue(style.contains("svg.timeline") && style.contains(".slide-title"), "the styles are inline");
        assertTrue(!style.contains("url(") && !style.contains("@import"), "the styles fetch nothing");
        assertTrue(pack.select("body > script").html().contains("keydown"), "the keyboard script is inline");
        for (String href : pack.select("a[href]").eachAttr("href")) {
            assertTrue(href.startsWith("#") || href.matches("https?://[^/]+/.*"),
                    "a link either stays in the file or names the site in full: " + href);
        }
    }
}
