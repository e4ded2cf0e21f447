package org.launchledger.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.launchledger.timeline.TimelinePageTest.get;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The home page and the timeline's drawing in Romanian: every word from the Romanian bundle. */
@QuarkusTest
class TimelineRomanianTest {

    /** Words the English page shows; none may remain in the Romanian one (names and data quotes aside). */
    private static final List<String> ENGLISH = List.of("Only", "could", "alone", "Milestones", "Sole-access", "eras",
            "Began", "Ended", "Country", "Countries", "Vehicles", "From", "today", "nobody", "Show", "Whole",
            "history", "Zoom", "launch", "landing", "flight", "mission", "stand-down", "Skip", "chart", "year",
            "date", "Each", "the", "of", "and", "to", "Today", "ongoing", "landed", "launched");

    @Test
    void theHomePageSpeaksRomanian() {
        Document page = get("/?lang=ro", 200);
        assertEquals("ro", page.selectFirst("html").attr("lang"));
        assertEquals("Cine putea trimite oameni pe ISS?", page.selectFirst("main h1").text());
        assertTrue(page.title().startsWith("Cine putea trimite oameni pe ISS?"), page.title());
    }

    @Test
    void theHeadlineIsOneRomanianSentenceWithDatesInWords() {
        Element lead = get("/?lang=ro", 200).selectFirst(".headline .lead");
        String text = lead.text();
        assertTrue(text.startsWith("Doar Rusia putea trimite oameni pe Stația Spațială Internațională, timp de 8 ani"),
                text);
        assertTrue(text.contains("10 luni și 9 zile: de la 21 iulie 2011, aterizarea STS-135, ultimul zbor cu naveta spațială,"
                + " până la 30 mai 2020, lansarea Crew Dragon Demo-2, primul zbor cu echipaj spre ISS cu Crew Dragon."), text);
        assertTrue(text.endsWith("1 lună și 22 de zile din acest interval, începând cu 11 octombrie 2018,"
                + " nimeni nu a putut trimite echipaje."), text);
        assertEquals("2011-07-21T09:57:54Z", lead.select("time").get(0).attr("datetime"));
        assertEquals("/missions/demo-2", lead.select("a").get(1).attr("href"));
        String second = get("/?lang=ro", 200).selectFirst(".headline .second").text();
        assertTrue(second.contains("prima rotație operațională a echipajului cu Crew Dragon"), second);
        assertTrue(second.endsWith("lansată pe 16 noiembrie 2020."), second);
    }

    @Test
    void legendMilestonesAndTablesAreRomanian() {
        Document page = get("/?lang=ro", 200);
        assertEquals(List.of("doar Statele Unite", "doar Rusia", "mai multe țări", "nimeni nu putea trimite echipaje"),
                page.select("figcaption .legend li").eachText().subList(0, 4));
        assertEquals("Momente-cheie", page.selectFirst("#milestones-heading").text());
        assertTrue(page.select(".milestone-list li").eachText()
                .contains("2011-07-21 — aterizarea STS-135, ultimul zbor cu naveta spațială"));
        Element standDown = page.select(".milestone-list li").stream()
                .filter(li -> li.text().startsWith("2003-02-01")).findFirst().orElseThrow();
        assertTrue(standDown.text().startsWith("2003-02-01 — suspendarea zborurilor cu naveta spațială: "), standDown.text());
        assertTrue(standDown.text().contains(": pierderea navetei Columbia"), "the data's reason, in Romanian: " + standDown.text());
        assertTrue(standDown.select("[lang=en]").isEmpty(), "nothing left in English");
        assertEquals("Perioadele în care o singură țară putea trimite echipaje pe ISS", page.selectFirst("#eras-caption").text());
        assertEquals(List.of("Țara", "De la", "Până la", "Durata", "A început cu", "S-a încheiat cu"),
                page.select("table.eras thead th").eachText());
        assertTrue(page.select("table.eras tbody tr").stream().anyMatch(r -> r.text().startsWith("Rusia 21 iulie 2011")));
        assertEquals("Fiecare schimbare a accesului cu echipaj la ISS", page.selectFirst("#segments-caption").text());
        assertTrue(page.select("table.segments tr.gap").text().contains("11 octombrie 2018, 08:40:15 UTC"));
        assertTrue(page.select("table.segments tr.gap").text().contains("nimeni"));
        assertEquals("Mărire și filtrare", page.selectFirst("form.timeline-controls legend").text());
        assertTrue(page.select("form.timeline-controls label").eachText().contains("De la (an sau dată)"));
    }

    @Test
    void theChartSpeaksRomanian() {
        Element svg = get("/?lang=ro&from=2026&to=2030", 200).selectFirst("svg.timeline");
        assertEquals("Accesul cu echipaj la ISS, de la 2026-01-01 până la 2030-12-31", svg.selectFirst("title").text());
        assertEquals("Azi", svg.selectFirst(".today text").text());
        assertTrue(svg.selectFirst(".today title").text().startsWith("Azi, 30 noiembrie 2026:"),
                svg.selectFirst(".today title").text());
        assertEquals("Cine putea zbura", svg.selectFirst(".access .lane-label").text());
        assertEquals("Momente-cheie", svg.selectFirst(".milestones .lane-label").text());
        String crew12 = svg.selectFirst("a.flight[href=/missions/crew-12] title").text();
        assertTrue(crew12.contains("lansare: ") && crew12.contains("în zbor (în desfășurare)"), crew12);
        assertTrue(svg.select("rect.access-block").last().selectFirst("title").text().endsWith("azi (în desfășurare): Crew Dragon și Soiuz"));
        Element soyuz = svg.selectFirst(".lane[data-vehicle=soyuz] .lane-label");
        assertEquals("Soiuz", soyuz.text());
    }

    @Test
    void aSoleAccessEraOfAPluralCountryAgrees() {
        Element svg = get("/?lang=ro", 200).selectFirst("svg.timeline");
        String us = svg.select(".band-era.c-US title").first().text();
        assertTrue(us.startsWith("Doar Statele Unite puteau trimite echipaje pe ISS: 1998-12-04 – 2000-10-31"), us);
        String ru = svg.select(".band-era.c-RU title").last().text();
        assertTrue(ru.startsWith("Doar Rusia putea trimite echipaje pe ISS: 2011-07-21 – 2020-05-30"), ru);
        assertEquals("doar Rusia", svg.select(".band-era.c-RU .band-label").last().text());
    }

    @Test
    void noEnglishWordIsLeftInTheMainContent() {
        for (String path : new String[] {"/?lang=ro", "/?lang=ro&from=2018&to=2019&vehicle=soyuz"}) {
            Element main = get(path, 200).selectFirst("main").clone();
            // Quotes from the data are marked as English; mission and vehicle names stay as they are. The
            // chart's titles quote stand-down reasons unmarked (an SVG title cannot): theChartSpeaksRomanian
            // checks the chart's own words. The embed code to copy is HTML, not prose (translate="no").
            main.select("[lang=en], svg, [translate=no]").remove();
            String text = main.text().replaceAll("Crew Dragon|Crew-\\d+|Demo-2|Starliner|STS-\\d+|Soyuz [A-Z]+-\\d+", "");
            for (String word : ENGLISH) {
                var found = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
                assertFalse(found.find(), () -> "'" + word + "' on " + path + ": …"
                        + text.substring(Math.max(0, found.start() - 80), Math.min(text.length(), found.end() + 80)) + "…");
            }
        }
    }

    @Test
    void aBadZoomInRomanianGivesTheWholeTimelineWithTheFormAnd400() {
        Document page = get("/?lang=ro&from=abc", 400);
        assertEquals("ro", page.selectFirst("html").attr("lang"));
        Element alert = page.selectFirst("[role=alert]");
        assertTrue(alert.text().startsWith("Parametrul „from” trebuie"), alert.text());
        assertTrue(alert.text().contains("Se afișează în schimb întreaga istorie; corectați mai jos."), alert.text());
        assertEquals("#from", alert.selectFirst("a").attr("href"));
        assertEquals("true", page.selectFirst("input#from").attr("aria-invalid"));
        assertEquals("abc", page.selectFirst("input#from").val());
        assertEquals("Afișează", page.selectFirst("form.timeline-controls button").text());
        assertTrue(page.selectFirst("svg.timeline").selectFirst("title").text().startsWith("Accesul cu echipaj la ISS"));
    }

    @Test
    void aRangeTheWrongWayRoundIsExplainedInRomanian() {
        Element alert = get("/?lang=ro&from=2020&to=2010", 400).selectFirst("[role=alert]");
        assertEquals("Parametrul „to” nu poate fi înainte de „from” (2020-01-01). Se afișează în schimb întreaga istorie; "
                + "corectați mai jos.", alert.text());
    }

    @Test
    void aMissionStripIsDrawnInThePageLanguage() {
        Element strip = get("/missions/soyuz-ms-10?lang=ro", 200).selectFirst("svg.timeline");
        assertTrue(strip.selectFirst("title").text().startsWith("Accesul cu echipaj la ISS, de la "),
                strip.selectFirst("title").text());
        assertEquals("Soiuz", strip.selectFirst(".lane .lane-label").text());
        String bar = strip.selectFirst("a.flight[href=/missions/soyuz-ms-10] title").text();
        assertTrue(bar.startsWith("Soyuz MS-10 · lansare: 11 octombrie 2018, 08:40:15 UTC"), bar);
    }
}
