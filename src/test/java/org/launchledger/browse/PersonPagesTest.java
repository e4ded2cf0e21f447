package org.launchledger.browse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class PersonPagesTest {

    private static final String NAMES = "table.people tbody th[scope=row] a";

    @Test
    void peggyWhitsonsPageListsHerFlightsUpAndDown() {
        Document page = Html.get("/people/peggy-whitson");
        assertThat(page.select("h1").text(), is("Peggy Whitson"));
        List<Element> rows = page.select("h2:contains(Flights) + .table-wrap tbody tr");
        assertThat(rows.stream().map(r -> r.selectFirst("th a").text()).toList(),
                contains("STS-111", "Soyuz TMA-11", "Soyuz MS-03", "Ax-2", "Ax-4"));
        assertThat(rows.get(0).select("td").eachText(),
                contains("2002-06-05", "Mission Specialist", "STS-113", "2002-12-07", "184d 22h"));
        assertThat(rows.get(2).select("td").get(2).text(), is("Soyuz MS-04"));
    }

    @Test
    void aPersonsFactsAddUpHerFlights() {
        Document page = Html.get("/people/peggy-whitson");
        assertThat(fact(page, "Nationality"), is("United States"));
        assertThat(fact(page, "Agency"), is("NASA"));
        assertThat(fact(page, "ISS flights"), is("5"));
        assertThat(fact(page, "Time on ISS flights"), is("695d 7h"));
        assertThat(fact(page, "Vehicles flown"), is("Space Shuttle, Soyuz, Crew Dragon"));
        assertThat(page.select(".facts a[href=https://en.wikipedia.org/wiki/Peggy_Whitson]"), hasSize(1));
    }

    @Test
    void someoneStillInSpaceHasAnOpenFlight() {
        Document page = Html.get("/people/jessica-meir");
        Element open = page.selectFirst("tbody tr:has(a[href=/missions/crew-12]) td[colspan]");
        assertThat(open.text(), is("In space since 2026-02-13"));
        assertThat(open.selectFirst("time").attr("datetime"), is("2026-02-13T10:15Z"));
        // Named to come home on the flight she went up on, which has not landed: the same words.
        assertThat(Html.get("/people/anna-kikina").select("tbody tr:has(a[href=/missions/soyuz-ms-29]) td[colspan]").text(),
                is("In space since 2026-07-14"));
        assertThat(fact(page, "Time on ISS flights"), containsString("not counting the flight under way since 2026-02-13"));
    }

    @Test
    void theListHasEveryoneByNameAcrossPages() {
        Document page = Html.get("/people");
        assertThat(page.select("table.people caption").text(), is("People, 295 in all, page 1 of 6"));
        assertThat(page.select(NAMES), hasSize(50));
        Document last = Html.get("/people?size=10&page=29");
        assertThat(last.select(".pager p").text(), is("Showing 291–295 of 295."));
        assertThat(last.select(".pager a[rel=next]"), empty());
    }

    @Test
    void aPagePastTheEndIsA404LeadingToTheLastPage() {
        Document page = Html.get("/people?nationality=FR&page=7", 404);
        assertThat(page.select(".error-page a:contains(last page)").attr("href"), is("/people?nationality=FR"));
    }

    @Test
    void filtersByNationalityAgencyAndVehicle() {
        Document french = Html.get("/people?nationality=FR");
        assertThat(Html.texts(french, NAMES), contains("Claudie Haigneré", "Léopold Eyharts", "Philippe Perrin",
                "Sophie Adenot", "Thomas Pesquet"));
        assertThat(french.select("#f-nationality option[selected]").text(), is("France"));

        Document esa = Html.get("/people?agency=ESA&size=100");
        assertThat(esa.select(NAMES), hasSize(21));
        assertThat(Html.texts(esa, "table.people tbody td:nth-of-type(2)"), everyItem(is("ESA")));

        Document starliner = Html.get("/people?vehicle=starliner");
        assertThat(Html.texts(starliner, NAMES), contains("Barry E. Wilmore", "Sunita Williams"));
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        assertThat(Html.texts(Html.get("/people?q=LALIBERTE"), NAMES), contains("Guy Laliberté"));
        assertThat(Html.texts(Html.get("/people?q=pesquet"), NAMES), contains("Thomas Pesquet"));
    }

    @ParameterizedTest
    @CsvSource({"nationality=USA, nationality", "vehicle=rocket, vehicle", "size=0, size", "page=x, page"})
    void badFilterValuesRedrawThePageWithAMessageAnd400(String query, String field) {
        Document page = Html.get("/people?" + query, 400);
        assertThat(page.selectFirst("[role=alert]").text(), containsString("“" + field + "”"));
        assertThat(page.select("form.filters"), hasSize(1));
        assertThat(page.select("table.people"), empty());
    }

    @Test
    void unknownPersonIsAFriendly404() {
        Document page = Html.get("/people/yuri-gagarin", 404);
        assertThat(page.select(".error-page p").text(), containsString("yuri-gagarin"));
        assertThat(page.select("main a[href=/people]"), hasSize(1));
    }

    private static String fact(Document page, String term) {
        return page.select(".facts dt:matchesOwn(^" + term + "$) + dd").text();
    }

    @Test
    void aLaunchAbortIsNotCountedAsAnIssFlight() {
        Document page = Html.get("/people/nick-hague");
        String flights = page.select(".facts dt:containsOwn(ISS flights) + dd").first().text();
        assertThat(flights, is("2 (and Soyuz MS-10: Launch abort)"));
    }

    @Test
    void theVehicleFilterCountsTheVehicleSomeoneCameHomeOn() {
        Document page = Html.get("/people?vehicle=crew-dragon&size=500");
        assertThat(Html.texts(page, "table a[href=/people/barry-e-wilmore]"), hasSize(1));
    }
}
