package org.launchledger.teach;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** /on/{date} and /api/on/{date} on days whose history is known, and the dates they refuse. */
@QuarkusTest
class OnThisDayTest {

    private static final List<String> STS_135 = List.of("Christopher Ferguson", "Doug Hurley", "Sandra Magnus",
            "Rex J. Walheim");
    private static final List<String> EXPEDITION_28 = List.of("Andrei Borisenko", "Aleksandr Samokutyayev",
            "Ronald J. Garan Jr.", "Sergey Volkov", "Michael E. Fossum", "Satoshi Furukawa");

    static Document page(String path, int status) {
        return Jsoup.parse(given().accept("text/html").when().get(path).then().statusCode(status)
                .contentType("text/html").extract().asString());
    }

    @Test
    void soyuzTma1IsDockedFromNovember2002AndItsCrewAboard() {
        // Its docking (V15) makes it docked, and its visitors aboard, from 1 November 2002.
        Document visit = page("/on/2002-11-05", 200);
        assertTrue(visit.select("table.aboard tbody th a").eachText().containsAll(
                List.of("Frank De Winne", "Sergei Zalyotin", "Yuri Lonchakov")), visit.select("table.aboard").text());
        assertTrue(visit.select("ul.docked li").text().contains("Soyuz TMA-1"), visit.select("ul.docked").text());
        assertTrue(page("/on/2003-02-01", 200).select("ul.docked li").text().contains("Soyuz TMA-1"),
                "the crew's ride home through the Shuttle's stand-down");
        assertTrue(!page("/on/2002-10-31", 200).select("ul.docked li").text().contains("Soyuz TMA-1"), "not yet docked");
    }

    @Test
    void lastShuttleVisitHasAtlantisDockedWithItsFourAndTheExpedition28Crew() {
        Document page = page("/on/2011-07-15", 200);
        assertEquals("On this day: 15 July 2011", page.selectFirst("h1").text());
        List<String> aboard = page.select("table.aboard tbody th a").eachText();
        assertEquals(10, aboard.size(), aboard.toString());
        assertTrue(aboard.containsAll(STS_135) && aboard.containsAll(EXPEDITION_28), aboard.toString());
        assertTrue(page.selectFirst(".lead").text().startsWith("10 people were aboard"));
        for (Element row : page.select("table.aboard tbody tr")) {
            String person = row.selectFirst("th").text();
            String cameOn = row.select("td").get(0).text();
            if (STS_135.contains(person)) {
                assertEquals("STS-135", cameOn);
            } else {
                assertTrue(cameOn.equals("Soyuz TMA-21") || cameOn.equals("Soyuz TMA-02M"), person + " " + cameOn);
                assertTrue(row.select("td").get(2).select("a").eachText().contains("28"), person + " Expedition 28");
            }
        }
        List<String> docked = page.select("ul.docked li").eachText();
        assertEquals(3, docked.size(), docked.toString());
        Element atlantis = page.selectFirst("ul.docked a[href=/spacecraft/space-shuttle-atlantis]");
        assertEquals("Atlantis", atlantis.text());
        assertTrue(atlantis.parent().text().contains("STS-135"), atlantis.parent().text());
        assertEquals(List.of("Russia, United States (Soyuz, Space Shuttle)"),
                page.select("ul.access li").stream().map(li -> li.text().replaceFirst("^.*: ", "")).toList());
        assertEquals("/missions/sts-135", page.select(".facts dd a").get(0).attr("href"), "last launch before");
        assertEquals("/missions/soyuz-tma-22", page.select(".facts dd a").get(1).attr("href"), "next launch after");
        assertEquals("/on/2011-07-14", page.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("/on/2011-07-16", page.selectFirst("a[rel=next]").attr("href"));
    }

    @Test
    void after2018AbortNobodyCouldFlyCrewsThere() {
        Document page = page("/on/2018-11-01", 200);
        assertEquals(List.of("Nobody could fly crews to the station."), page.select("ul.access li strong").eachText());
        assertTrue(page.selectFirst(".lead").text().contains("Nobody could fly crews to the station."));
        assertEquals(List.of("Sergey Prokopyev", "Alexander Gerst", "Serena Auñón-Chancellor").stream().sorted().toList(),
                page.select("table.aboard tbody th a").eachText().stream().sorted().toList());
        assertEquals(List.of("/missions/soyuz-ms-10", "/missions/soyuz-ms-11"),
                page.select(".facts dd a").eachAttr("href"));
    }

    @Test
    void apiGivesTheSameDayAsJson() {
        given().when().get("/api/on/2018-11-01").then().statusCode(200)
                .body("date", equalTo("2018-11-01"))
                .body("access.vehicles", everyItem(empty()))
                .body("aboard.cameOn", everyItem(equalTo("soyuz-ms-09")))
                .body("aboard.person", containsInAnyOrder("alexander-gerst", "sergey-prokopyev",
                        "serena-aunon-chancellor"))
                .body("docked.mission", hasItem("soyuz-ms-09"))
                .body("previousLaunch.mission", equalTo("soyuz-ms-10"))
                .body("nextLaunch.launch", equalTo("2018-12-03T11:31:52Z"));
        given().when().get("/api/on/2011-07-15").then().statusCode(200)
                .body("docked.find { it.mission == 'sts-135' }.spacecraft", equalTo("space-shuttle-atlantis"))
                .body("docked.find { it.mission == 'soyuz-tma-21' }.spacecraft", nullValue())
                .body("aboard.size()", equalTo(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1998-11-19", "2026-12-01", "2011-02-30", "15-07-2011", "yesterday"})
    void refusesDatesItCannotAnswerFor(String date) {
        Document page = page("/on/" + date, 400);
        assertTrue(page.selectFirst(".lead").text().startsWith("Parameter 'date' must be a date as YYYY-MM-DD from"
                + " 1998-11-20 to 2026-11-30"), page.selectFirst(".lead").text());
        given().when().get("/api/on/" + date).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'date'"));
    }

    @Test
    void firstAndLastDaysAnswer() {
        Document first = page("/on/1998-11-20", 200);
        assertEquals("Nobody was aboard that day.", first.selectFirst("#aboard-heading + p").text());
        assertEquals(0, first.select("a[rel=prev]").size(), "no day before the station");
        assertEquals(0, page("/on/2026-11-30", 200).select("a[rel=next]").size(), "no day after today");
    }

    @Test
    void dateFieldRedirectsToTheDaysPage() {
        given().redirects().follow(false).when().get("/on?date=2011-07-15").then().statusCode(303)
                .header("Location", containsString("/on/2011-07-15"));
        page("/on?date=", 400);
        Document timeline = page("/", 200);
        Element field = timeline.selectFirst("form[action=/on] input[type=date][name=date]");
        assertEquals("1998-11-20", field.attr("min"));
        assertEquals("2026-11-30", field.attr("max"));
        assertEquals(field.id(), timeline.selectFirst("form[action=/on] label").attr("for"));
    }

    @Test
    void pageSpeaksRomanian() {
        Document page = page("/on/2018-11-01?lang=ro", 200);
        assertEquals("În această zi: 1 noiembrie 2018", page.selectFirst("h1").text());
        assertEquals(List.of("Nimeni nu putea trimite echipaje la stație."), page.select("ul.access li strong").eachText());
    }
}
