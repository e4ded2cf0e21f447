package org.launchledger.timeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The home page, read as HTML: headline, bands, links and the filtered views. */
@QuarkusTest
class TimelinePageTest {

    /** The page at {@code path}, which must answer {@code status} with HTML. */
    static Document get(String path, int status) {
        String html = given().when().get(path).then().statusCode(status).contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }

    @Test
    void theChartsTitlesNameCountriesAndVehiclesAsASentenceDoes() {
        Document page = get("/", 200);
        assertTrue(page.select("svg.timeline .band-era title").eachText().stream()
                .anyMatch(t -> t.startsWith("Only the United States could fly crews to the ISS: 1998-12-04")),
                page.select("svg.timeline .band-era title").eachText().toString());
        assertTrue(page.select("svg.timeline .access-block title").eachText().stream()
                .anyMatch(t -> t.endsWith(": the Space Shuttle and Soyuz") || t.endsWith(": Soyuz and the Space Shuttle")),
                page.select("svg.timeline .access-block title").eachText().toString());
        Document romanian = get("/?lang=ro", 200);
        assertTrue(romanian.select("svg.timeline .access-block title").eachText().stream()
                .anyMatch(t -> t.endsWith(": naveta spațială și Soiuz") || t.endsWith(": Soiuz și naveta spațială")),
                romanian.select("svg.timeline .access-block title").eachText().toString());
    }

    @Test
    void theChartsCaptionWritesItsDatesOut() {
        assertTrue(get("/?from=2011-07-01&to=2011-07-31", 200).select("p.muted").eachText()
                .contains("Each bar links to its mission. Times are UTC. Showing 1 July 2011 to 31 July 2011."));
        assertTrue(get("/?from=2011-07-01&to=2011-07-31&lang=ro", 200).select("p.muted").eachText()
                .contains("Fiecare bară duce la pagina misiunii. Orele sunt în UTC. Intervalul afișat: 1 iulie 2011 – 31 iulie 2011."));
    }

    @Test
    void headlineSaysWhenAndHowRussiaLostItsMonopoly() {
        Document page = get("/", 200);
        Element headline = page.selectFirst(".headline .lead");
        assertTrue(headline.text().contains("8 years, 10 months, 9 days"), headline.text());
        assertTrue(headline.text().endsWith("For 1 month, 22 days of that time, from 11 October 2018, nobody could."),
                headline.text());
        assertTrue(headline.text().startsWith("Only Russia could fly people"), headline.text());
        assertEquals("2011-07-21T09:57:54Z", headline.select("time").get(0).attr("datetime"));
        assertEquals("2020-05-30T19:22Z", headline.select("time").get(1).attr("datetime"));
        assertEquals("21 July 2011", headline.select("time").get(0).text(), "a date in a sentence is written out");
        assertEquals("/missions/sts-135", headline.select("a").get(0).attr("href"));
        assertEquals("/missions/demo-2", headline.select("a").get(1).attr("href"));
        assertTrue(headline.text().contains("the landing of STS-135, the last Space Shuttle flight"), headline.text());
        Element second = page.selectFirst(".headline .second");
        assertEquals("/missions/crew-1", second.selectFirst("a").attr("href"));
        assertEquals("16 November 2020", second.selectFirst("time").text());
    }

    @Test
    void everySoleAccessEraIsABandWithItsDates() {
        Document page = get("/", 200);
        var bands = page.select("svg.timeline .band-era");
        assertEquals(java.util.List.of("c-US", "c-RU", "c-RU", "c-RU", "c-US"),
                bands.stream().map(b -> b.classNames().stream().filter(c -> c.startsWith("c-")).findFirst().orElse(""))
                        .toList());
        assertTrue(bands.get(0).selectFirst("title").text().contains("1998-12-04 – 2000-10-31"));
        assertTrue(bands.get(1).selectFirst("title").text().contains("2003-02-01 – 2005-07-26"));
        assertTrue(bands.get(2).selectFirst("title").text().contains("2005-07-27 – 2006-07-04"));
        assertTrue(bands.get(4).selectFirst("title").text().contains("2025-11-27 – 2026-03-03"));
        assertEquals(java.util.List.of("United States only", "Russia only"),
                page.select("figcaption .legend li").eachText().subList(0, 2));
        Element russia = bands.stream().filter(b -> b.selectFirst("title").text().contains("2011-07-21 – 2020-05-30"))
                .findFirst().orElseThrow();
        assertTrue(russia.hasClass("c-RU"));
        assertTrue(russia.selectFirst("title").text().contains("8 years, 10 months, 9 days"));
        assertEquals("Russia only", russia.selectFirst(".band-label").text());
    }

    @Test
    void the2018GapIsDrawnAsNoAccess() {
        Document page = get("/", 200);
        var gaps = page.select("svg.timeline .band-gap title");
        assertEquals(1, gaps.size());
        var rect = page.selectFirst("svg.timeline .band-gap rect");
        int x = Integer.parseInt(rect.attr("x"));
        var years = page.select("svg.timeline .year");
        int x2018 = Integer.parseInt(years.stream().filter(y -> y.text().equals("2018")).findFirst().orElseThrow().attr("x"));
        int x2020 = Integer.parseInt(years.stream().filter(y -> y.text().equals("2020")).findFirst().orElseThrow().attr("x"));
        assertTrue(x > x2018 + (x2020 - x2018) * 0.35 && x < x2018 + (x2020 - x2018) / 2, "October 2018 is at " + x);
        assertTrue(gaps.first().text().contains("2018-10-11 – 2018-12-03"), gaps.first().text());
    }

    @Test
    void missionsLinkToTheirPagesWithATitle() {
        Document page = get("/", 200);
        Element demo2 = page.selectFirst("svg.timeline a[href=/missions/demo-2]");
        String title = demo2.selectFirst("title").text();
        assertTrue(title.contains("Crew Dragon Demo-2"));
        assertTrue(title.contains("30 May 2020, 19:22 UTC"), title);
        assertTrue(title.contains("Bob Behnken"), title);
        assertTrue(page.selectFirst("svg.timeline a[href=/missions/soyuz-ms-10]").hasClass("abort"));
        assertEquals(129, page.select("svg.timeline a.flight").size());
    }

    @Test
    void milestonesComeFromTheData() {
        Document page = get("/", 200);
        String milestones = page.select(".milestone-list li").text();
        assertTrue(milestones.contains("STS-88, the first crewed Space Shuttle flight"), milestones);
        assertTrue(milestones.contains("STS-135, the last Space Shuttle flight"), milestones);
        assertTrue(milestones.contains("Columbia"), milestones);
        assertEquals(page.select(".milestone-list li").size(), page.select("svg.timeline .milestone").size());
    }

    @Test
    void filteringByVehicleLeavesOnlyThoseLanes() {
        Document page = get("/?vehicle=soyuz&vehicle=crew-dragon", 200);
        var lanes = page.select("svg.timeline .lane");
        assertEquals(2, lanes.size());
        assertEquals("soyuz", lanes.get(0).attr("data-vehicle"));
        assertTrue(page.selectFirst("input[value=soyuz]").hasAttr("checked"));
        assertFalse(page.selectFirst("input[value=starliner]").hasAttr("checked"));
    }

    @Test
    void zoomingNarrowsTheAxis() {
        Document page = get("/?from=2018&to=2019-06-30", 200);
        var years = page.select("svg.timeline .year").eachText();
        assertEquals(java.util.List.of("2018", "2019"), years);
        assertTrue(page.select("svg.timeline a[href=/missions/sts-88]").isEmpty());
        assertFalse(page.select("svg.timeline a[href=/missions/soyuz-ms-10]").isEmpty());
        assertEquals("2018", page.selectFirst("input#from").val());
    }

    @Test
    void badValuesGiveTheWholeTimelineWithAMessageAnd400() {
        for (String query : new String[] {"from=abc", "to=20200", "from=2020&to=2010", "vehicle=rocket", "from=2020-13-45",
                "from=2030", "from=%25", "to=" + "9".repeat(200)}) {
            Document page = get("/?" + query, 400);
            Element message = page.selectFirst("[role=alert]");
            assertTrue(message != null && !message.text().isBlank(), query);
            assertFalse(page.select("svg.timeline").isEmpty(), query);
        }
        Document badFrom = get("/?from=abc", 400);
        assertTrue(badFrom.selectFirst("[role=alert]").text().contains("'from'"));
        assertEquals("true", badFrom.selectFirst("input#from").attr("aria-invalid"));
        assertTrue(badFrom.selectFirst("#from-error").text().contains("must be a year"));
        assertEquals("abc", badFrom.selectFirst("input#from").val(), "what the reader typed stays in the field");
        for (String query : new String[] {"from=1950", "from=abc", "from=1950-01-01"}) {
            assertTrue(get("/?" + query, 400).selectFirst("#from-error").text()
                    .contains("must be a year (1957-2100) or a date as YYYY-MM-DD"), query + ": one rule, one message");
        }
        Document lateFrom = get("/?from=2030", 400);
        assertEquals("true", lateFrom.selectFirst("input#from").attr("aria-invalid"), "only 'from' was given");
        assertTrue(lateFrom.selectFirst("input#to").attr("aria-invalid").isEmpty());
        assertEquals("true", get("/?vehicle=rocket", 400).selectFirst("fieldset#vehicle").attr("aria-invalid"));
    }

    @Test
    void tablesGiveTheSameFactsAsText() {
        Document page = get("/", 200);
        var eraRows = page.select("table.eras tbody tr");
        assertTrue(eraRows.stream().anyMatch(r -> r.text().startsWith("Russia") && r.text().contains("8 years, 10 months, 9 days")
                && r.text().contains("Crew Dragon Demo-2")));
        assertTrue(page.select("table.segments tr.gap").text().contains("11 October 2018, 08:40:15 UTC"));
    }

    /** The right edge of an SVG rect: x + width. */
    static int right(Element rect) {
        return Integer.parseInt(rect.attr("x")) + Integer.parseInt(rect.attr("width"));
    }

    /** Where the chart draws today. */
    static int todayX(Element svg) {
        return Integer.parseInt(svg.selectFirst(".today line").attr("x1"));
    }

    @Test
    void aViewPastTodayStopsAFlightInProgressAtToday() {
        Element svg = get("/?from=2026&to=2030", 200).selectFirst("svg.timeline");
        int today = todayX(svg);
        Element crew12 = svg.selectFirst("a.flight[href=/missions/crew-12]");
        assertEquals(today, right(crew12.selectFirst("rect.flight-bar")), "Crew-12 ends at today, not at 2030-12-31");
        assertTrue(today < Integer.parseInt(svg.select(".grid line").last().attr("x1")), "today is before 2030");
        assertTrue(crew12.hasClass("open"));
        assertFalse(crew12.select(".open-end").isEmpty(), "its open end is drawn");
        assertTrue(crew12.selectFirst("title").text().contains("ongoing"), crew12.selectFirst("title").text());
        assertEquals("Today", svg.selectFirst(".today text").text());
    }

    @Test
    void aViewPastTodayStopsWhoCouldFlyAtTodayAndDrawsNothingAfter() {
        Element svg = get("/?from=2026&to=2030", 200).selectFirst("svg.timeline");
        int today = todayX(svg);
        Element now = svg.select("rect.access-block").last();
        assertEquals(today, right(now));
        assertTrue(now.hasClass("open"));
        assertTrue(now.selectFirst("title").text().contains("today (ongoing)"), now.selectFirst("title").text());
        for (Element rect : svg.select(".bands rect, rect.access-block, rect.stand-down, rect.flight-bar, rect.docked")) {
            assertTrue(right(rect) <= today, rect.outerHtml());
        }
        Element starliner = svg.selectFirst(".lane[data-vehicle=starliner] rect.stand-down.open");
        assertEquals(today, right(starliner), "the stand-down still in force ends at today");
    }

    @Test
    void anEraStillRunningTodayEndsAtTodayAndIsOpen() {
        // On 2026-03-01 Soyuz's pad was still wrecked: the United States alone could fly crews.
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), Clock.class);
        Element svg = get("/?from=2025&to=2030", 200).selectFirst("svg.timeline");
        int today = todayX(svg);
        Element era = svg.select(".band-era").last();
        assertTrue(era.hasClass("c-US") && era.hasClass("open"), era.outerHtml());
        assertEquals(today, right(era.selectFirst("rect")));
        assertTrue(era.selectFirst("title").text().contains("still lasts"), era.selectFirst("title").text());
        assertTrue(svg.select("a.flight[href=/missions/soyuz-ms-29]").isEmpty(), "MS-29 had not launched yet");
        assertTrue(svg.selectFirst("a.flight[href=/missions/soyuz-ms-28]").hasClass("open"), "MS-28 was still up");
    }
}
