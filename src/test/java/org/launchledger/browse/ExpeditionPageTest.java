package org.launchledger.browse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExpeditionPageTest {

    @Test
    void expeditionOneFlewUpOnSoyuzAndCameHomeOnTheShuttle() {
        Document page = Html.get("/expeditions/1");
        assertThat(page.select("h1").text(), is("Expedition 1"));
        assertThat(Html.texts(page, "h2:contains(Crew up and down) + .table-wrap tbody th a"),
                containsInAnyOrder("William Shepherd", "Yuri Gidzenko", "Sergei Krikalev"));
        assertThat(Html.texts(page, "h2:contains(Crew up and down) + .table-wrap tbody td:nth-of-type(2) a"),
                everyItem(is("Soyuz TM-31")));
        assertThat(Html.texts(page, "h2:contains(Crew up and down) + .table-wrap tbody td:nth-of-type(4)"),
                everyItem(is("STS-102 (Space Shuttle)")));
    }

    @Test
    void anExpeditionListsTheFlightsThatCarriedItsCrewUpAndHome() {
        // Soyuz MS-19 brought home two of those who launched on Soyuz MS-18 for Expeditions 64/65.
        Document page = Html.get("/expeditions/64");
        assertThat(Html.texts(page, "table.flights tbody th a"),
                contains("Soyuz MS-17", "Crew-1", "Soyuz MS-18", "Soyuz MS-19"));
        assertThat(page.select(".prev-next a[rel=prev]").attr("href"), is("/expeditions/63"));
        assertThat(page.select(".prev-next a[rel=next]").attr("href"), is("/expeditions/65"));
    }

    @Test
    void theShuttleCarriedExpeditionTwoUpAndBroughtItHome() {
        Document page = Html.get("/expeditions/2");
        String crew = "h2:contains(Crew up and down) + .table-wrap tbody ";
        assertThat(Html.texts(page, crew + "th a"), containsInAnyOrder("Yury Usachov", "James S. Voss", "Susan Helms"));
        assertThat(Html.texts(page, crew + "td:nth-of-type(2) a"), everyItem(is("STS-102")));
        assertThat(Html.texts(page, crew + "td:nth-of-type(4) a"), everyItem(is("STS-105")));
    }

    @Test
    void everyExpeditionFromTheFirstToTheLatestHasItsCrew() {
        int latest = given().when().get("/api/missions?sort=launch&size=500").then().statusCode(200)
                .extract().jsonPath().getList("items.expeditions.flatten()", Integer.class)
                .stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(latest > 70, is(true));
        for (int n = 1; n <= latest; n++) {
            given().when().get("/api/expeditions/" + n).then()
                    .statusCode(200)
                    .body("crew.size()", org.hamcrest.Matchers.greaterThan(0));
        }
    }

    @Test
    void expeditionsTheDataDoesNotGiveAreNotFound() {
        assertThat(Html.get("/expeditions/999", 404).select(".error-page p").text(), containsString("'999'"));
        assertThat(Html.get("/expeditions/abc", 404).select("main a[href=/missions]").size(), is(1));
    }

    @Test
    void theJsonTwinHasTheSameFlights() {
        given().when().get("/api/expeditions/64").then()
                .statusCode(200)
                .body("number", equalTo(64))
                .body("missions.slug", contains("soyuz-ms-17", "crew-1", "soyuz-ms-18", "soyuz-ms-19"))
                .body("crew.find { it.person == 'mark-t-vande-hei' }.landedOn", equalTo("soyuz-ms-19"));
        given().when().get("/api/expeditions/999").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }
}
