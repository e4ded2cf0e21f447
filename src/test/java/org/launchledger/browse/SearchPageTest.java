package org.launchledger.browse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.launchledger.history.Search;

@QuarkusTest
class SearchPageTest {

    private static final String MISSIONS = "#found-missions ~ ul a";
    private static final String PEOPLE = "#found-people ~ ul a";
    private static final String SPACECRAFT = "#found-spacecraft ~ ul a";
    private static final String VEHICLES = "#found-vehicles ~ ul a";
    private static final String EXPEDITIONS = "#found-expeditions ~ ul > li > a";

    @Test
    void ms10FindsTheMissionAndShowsItsLaunchAbort() {
        Document page = Html.get("/search?q=ms-10");
        assertThat(Html.texts(page, MISSIONS), contains("Soyuz MS-10"));
        assertThat(page.select("#found-missions ~ ul li .outcome").text(), is("Launch abort"));
        assertThat(page.select(PEOPLE), empty());
    }

    @Test
    void aDesignationWrittenWithoutItsSeparatorsIsFound() {
        assertThat(Html.texts(Html.get("/search?q=STS135"), MISSIONS), contains("STS-135"));
        assertThat(Html.texts(Html.get("/search?q=soyuz ms22"), MISSIONS), contains("Soyuz MS-22"));
        assertThat(Html.texts(Html.get("/missions?q=crew12"), "tbody a.designation"), contains("Crew-12"));
    }

    @Test
    void aYearFindsItsLaunchesAndLinksItsTimeline() {
        Document page = Html.get("/search?q=2011");
        java.util.List<String> launched = Html.texts(page, MISSIONS);
        assertThat(launched, hasItem("STS-135"));
        assertThat(launched, equalTo(Html.texts(Html.get("/missions?from=2011&to=2011"), "tbody a.designation")));
        assertThat(page.select("#found-missions").text(), startsWith("Missions launched in 2011 ("));
        assertThat(page.select("#found-dates ~ ul a").eachAttr("href"), contains("/?from=2011&to=2011"));
        assertThat(page.select("#found-dates ~ ul a").text(), is("The timeline of 2011"));
        Document romanian = Html.get("/search?q=2011&lang=ro");
        assertThat(romanian.select("#found-missions").text(), startsWith("Misiuni lansate în 2011 ("));
        assertThat(romanian.select("#found-dates ~ ul a").text(), is("Cronologia anului 2011"));
        given().when().get("/api/search?q=2011").then()
                .body("launched.from", is("2011-01-01")).body("launched.to", is("2011-12-31"))
                .body("missions.items.slug", hasItem("sts-135"))
                .body("missions.total", is(launched.size()));
        given().when().get("/api/search?q=sts-135").then().body("launched", is((Object) null));
    }

    @Test
    void aYearBesideNamesNarrowsTheirMissionsToIt() {
        Document soyuz = Html.get("/search?q=soyuz 2011");
        java.util.List<String> launched = Html.texts(soyuz, MISSIONS);
        assertThat(launched, hasItem("Soyuz TMA-21"));
        assertThat(launched, equalTo(Html.texts(Html.get("/missions?q=soyuz&from=2011&to=2011"), "tbody a.designation")));
        assertThat(soyuz.select("#found-missions").text(), startsWith("Missions launched in 2011 ("));
        assertThat(soyuz.select(VEHICLES).eachAttr("href"), contains("/vehicles/soyuz"));
        Document whitson = Html.get("/search?q=2002 whitson");
        assertThat(Html.texts(whitson, MISSIONS), contains("STS-111"));
        assertThat(whitson.select("#found-missions ~ ul li").text(), endsWith("crew: Peggy Whitson"));
        assertThat(Html.texts(whitson, PEOPLE), contains("Peggy Whitson"));
        assertThat(Html.texts(Html.get("/search?q=soiuz 2011&lang=ro"), MISSIONS), equalTo(launched));
        given().when().get("/api/search?q=soyuz 2011").then()
                .body("launched.from", is("2011-01-01")).body("missions.total", is(launched.size()));
    }

    @Test
    void aDayLinksWhoWasAboardThenAndItsLaunches() {
        Document launchDay = Html.get("/search?q=2011-07-08");
        assertThat(Html.texts(launchDay, MISSIONS), contains("STS-135"));
        assertThat(launchDay.select("#found-missions").text(), startsWith("Missions launched on 8 July 2011 ("));
        assertThat(launchDay.select("#found-dates ~ ul a").eachAttr("href"), contains("/on/2011-07-08"));
        assertThat(launchDay.select("#found-dates ~ ul a").text(),
                is("8 July 2011: who was aboard the station, and who could fly crews there"));
        assertThat(Html.get("/search?q=2011-07-08&lang=ro").select("#found-dates ~ ul a").text(),
                is("8 iulie 2011: cine era la bordul stației și cine putea trimite echipaje acolo"));
        // A day without a launch still links who was aboard; a day before the station links nothing.
        Document quiet = Html.get("/search?q=2011-07-28");
        assertThat(quiet.select("main section h2").eachAttr("id"), contains("found-dates"));
        assertThat(quiet.select("#none-launched").text(), is("No crewed flight launched on 28 July 2011."));
        assertThat(Html.get("/search?q=2011-07-28&lang=ro").select("#none-launched").text(),
                is("Niciun zbor cu echipaj nu a decolat pe 28 iulie 2011."));
        assertThat(launchDay.select("#none-launched"), empty());
        Document before = Html.get("/search?q=1965-03-18");
        assertThat(before.select("main section"), empty());
        assertThat(before.select("#none-launched").text(), is("No crewed flight launched on 18 March 1965."));
        // A launch that day, but not of what the words name: no claim that nothing launched.
        Document soyuzThatDay = Html.get("/search?q=soyuz 2011-07-08");
        assertThat(soyuzThatDay.select("#found-missions"), empty());
        assertThat(soyuzThatDay.select("#none-launched").text(), is("No mission matching “soyuz” launched on 8 July 2011."));
        assertThat(Html.get("/search?q=soyuz July 2011&lang=ro").select("#none-launched").text(),
                is("Nicio misiune care să se potrivească cu „soyuz” nu a decolat în iulie 2011."));
    }

    @Test
    void aDayWrittenAsReadersWriteItFindsWhatItsIsoFormFinds() {
        Document iso = Html.get("/search?q=2011-07-08");
        for (String text : new String[] {"8 July 2011", "July 8, 2011", "8 iulie 2011", "8.07.2011", "sts 8 Jul 2011"}) {
            Document page = Html.get("/search?q=" + text);
            assertThat(text, Html.texts(page, MISSIONS), equalTo(Html.texts(iso, MISSIONS)));
            assertThat(text, page.select("#found-dates ~ ul a").eachAttr("href"), contains("/on/2011-07-08"));
        }
        given().when().get("/api/search?q=8 iulie 2011").then()
                .body("launched.from", is("2011-07-08")).body("launched.to", is("2011-07-08"))
                .body("missions.items.designation", contains("STS-135"));
    }

    @Test
    void aMonthFindsItsLaunchesAndLinksItsTimeline() {
        Document page = Html.get("/search?q=July 2011");
        assertThat(Html.texts(page, MISSIONS), equalTo(Html.texts(
                Html.get("/missions?from=2011-07-01&to=2011-07-31"), "tbody a.designation")));
        assertThat(Html.texts(page, MISSIONS), contains("STS-135"));
        assertThat(page.select("#found-missions").text(), startsWith("Missions launched in July 2011 ("));
        assertThat(page.select("#found-dates ~ ul a").eachAttr("href"), contains("/?from=2011-07-01&to=2011-07-31"));
        assertThat(page.select("#found-dates ~ ul a").text(), is("The timeline of July 2011"));
        Document romanian = Html.get("/search?q=iulie 2011&lang=ro");
        assertThat(Html.texts(romanian, MISSIONS), equalTo(Html.texts(page, MISSIONS)));
        assertThat(romanian.select("#found-missions").text(), startsWith("Misiuni lansate în iulie 2011 ("));
        assertThat(romanian.select("#found-dates ~ ul a").text(), is("Cronologia lunii iulie 2011"));
        Html.get("/?from=2011-07-01&to=2011-07-31");
        given().when().get("/api/search?q=2011-07").then()
                .body("launched.from", is("2011-07-01")).body("launched.to", is("2011-07-31"));
    }

    @Test
    void aNumberBeforeAMonthThatIsPartOfANameKeepsToTheName() {
        // 64 is no day of a month: the text is Expedition 64 and December 2020.
        given().when().get("/api/search?q=Expedition 64 December 2020").then().statusCode(200)
                .body("launched.from", is("2020-12-01"));
        // 2 April 2021 is a day, but no crew launched then: the 2 is Crew-2's, in April 2021.
        given().when().get("/api/search?q=crew 2 April 2021").then().statusCode(200)
                .body("launched.from", is("2021-04-01")).body("launched.to", is("2021-04-30"))
                .body("missions.items.designation", contains("Crew-2"));
        // Where the day finds the flight, the day stands.
        given().when().get("/api/search?q=sts 8 July 2011").then().statusCode(200)
                .body("launched.from", is("2011-07-08")).body("missions.items.designation", contains("STS-135"));
    }

    @Test
    void aPrepositionBesideTheDateIsPartOfIt() {
        assertThat(Html.texts(Html.get("/search?q=in July 2011"), MISSIONS), contains("STS-135"));
        assertThat(Html.texts(Html.get("/search?q=pe 8 iulie 2011&lang=ro"), MISSIONS), contains("STS-135"));
        assertThat(Html.get("/search?q=in July 2011").select("#found-people"), empty());
        // Month after year, and an expedition beside a date.
        assertThat(Html.texts(Html.get("/search?q=2011 July"), MISSIONS), contains("STS-135"));
        assertThat(Html.get("/search?q=Expedition 64 December 2020").select(EXPEDITIONS).eachAttr("href"),
                contains("/expeditions/64"));
        // An expedition's number that is also a day of the month, or a day that month lacks, stays the expedition's.
        given().when().get("/api/search?q=Expedition 28 July 2011").then().statusCode(200)
                .body("expeditions", contains(28)).body("launched.from", is("2011-07-01"));
        given().when().get("/api/search?q=Expedition 30 February 2012").then().statusCode(200)
                .body("expeditions", contains(30)).body("launched.from", is("2012-02-01"));
        // "of" between a day and its month; a preposition does not hide a day the calendar lacks.
        assertThat(Html.texts(Html.get("/search?q=8th of July 2011"), MISSIONS), contains("STS-135"));
        Html.get("/search?q=in 32 July 2011", 400);
        given().when().get("/api/search?q=8.07.11").then().statusCode(400)
                .body("parameter", is("q")).body("detail", containsString("the year is in two digits"));
    }

    @Test
    void aMonthWithoutALaunchSaysSoAndLinksItsTimeline() {
        Document quiet = Html.get("/search?q=August 2011");
        assertThat(quiet.select("#found-missions"), empty());
        assertThat(quiet.select("#none-launched").text(), is("No crewed flight launched in August 2011."));
        assertThat(quiet.select("#found-dates ~ ul a").eachAttr("href"), contains("/?from=2011-08-01&to=2011-08-31"));
        assertThat(Html.get("/search?q=august 2011&lang=ro").select("#none-launched").text(),
                is("Niciun zbor cu echipaj nu a decolat în august 2011."));
        // Long before the station: nothing to link, and the date understood.
        Document before = Html.get("/search?q=March 1965");
        assertThat(before.select("main section"), empty());
        assertThat(before.select("#none-launched").text(), is("No crewed flight launched in March 1965."));
    }

    @Test
    void aDateTheCalendarDoesNotHaveIsA400NamingTheFieldAndTheWayToWriteADay() {
        for (String text : new String[] {"2011-02-30", "30 February 2011", "soyuz 31.04.2011"}) {
            Document page = Html.get("/search?q=" + text, 400);
            assertThat(text, page.select("#filter-error").text(), allOf(startsWith("The search text “q” holds a date the calendar does not have"),
                    containsString(text.replace("soyuz ", "")), containsString("21 July 2011")));
            assertThat(page.select("#f-q").attr("aria-invalid"), is("true"));
            assertThat(page.select("main section"), empty());
        }
        assertThat(Html.get("/search?q=30 februarie 2011&lang=ro", 400).select("#filter-error").text(),
                startsWith("Textul căutat „q” conține o dată care nu există"));
        assertThat(Html.get("/search?q=8/7/2011", 400).select("#filter-error").text(),
                containsString("holds a date the search cannot read for certain (got '8/7/2011'): day and month could be either way round"));
        given().when().get("/api/search?q=2011-02-30").then().statusCode(400)
                .body("parameter", is("q")).body("detail", containsString("'2011-02-30'"));
    }

    @Test
    void endeavourFindsBothTheOrbiterAndTheCapsule() {
        Document page = Html.get("/search?q=endeavour");
        assertThat(page.select(SPACECRAFT).eachAttr("href"),
                containsInAnyOrder("/spacecraft/space-shuttle-endeavour", "/spacecraft/crew-dragon-endeavour"));
    }

    @Test
    void namesMatchInPartAndWithoutAccentsOrCase() {
        Document peresild = Html.get("/search?q=peresild");
        assertThat(Html.texts(peresild, PEOPLE), contains("Yulia Peresild"));
        assertThat(Html.texts(peresild, MISSIONS), contains("Soyuz MS-19"));
        assertThat(Html.texts(Html.get("/search?q=PÉSQUET"), PEOPLE), contains("Thomas Pesquet"));
        assertThat(Html.texts(Html.get("/search?q=LALIBERTE"), PEOPLE), contains("Guy Laliberté"));
    }

    @Test
    void aPersonFoundByAnotherNameSaysWhichOne() {
        Document cyrillic = Html.get("/search?q=Новицкий");
        assertThat(cyrillic.select("#found-people ~ ul li").text(),
                is("Oleg Novitskiy (also written Олег Викторович Новицкий) · Russia · Roscosmos"));
        assertThat(cyrillic.select("#found-people ~ ul li span[lang]").attr("lang"), is("und-Cyrl"));
        Document iss = Html.get("/search?q=iss&lang=ro");
        assertThat(iss.select("#found-people ~ ul li").text(), containsString("(scris și Konstantin Sergejewitsch Borissow)"));
        assertThat(Html.get("/people?q=Новицкий").select("table.people th[scope=row]").text(),
                is("Oleg Novitskiy (also written Олег Викторович Новицкий)"));
        // Found by their own name: nothing more to say.
        assertThat(Html.get("/search?q=novitskiy").select("#found-people ~ ul li").text(), is("Oleg Novitskiy · Russia · Roscosmos"));
    }

    @Test
    void aMissionFoundThroughItsCrewSaysWhom() {
        assertThat(Html.get("/search?q=whitson").select("#found-missions ~ ul li:contains(STS-111)").text(),
                endsWith(" · crew: Peggy Whitson"));
        assertThat(Html.get("/search?q=iss&lang=ro").select("#found-missions ~ ul li").text(),
                containsString("echipaj: Konstantin Borisov"));
        // Found by its designation or its airframe: nothing more to say.
        assertThat(Html.get("/search?q=ms-10").select("#found-missions ~ ul li").text(), not(containsString("crew:")));
        assertThat(Html.get("/search?q=endeavour").select("#found-missions ~ ul li").text(), not(containsString("crew:")));
    }

    @Test
    void manyMatchesLinkToTheFullList() {
        Document page = Html.get("/search?q=soyuz");
        assertThat(page.select(MISSIONS), hasSize(Search.LIMIT));
        assertThat(page.select("a[href=/missions?q=soyuz]").text(), containsString("All 74 matching missions"));
    }

    @Test
    void aVehicleNameFindsTheVehiclePageInTheReadersLanguage() {
        Document soyuz = Html.get("/search?q=soyuz");
        assertThat(soyuz.select(VEHICLES).eachAttr("href"), contains("/vehicles/soyuz"));
        assertThat(Html.texts(soyuz, VEHICLES), contains("Soyuz"));
        Document naveta = Html.get("/search?q=naveta&lang=ro");
        assertThat(naveta.select(VEHICLES).eachAttr("href"), contains("/vehicles/space-shuttle"));
        assertThat(Html.texts(naveta, VEHICLES), contains("Naveta spațială"));
        assertThat(naveta.select("#found-vehicles").text(), startsWith("Vehicule"));
        assertThat(Html.get("/search?q=dragon").select(VEHICLES).eachAttr("href"), contains("/vehicles/crew-dragon"));
        assertThat(Html.get("/search?q=ms-10").select("#found-vehicles"), empty());
    }

    @Test
    void anExpeditionNumberFindsTheExpeditionPage() {
        for (String text : new String[] {"expedition 1", "Expedition 1", "exp 1"}) {
            Document page = Html.get("/search?q=" + text);
            assertThat(text, page.select(EXPEDITIONS).eachAttr("href"), contains("/expeditions/1"));
            assertThat(Html.texts(page, EXPEDITIONS), contains("Expedition 1"));
        }
        Document romanian = Html.get("/search?q=expediția 64&lang=ro");
        assertThat(Html.texts(romanian, EXPEDITIONS), contains("Expediția 64"));
        assertThat(romanian.select("#found-expeditions").text(), startsWith("Expediții"));
        assertThat(Html.get("/search?q=64").select(EXPEDITIONS).eachAttr("href"), contains("/expeditions/64"));
        assertThat(Html.get("/search?q=Expedition64").select(EXPEDITIONS).eachAttr("href"), contains("/expeditions/64"));
        // Only what was found has a section: no "Missions (0)", "People (0)" under the one answer.
        Document only = Html.get("/search?q=expedition 64");
        assertThat(only.select("main section h2").eachAttr("id"), contains("found-expeditions"));
        assertThat(Html.get("/expeditions/64").select("h1").text(), is("Expedition 64"));
    }

    @Test
    void oneExpeditionFoundListsItsFlightsAsItsPageDoes() {
        Document page = Html.get("/search?q=expedition 64");
        java.util.List<String> flights = Html.texts(page, "#found-expeditions ~ ul .flights a");
        assertThat(flights, hasItem("Crew-1"));
        assertThat(flights, equalTo(Html.texts(Html.get("/expeditions/64"), "table.flights tbody th a")));
        assertThat(page.select("#found-expeditions ~ ul .flights").text(), startsWith("flights: "));
        assertThat(Html.get("/search?q=exp 64&lang=ro").select("#found-expeditions ~ ul .flights").text(),
                startsWith("zboruri: "));
        assertThat(Html.get("/search?q=expeditions").select("#found-expeditions ~ ul .flights"), empty());
        given().when().get("/api/search?q=expedition 64").then()
                .body("expeditionFlights.slug", hasItem("crew-1"))
                .body("expeditionFlights.size()", is(flights.size()));
        given().when().get("/api/search?q=expeditions").then()
                .body("expeditionFlights", empty());
    }

    @Test
    void theWordAloneListsEveryExpeditionTheLedgerLinks() {
        Document page = Html.get("/search?q=expeditions");
        java.util.List<String> links = page.select(EXPEDITIONS).eachAttr("href");
        assertThat(links, hasItem("/expeditions/1"));
        assertThat(links, hasItem("/expeditions/64"));
        assertThat(links.size() > 50, is(true));
        for (String link : links.subList(0, 3)) {
            Html.get(link);
        }
        assertThat(Html.get("/search?q=expediții&lang=ro").select(EXPEDITIONS).eachAttr("href"), equalTo(links));
    }

    @Test
    void anExpeditionTheLedgerDoesNotLinkIsNotFound() {
        Document page = Html.get("/search?q=expedition 999");
        assertThat(page.select("#found-expeditions"), empty());
        assertThat(page.select("main p:contains(Nothing in the ledger matches)"), hasSize(1));
        assertThat(Html.get("/search?q=ms-10").select("#found-expeditions"), empty());
    }

    @Test
    void noTextShowsTheFormAndNothingElse() {
        Document page = Html.get("/search");
        assertThat(page.select("#f-q"), hasSize(1));
        assertThat(page.select("#found-missions"), empty());
    }

    @Test
    void textThatFoldsToNothingFindsNothing() {
        Document page = Html.get("/search?q=–");
        assertThat(page.select("main p:contains(Nothing in the ledger matches)"), hasSize(1));
    }

    @Test
    void tooLongTextIsA400WithAMessage() {
        Document page = Html.get("/search?q=" + "x".repeat(101), 400);
        assertThat(page.selectFirst("[role=alert]").text(), containsString("at most 100 characters"));
        assertThat(page.select("#f-q").attr("aria-invalid"), is("true"));
    }

    @Test
    void theJsonTwinFindsTheSame() {
        given().when().get("/api/search?q=endeavour").then()
                .statusCode(200)
                .body("spacecraft.slug", containsInAnyOrder("space-shuttle-endeavour", "crew-dragon-endeavour"));
        given().when().get("/api/search?q=ms-10").then()
                .statusCode(200)
                .body("missions.items.slug", contains("soyuz-ms-10"))
                .body("missions.items[0].outcome", equalTo("launch-abort"));
        given().when().get("/api/search?q=soyuz").then()
                .statusCode(200)
                .body("vehicles.slug", contains("soyuz"))
                .body("expeditions", empty());
        given().when().get("/api/search?q=expedition 64").then()
                .statusCode(200)
                .body("expeditions", contains(64))
                .body("vehicles", empty());
        given().when().get("/api/search?q=peresild").then()
                .statusCode(200)
                .body("people.items.slug", hasItem("yulia-peresild"));
        given().when().get("/api/search?q=" + "x".repeat(101)).then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("parameter", equalTo("q"));
    }
}
