package org.launchledger.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every page in the reader's language: chosen by ?lang=, then the switcher's cookie, then
 * Accept-Language, else English; the switcher and the alternate links lead to the other language.
 */
@QuarkusTest
class LanguagePagesTest {

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void theQueryChoosesAndTheCookieRemembers() {
        Response ro = given().when().get("/missions?lang=ro");
        assertThat(ro.statusCode(), is(200));
        assertThat(html(ro).select("html").attr("lang"), is("ro"));
        assertThat(ro.header("Content-Language"), is("ro"));
        assertThat(ro.header("Set-Cookie"), startsWith("lang=ro;"));
        assertThat(html(ro).select("header.site nav a[href=/missions]").text(), is("Misiuni"));

        Response remembered = given().cookie("lang", "ro").when().get("/vehicles");
        assertThat(html(remembered).select("html").attr("lang"), is("ro"));
        assertThat(remembered.header("Set-Cookie"), nullValue());
    }

    @Test
    void acceptLanguageChoosesWhenNothingElseDoes() {
        Document page = html(given().header("Accept-Language", "ro-RO,ro;q=0.9,en;q=0.5").when().get("/people"));
        assertThat(page.select("html").attr("lang"), is("ro"));
        Document english = html(given().header("Accept-Language", "de, fr;q=0.8").when().get("/people"));
        assertThat(english.select("html").attr("lang"), is("en"));
    }

    @Test
    void anUnknownLanguageFallsBackToEnglishWithoutAnError() {
        Response response = given().when().get("/?lang=xx");
        assertThat(response.statusCode(), is(200));
        assertThat(html(response).select("html").attr("lang"), is("en"));
        assertThat(response.header("Set-Cookie"), nullValue());
    }

    @Test
    void theSwitcherKeepsThePageAndItsQuery() {
        Document page = html(given().when().get("/missions?vehicle=soyuz&sort=crew"));
        assertThat(page.select("nav.languages a[hreflang=ro]").attr("href"), is("/missions?vehicle=soyuz&sort=crew&lang=ro"));
        assertThat(page.select("link[rel=alternate][hreflang=ro]").attr("href"),
                is("/missions?vehicle=soyuz&sort=crew&lang=ro"));
        Document romanian = html(given().when().get("/missions?vehicle=soyuz&lang=ro"));
        assertThat(romanian.select("nav.languages a[hreflang=en]").attr("href"), is("/missions?vehicle=soyuz&lang=en"));
        assertThat(romanian.select("nav.languages a[hreflang=en]").attr("lang"), is("en"));
        assertThat(romanian.select("link[rel=alternate][hreflang=en]").size(), is(1));
    }

    @Test
    void aRomanianNotFoundPage() {
        Response response = given().accept("text/html").when().get("/no-such-page?lang=ro");
        assertThat(response.statusCode(), is(404));
        Document page = html(response);
        assertThat(page.select("html").attr("lang"), is("ro"));
        assertThat(page.select("h1").text(), is("404 · Pagină negăsită"));
        assertThat(page.select(".error-page p.lead").text(), is("Nu există nicio pagină la adresa /no-such-page."));
        assertThat(html(given().accept("text/html").when().get("/missions/no-such-flight?lang=ro"))
                .select(".error-page p.lead").text(), is("Misiunea „no-such-flight” nu există în registru."));
    }

    @Test
    void aRomanianBadRequestPage() {
        Response response = given().accept("text/html").when().get("/people/peggy-whitson?lang=ro&lang=ro");
        assertThat(response.statusCode(), is(400));
        Document page = html(response);
        assertThat(page.select("html").attr("lang"), is("ro"));
        assertThat(page.select("h1").text(), is("400 · Cerere greșită"));
        assertThat(page.select(".error-page p.lead").text(),
                is("Parametrul „lang” trebuie dat o singură dată (s-au primit 2 valori)."));
    }

    @Test
    void aRomanianFilterMessageNamesTheParameterAndTheRule() {
        Document page = html(given().when().get("/missions?size=abc&lang=ro"));
        assertThat(page.select("#filter-error").text(),
                containsString("trebuie să fie un număr întreg de la 1 la 500 (s-a primit „abc”)"));
    }

    @Test
    void theApiSpeaksCodesButItsErrorsFollowAcceptLanguage() {
        given().header("Accept-Language", "ro").when().get("/api/missions?size=abc").then()
                .statusCode(400)
                .body("title", equalTo("Cerere greșită"))
                .body("detail", equalTo("Parametrul „size” trebuie să fie un număr întreg de la 1 la 500 (s-a primit „abc”)."));
        given().header("Accept-Language", "ro").when().get("/api/missions/demo-2").then()
                .statusCode(200)
                .body("outcome", equalTo("nominal"))
                .body("launch", equalTo("2020-05-30T19:22Z"));
        given().when().get("/api/missions?size=abc").then()
                .body("detail", equalTo("Parameter 'size' must be a whole number from 1 to 500 (got 'abc')."));
    }
}
