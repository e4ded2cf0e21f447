package org.launchledger.teach;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.launchledger.history.HypotheticalFlight;

/** /present and /present/{n}, read as HTML: slides from the real history, navigation, bad addresses. */
@QuarkusTest
class PresentPagesTest {

    private static final String PREFIX = "teach-test-";

    static Document get(String path, int status) {
        String html = given().when().get(path).then().statusCode(status).contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }

    /** Every slide's title, in order, from the overview. */
    static List<String> titles() {
        return get("/present", 200).select("ol.slide-list li a").eachText();
    }

    /** The number of the slide with this title. */
    private static int number(List<String> titles, String title) {
        int at = titles.indexOf(title);
        assertTrue(at >= 0, "a slide '" + title + "' in " + titles);
        return at + 1;
    }

    @Test
    void theSlidesFollowTheKeyEventsOfTheHistory() {
        List<String> titles = titles();
        assertEquals("The first crew reaches the station", titles.get(0));
        assertEquals("Only the United States, 1998–2000", titles.get(1), "the Shuttle-only start");
        assertEquals(number(titles, "The last Space Shuttle landing") + 1, number(titles, "Only Russia, 2011–2020"));
        assertTrue(number(titles, "Only Russia, 2003–2005") < number(titles, "Only Russia, 2005–2006"),
                "the Soyuz-only years after Columbia");
        int abort = number(titles, "Nobody can fly people to the station");
        int demo2 = number(titles, "The first crewed Crew Dragon flight");
        assertTrue(number(titles, "Only Russia, 2011–2020") < abort && abort < demo2, titles.toString());
        assertEquals(demo2 + 1, number(titles, "Crew Dragon: the first operational crew rotation"));
        assertEquals(number(titles, "The first crewed Starliner flight") + 1, number(titles, "Starliner stands down"));
        assertEquals(titles.size() - 1, number(titles, "Only the United States, 2025–2026"), "the pad stand-down");
        assertEquals("Today", titles.get(titles.size() - 1));
    }

    @Test
    void vehiclesReadAsTheyStandInASentenceInEitherLanguage() {
        List<String> titles = titles();
        List<String> retired = sentences(number(titles, "The last Space Shuttle landing"), "en");
        assertEquals("The Space Shuttle had flown crews to the station 37 times in 12 years, 7 months, 17 days.", retired.get(1));
        List<String> columbia = sentences(number(titles, "Only Russia, 2003–2005"), "en");
        assertTrue(columbia.get(1).startsWith("It began with the Space Shuttle stand-down: Loss of Columbia")
                && columbia.get(1).endsWith("and ended with the launch of STS-114, the Space Shuttle's return to flight."),
                columbia.get(1));
        // A stand-down that ended without a flight: lifted, not "the end of" it after "ended with".
        List<String> pad = sentences(number(titles, "Only the United States, 2025–2026"), "en");
        assertTrue(pad.get(1).endsWith(", and ended with the lifting of the Soyuz stand-down."), pad.get(1));
        // Romanian writes the Shuttle in lower case inside a sentence; where the era began and ended are two sentences.
        List<String> columbiaRo = sentences(number(titles, "Only Russia, 2003–2005"), "ro");
        assertTrue(columbiaRo.get(1).startsWith("A început cu suspendarea zborurilor cu naveta spațială: pierderea navetei Columbia")
                && columbiaRo.get(1).endsWith(". S-a încheiat cu lansarea STS-114, reluarea zborurilor cu naveta spațială."),
                columbiaRo.get(1));
        List<String> retiredRo = sentences(number(titles, "The last Space Shuttle landing"), "ro");
        assertEquals("Pe 21 iulie 2011 a aterizat STS-135: ultimul zbor cu naveta spațială.", retiredRo.get(0));
        assertEquals("Cu naveta spațială au ajuns la stație 37 de echipaje în 12 ani, 7 luni și 17 zile.", retiredRo.get(1));
        assertTrue(sentences(number(titles, "Only the United States, 2025–2026"), "ro").get(1)
                .endsWith(". S-a încheiat cu ridicarea suspendării zborurilor cu Soiuz."));
        // The first flights name the vehicle inside a sentence in Romanian too.
        assertTrue(sentences(number(titles, "Crew Dragon: the first operational crew rotation"), "ro").get(0)
                .endsWith(": primul zbor cu Crew Dragon după Crew Dragon Demo-2 care a dus un echipaj de expediție."));
        assertTrue(sentences(number(titles, "The first crewed Soyuz flight"), "ro").get(0)
                .contains(" a dus la stație primul echipaj cu Soiuz: "));
    }

    @Test
    void aSlideNamesTheColoursItsWhoCouldFlyRowShows() {
        List<String> titles = titles();
        Element russia = get("/present/" + number(titles, "Only Russia, 2011–2020"), 200).selectFirst("main section.slide");
        assertEquals(List.of("Russia only", "more than one country", "nobody could fly crews", "stand-down"),
                russia.select("figcaption .chart-legend li").eachText());
        // Each colour the legend names is one the row draws, and the other way round.
        assertEquals(russia.select("figcaption .chart-legend .swatch:not(.stand-down)").eachAttr("class").stream()
                        .map(c -> c.replace("swatch ", "")).sorted().toList(),
                russia.select("svg.timeline .access-block").eachAttr("class").stream()
                        .map(c -> c.replace("access-block", "").replace("open", "").strip()).distinct().sorted().toList());
        assertEquals(List.of("doar Statele Unite", "mai multe țări"), get("/present/1?lang=ro", 200)
                .select("main section.slide figcaption .chart-legend li").eachText());
        // A lane's stand-down is hatched as nobody's access is: the legend names it where the slide draws one.
        Element starliner = get("/present/" + number(titles, "Starliner stands down"), 200).selectFirst("main section.slide");
        assertTrue(!starliner.select("svg.timeline rect.stand-down").isEmpty());
        assertEquals("stand-down", starliner.select("figcaption .chart-legend li").last().text());
        // The embeddable timeline has the same legend, after its skip link's target.
        Document embed = get("/embed/timeline?from=2012&to=2017", 200);
        assertEquals(List.of("Russia only"), embed.select("ul.chart-legend li").eachText());
        assertEquals("after-chart", embed.selectFirst("ul.chart-legend").id());
    }

    @Test
    void slidesWriteDatesOutAndTimesInUtcInEitherLanguage() {
        // The stand-downs' reasons are quoted as the data words them (V16 wrote their dates out).
        List<String> titles = titles();
        assertTrue(sentences(number(titles, "Only Russia, 2005–2006"), "en").get(1)
                .startsWith("It began with the Space Shuttle stand-down: NASA grounded the fleet on 27 July 2005 after"));
        assertTrue(sentences(number(titles, "Only the United States, 2025–2026"), "en").get(1)
                .contains("Launch of Soyuz MS-28 (27 November 2025, 09:27:57 UTC) wrecked"));
        java.util.regex.Pattern dataSpelling = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d|\\d\\d:\\d\\d(:\\d\\d)?Z");
        for (int slide = 1; slide <= titles.size(); slide++) {
            for (String language : List.of("en", "ro")) {
                // The sentences and the chart's caption ("The timeline from 29 March 2005 to 1 November 2006 (UTC).").
                for (String sentence : get("/present/" + slide + "?lang=" + language, 200)
                        .select("main section.slide .slide-text p, main section.slide figcaption p").eachText()) {
                    assertFalse(dataSpelling.matcher(sentence).find(), "slide " + slide + " (" + language + "): " + sentence);
                }
            }
        }
        assertEquals("The timeline from 29 March 2005 to 1 November 2006 (UTC).", get("/present/"
                + number(titles, "Only Russia, 2005–2006"), 200).selectFirst("main section.slide figcaption p").text());
    }

    private static List<String> sentences(int slide, String language) {
        return get("/present/" + slide + "?lang=" + language, 200).select("main section.slide .slide-text p").eachText();
    }

    @Test
    void aSlideHasItsTitleSentencesZoomedChartAndNavigation() {
        List<String> titles = titles();
        int abort = number(titles, "Nobody can fly people to the station");
        Document page = get("/present/" + abort, 200);
        Element slide = page.selectFirst("main section.slide");
        assertEquals("Nobody can fly people to the station", slide.selectFirst("h1").text());
        assertEquals("Slide " + abort + " of " + titles.size(), slide.selectFirst(".slide-count").text());
        List<String> sentences = slide.select(".slide-text p").eachText();
        assertEquals(List.of("On 11 October 2018, Soyuz stopped flying crews: Soyuz MS-10 launch abort (booster separation failure).",
                "For 1 month, 22 days, until 3 December 2018, nobody could fly people to the station."), sentences);
        Element highlighted = slide.selectFirst("svg.timeline a.flight.highlight");
        assertEquals("/missions/soyuz-ms-10", highlighted.attr("href"), "the abort's flight is highlighted");
        assertTrue(slide.selectFirst("svg.timeline title").text().startsWith("Crewed access to the ISS, 2018-"),
                "the chart is zoomed to the stand-down: " + slide.selectFirst("svg.timeline title").text());
        assertEquals("/present/" + (abort - 1), slide.selectFirst(".slide-nav a[rel=prev]").attr("href"));
        assertEquals("/present/" + (abort + 1), slide.selectFirst(".slide-nav a[rel=next]").attr("href"));
        assertEquals("/present/1", slide.selectFirst(".slide-nav a[data-go=first]").attr("href"));
        assertEquals("/present/" + titles.size(), slide.selectFirst(".slide-nav a[data-go=last]").attr("href"));
        assertTrue(slide.selectFirst("button[data-fullscreen]").hasAttr("hidden"), "full screen needs the script");
        assertTrue(page.selectFirst("head script").attr("src").startsWith("/present.js?v="));
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script on a live page");
    }

    @Test
    void theFirstAndLastSlidesHaveNoWayFurther() {
        int count = titles().size();
        Element first = get("/present/1", 200).selectFirst("section.slide");
        assertNull(first.selectFirst("a[rel=prev]"));
        assertEquals("/present/2", first.selectFirst("a[rel=next]").attr("href"));
        assertEquals("/missions/sts-88", first.selectFirst("svg a.flight.highlight").attr("href"));
        Element last = get("/present/" + count, 200).selectFirst("section.slide");
        assertNull(last.selectFirst("a[rel=next]"));
        assertEquals("Today, 30 November 2026, people can fly to the station on Crew Dragon and Soyuz.",
                last.selectFirst(".slide-text p").text());
    }

    @Test
    void romanianSlidesHaveRomanianWords() {
        Document page = get("/present/1?lang=ro", 200);
        assertEquals("ro", page.selectFirst("html").attr("lang"));
        assertEquals("Primul echipaj ajunge la stație", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".slide-count").text().startsWith("Diapozitivul 1 din "));
        assertEquals("Înainte", page.selectFirst("a[rel=next]").text());
        assertEquals("/present/1?lang=en", page.selectFirst("link[hreflang=en]").attr("href"));
    }

    @Test
    void aSlideThatDoesNotExistIsNotFoundAndANonNumberIsABadRequest() {
        int count = titles().size();
        assertTrue(get("/present/" + (count + 1), 404).selectFirst("main").text()
                .contains("No slide '" + (count + 1) + "' in the ledger."));
        get("/present/0", 404);
        get("/present/99999999999", 404);
        get("/present/-1", 400);
        String message = get("/present/abc", 400).selectFirst("main .lead").text();
        assertEquals("Parameter 'slide' must be a whole number from 1 to " + count + " (got 'abc').", message);
        assertTrue(get("/present/" + (count + 1) + "?lang=ro", 404).selectFirst("main .lead").text()
                .startsWith("Diapozitivul"));
    }

    @Test
    void theOverviewLinksEverySlideAndTheOfflinePacks() {
        Document page = get("/present", 200);
        List<String> hrefs = page.select("ol.slide-list li a").eachAttr("href");
        assertEquals("/present/1", hrefs.get(0));
        assertEquals("/present/" + hrefs.size(), hrefs.get(hrefs.size() - 1));
        assertEquals(List.of("/present/offline.html?lang=en", "/present/offline.html?lang=ro"),
                page.select("a[download]").eachAttr("href"));
    }

    @Test
    void aFlightAddedToTheHistoryAddsASlide() {
        List<String> before = titles();
        HypotheticalFlight flight = new HypotheticalFlight(PREFIX + "capsule", "Teach Test Capsule", "CN", PREFIX + "1",
                "Teach-Test-1", Instant.parse("2026-06-01T12:00:00Z"), PREFIX + "taikonaut", "Teach Test Taikonaut").add();
        try {
            List<String> after = titles();
            assertEquals(before.size() + 1, after.size(), after.toString());
            int added = number(after, "The first crewed Teach Test Capsule flight");
            assertEquals("Today", after.get(added), "the new flight comes just before today");
            Element slide = get("/present/" + added, 200).selectFirst("section.slide");
            assertEquals("On 1 June 2026, Teach-Test-1 carried the first Teach Test Capsule crew to the station: Teach Test Taikonaut.",
                    slide.selectFirst(".slide-text p").text());
            assertNotNull(slide.selectFirst("svg a.flight.highlight[href=/missions/" + PREFIX + "1]"));
        } finally {
            flight.remove();
        }
        assertEquals(before, titles(), "and removing it takes the slide away");
    }
}
