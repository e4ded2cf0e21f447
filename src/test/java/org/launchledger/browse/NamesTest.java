package org.launchledger.browse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People are found by any of their names, in any spelling or script, and renamed slugs still answer. */
@QuarkusTest
class NamesTest {

    @ParameterizedTest
    @CsvSource({
            "Slawosz, slawosz-uznanski-wisniewski",
            "Sławosz, slawosz-uznanski-wisniewski",
            "Uznanski-Wisniewski, slawosz-uznanski-wisniewski",
            "Gezeravci, alper-gezeravci",
            "Gezeravcı, alper-gezeravci",
            "Novitskiy, oleg-novitsky",
            "Novitsky, oleg-novitsky",
            "Новицкий, oleg-novitsky",
            "Butch, barry-e-wilmore",
            "Suni Williams, sunita-williams",
            "Krikalyov, sergei-krikalev",
            "Крикалёв, sergei-krikalev",
    })
    void aNameInAnySpellingFindsThePerson(String text, String slug) {
        given().queryParam("q", text).when().get("/api/search").then()
                .statusCode(200)
                .body("people.items.slug", hasItem(slug));
        given().queryParam("q", text).when().get("/api/people").then()
                .statusCode(200)
                .body("items.slug", hasItem(slug));
        Document page = Html.get("/search?q=" + text);
        assertThat(Html.texts(page, "a[href=/people/" + slug + "]").isEmpty(), is(false));
    }

    @Test
    void searchingAPersonsNameListsTheirMissions() {
        given().queryParam("q", "Новицкий").when().get("/api/search").then()
                .statusCode(200)
                .body("missions.items.slug", hasItems("soyuz-tma-06m", "soyuz-ms-03", "soyuz-ms-18"));
        Document page = Html.get("/search?q=Novitskiy");
        assertThat(page.select("a[href=/missions/soyuz-ms-03]").isEmpty(), is(false));
    }

    @Test
    void aPersonPageShowsTheOtherNamesWithTheirSources() {
        Document page = Html.get("/people/oleg-novitsky");
        assertThat(Html.texts(page, ".also-known-as li span"), hasItems("Oleg Novitsky"));
        assertThat(page.select(".also-known-as span[lang=und-Cyrl]").isEmpty(), is(false));
        assertThat(page.select(".also-known-as li").stream().allMatch(li -> li.select("a.source[href^=http]").size() == 1),
                is(true));
        given().when().get("/api/people/oleg-novitsky").then()
                .statusCode(200)
                .body("alternativeNames.name", hasItem("Oleg Novitsky"))
                .body("alternativeNames.findAll { it.kind == 'native-script' }.source", hasItem(org.hamcrest.Matchers.startsWith("http")));
    }

    @ParameterizedTest
    @CsvSource({
            "/people/alper-gezeravc, /people/alper-gezeravci",
            "/people/sawosz-uznanski-wisniewski, /people/slawosz-uznanski-wisniewski",
            "/api/people/alper-gezeravc, /api/people/alper-gezeravci",
            "/api/people/sawosz-uznanski-wisniewski, /api/people/slawosz-uznanski-wisniewski",
    })
    void anOldSlugAnswersWithAPermanentRedirect(String old, String current) {
        given().redirects().follow(false).when().get(old).then()
                .statusCode(301)
                .header("Location", endsWith(current));
        given().when().get(old).then().statusCode(200);
    }

    @Test
    void aRedirectNeverPointsAtTheHostTheClientNamed() {
        given().redirects().follow(false).header("Host", "evil.example").when().get("/people/alper-gezeravc").then()
                .statusCode(301)
                .header("Location", org.hamcrest.Matchers.equalTo("/people/alper-gezeravci"));
    }

    @Test
    void aRedirectKeepsTheQuery() {
        given().redirects().follow(false).when().get("/people/alper-gezeravc?lang=ro").then()
                .statusCode(301)
                .header("Location", endsWith("/people/alper-gezeravci?lang=ro"));
    }

    @Test
    void slugsKeepEveryLetter() {
        given().when().get("/api/people?q=Gezeravc").then()
                .statusCode(200)
                .body("items.slug", contains("alper-gezeravci"));
    }

    @Test
    void theVehicleNamesThePagesUseFindTheirFlights() {
        given().queryParam("q", "soiuz").when().get("/api/search").then()
                .statusCode(200)
                .body("missions.total", org.hamcrest.Matchers.greaterThan(70))
                .body("missions.items[0].slug", org.hamcrest.Matchers.equalTo("soyuz-tm-31"));
        given().queryParam("q", "Soiuz MS-10").when().get("/api/missions").then()
                .statusCode(200)
                .body("items.slug", contains("soyuz-ms-10"));
        Document page = Html.get("/search?q=naveta&lang=ro");
        assertThat(page.select("a[href=/missions/sts-88]").isEmpty(), is(false));
    }
}
