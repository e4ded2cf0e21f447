package org.launchledger.browse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.launchledger.history.CrewSeat;

@QuarkusTest
class StatsPageTest {

    @Test
    void everyChartIsAnAccessibleSvgWithATableBeneath() {
        Document page = Html.get("/stats");
        List<Element> charts = page.select("svg.chart");
        assertThat(charts, hasSize(5));
        for (Element svg : charts) {
            assertThat(svg.attr("role"), is("img"));
            String[] ids = {svg.attr("aria-labelledby"), svg.attr("aria-describedby")};
            assertThat(page.getElementById(ids[0]).tagName(), is("title"));
            assertThat(page.getElementById(ids[0]).text(), not(emptyString()));
            assertThat(page.getElementById(ids[1]).tagName(), is("desc"));
            Element section = svg.closest("section");
            assertThat(section.select(".table-wrap table caption"), hasSize(1));
        }
    }

    @Test
    void launchesPerYearAreStackedByVehicle() {
        Document page = Html.get("/stats");
        assertThat(Html.texts(page, "#launches thead th"),
                contains("Year", "Space Shuttle", "Soyuz", "Crew Dragon", "Starliner", "All"));
        assertThat(row(page, "#launches", "2009"), contains("4", "4", "0", "0", "8"));
        assertThat(row(page, "#launches", "2024"), contains("0", "2", "3", "1", "6"));
        // Years without a Shuttle flight still have their row, so the gap shows.
        assertThat(row(page, "#launches", "2003"), contains("0", "2", "0", "0", "2"));
        assertThat(page.select("#launches svg rect title").eachText(), hasItem("2024, Starliner: 1"));
    }

    @Test
    void seatsByNationalityAndPeoplePerVehicle() {
        Document page = Html.get("/stats");
        assertThat(row(page, "#nationalities", "United States"), contains("314", "173"));
        assertThat(row(page, "#nationalities", "Russia"), contains("126", "64"));
        assertThat(row(page, "#carried", "Space Shuttle"), contains("37", "242", "159"));
        assertThat(row(page, "#carried", "Starliner"), contains("1", "2", "2"));
        assertThat(page.select("#carried svg rect"), hasSize(4));
    }

    @Test
    void longestFlightsCountToTheLandingOfTheFlightHome() {
        Document page = Html.get("/stats");
        List<Element> rows = page.select("#longest tbody tr");
        assertThat(rows, hasSize(CrewSeat.LONGEST_LISTED));
        assertThat(rows.get(0).select("th").text(), is("Nikolai Chub"));
        assertThat(rows.get(0).select("td").eachText(),
                contains("Soyuz MS-24", "Soyuz MS-25", "2023-09-15", "2024-09-23", "373d 20h"));
        assertThat(page.select("#longest tbody th:contains(Francisco Rubio)"), hasSize(1));
    }

    @Test
    void theJsonTwinHasTheSameNumbers() {
        given().when().get("/api/stats").then()
                .statusCode(200)
                .body("vehicles.'space-shuttle'.people", equalTo(159))
                .body("seatsByNationality[0].country", equalTo("US"))
                .body("seatsByNationality[0].seats", equalTo(314))
                .body("longestFlights[0].person", equalTo("nikolai-chub"))
                .body("crewedLaunchesPerYear.find { it.year == 2024 && it.vehicle == 'starliner' }.launches",
                        equalTo(1));
    }

    /** The data cells of the row whose header reads {@code header}, in a section's table. */
    private static List<String> row(Document page, String section, String header) {
        return page.select(section + " tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(header)).findFirst().orElseThrow()
                .select("td").eachText();
    }

    @Test
    void seatsInEachPeriodOfAccessComeFromTheEras() {
        Document page = Html.get("/stats");
        var rows = page.select("#eras tbody tr");
        Element russia = rows.stream().filter(r -> r.text().startsWith("Russia only") && r.text().contains("2011-07-21"))
                .findFirst().orElseThrow();
        assertThat(russia.select("td").get(1).text(), is("2020-05-30"));
        // Russia's era: every seat was on Soyuz (the Soyuz column is the second vehicle column).
        assertThat(russia.select("td.num").get(1).text(), containsString("(100%)"));
        assertThat(rows.first().selectFirst("th").text(), is("United States only"));
        assertThat(rows.last().select("td").get(1).text(), is("today"));
        // Soyuz MS-28 launched the moment the pad was wrecked: its seats count before the US-only stretch.
        Element usOnly = rows.stream().filter(r -> r.text().startsWith("United States only") && r.text().contains("2025-11-27"))
                .findFirst().orElseThrow();
        assertThat(usOnly.select("td.num").get(1).text(), is("0 (0%)"));
    }
}
