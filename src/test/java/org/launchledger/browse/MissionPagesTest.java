package org.launchledger.browse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class MissionPagesTest {

    /** The first column of the flights table: one mission designation per row. */
    private static final String ROWS = "table.flights tbody th[scope=row] a";

    @Test
    void demo2ListsBehnkenAndHurleyAndTheirCapsuleEndeavour() {
        Document page = Html.get("/missions/demo-2");
        assertThat(page.select("h1").text(), is("Crew Dragon Demo-2"));
        assertThat(Html.texts(page, "table th[scope=row] a[href^=/people/]"), contains("Doug Hurley", "Bob Behnken"));
        assertThat(page.select(".facts a[href=/spacecraft/crew-dragon-endeavour]").text(), is("Endeavour"));
        assertThat(page.select(".facts a[href=/vehicles/crew-dragon]").text(), is("Crew Dragon"));
        assertThat(page.select(".facts a[href=/expeditions/63]").text(), is("Expedition 63"));
    }

    @Test
    void datesShowTheirPrecisionAndDurationsAreDerived() {
        Document page = Html.get("/missions/demo-2");
        assertThat(cellsOfEvent(page, "Launch"), contains("30 May 2020, 19:22 UTC", "to the minute"));
        assertThat(cellsOfEvent(page, "Landing"), contains("2 August 2020, 18:47:47 UTC", "to the second"));
        assertThat(page.select("time[datetime=2020-05-30T19:22Z]"), hasSize(1));
        assertThat(Html.texts(page, ".facts dd"), hasItems("63d 23h", "62d 9h"));
    }

    @Test
    void aDateOnlyValueShowsNoTimeOfDay() {
        Document page = Html.get("/missions/sts-123");
        assertThat(cellsOfEvent(page, "Undocking"), contains("24 March 2008", "to the day"));
        assertThat(page.select("time[datetime=2008-03-24]"), hasSize(1));
        // Docking has seconds, undocking only a date: the docked time claims whole days only.
        assertThat(Html.texts(page, ".facts dd"), hasItem(startsWith("about ")));
    }

    @Test
    void launchAbortIsExplainedAndNeverDocked() {
        Document page = Html.get("/missions/soyuz-ms-10");
        assertThat(page.select(".lead .outcome").text(), is("Launch abort"));
        assertThat(page.select(".lead").text(), containsString("never reached the station"));
        assertThat(cellsOfEvent(page, "Docking"), contains("Never reached the station"));
        assertThat(Html.texts(page, ".facts dd"), hasItems("20 min", "Never docked"));
        assertThat(Html.texts(page, "table th[scope=row] a[href^=/people/]"), contains("Aleksey Ovchinin", "Nick Hague"));
    }

    @Test
    void crewSayWhichFlightBroughtThemHome() {
        Document ms03 = Html.get("/missions/soyuz-ms-03");
        Element whitson = ms03.select("tr:has(a[href=/people/peggy-whitson])").first();
        assertThat(whitson.select("td").last().text(), is("Soyuz MS-04 (Soyuz)"));
        Element pesquet = ms03.select("tr:has(a[href=/people/thomas-pesquet])").first();
        assertThat(pesquet.select("td").last().text(), is("This flight"));
    }

    @Test
    void aFlightListsWhomItBroughtHomeFromOtherFlights() {
        Document sts113 = Html.get("/missions/sts-113");
        assertThat(sts113.select("h2:contains(Also brought home) + .table-wrap a[href=/people/peggy-whitson]"),
                hasSize(1));
        Document ms23 = Html.get("/missions/soyuz-ms-23");
        assertThat(ms23.select("h2:contains(Crew) + p").text(), containsString("without a crew"));
        // Not "none given in the sources": there was nobody aboard to serve an expedition.
        assertThat(ms23.select(".facts dt:containsOwn(Expeditions) + dd").text(), is("None: it launched with no crew"));
        assertThat(Html.get("/missions/soyuz-ms-23?lang=ro").select(".facts dt:containsOwn(Expediții) + dd").text(),
                is("Niciuna: a decolat fără echipaj"));
        assertThat(Html.texts(ms23, "h2:contains(Also brought home) + .table-wrap th[scope=row] a"),
                contains("Sergey Prokopyev", "Dmitry Petelin", "Francisco Rubio"));
    }

    @Test
    void aVariantInCommonWordsIsTranslatedAndAProperNameIsNot() {
        assertThat(Html.get("/missions/sts-135").selectFirst(".facts dd").text(), is("Space Shuttle · Space Shuttle orbiter"));
        assertThat(Html.get("/missions/sts-135?lang=ro").selectFirst(".facts dd").text(),
                is("Naveta spațială · orbiter al navetei spațiale"));
        assertThat(Html.get("/missions/soyuz-ms-10?lang=ro").selectFirst(".facts dd").text(), is("Soiuz · Soyuz-MS"));
    }

    @Test
    void theCrewIsListedCommanderFirstThenPilot() {
        // The source lists STS-135's crew as Walheim, Magnus, Ferguson (commander), Hurley (pilot).
        Document sts135 = Html.get("/missions/sts-135");
        assertThat(Html.texts(sts135, "#crew-caption ~ tbody th a"),
                contains("Christopher Ferguson", "Doug Hurley", "Rex J. Walheim", "Sandra Magnus"));
        assertThat(sts135.select("#crew-caption ~ tbody td:nth-of-type(1)").eachText(),
                contains("Commander", "Pilot", "Mission Specialist", "Mission Specialist"));
        given().when().get("/api/missions/sts-135").then()
                .body("crew.name", contains("Rex J. Walheim", "Sandra Magnus", "Christopher Ferguson", "Doug Hurley"));
    }

    @Test
    void aSeatThatCarriedAnExpeditionCrewMemberSaysWhichExpedition() {
        // STS-105 carried Expedition 3 up: its commander and the expedition's both read "Commander".
        Document sts105 = Html.get("/missions/sts-105");
        java.util.List<String> roles = sts105.select("#crew-caption ~ tbody td:nth-of-type(1)").eachText();
        assertThat(roles, hasItem("Commander"));
        assertThat(roles, hasItem("Commander, Expedition 3"));
        assertThat(sts105.select("#crew-caption ~ tbody td a[href=/expeditions/3]").size(), is(3));
        // The flight's commander and pilot lead; the expedition's commander keeps the source's place.
        assertThat(Html.texts(sts105, "#crew-caption ~ tbody th a").subList(0, 3),
                contains("Scott J. Horowitz", "Frederick W. Sturckow", "Frank L. Culbertson Jr."));
        assertThat(Html.get("/missions/sts-105?lang=ro").select("#crew-caption ~ tbody td:nth-of-type(1)").eachText(),
                hasItem("Comandant, Expediția 3"));
        // The flight serves no expedition itself, and says whom it carried up.
        assertThat(sts105.select(".facts").text(), containsString("None of its own; it carried crew up for Expedition 3"));
        assertThat(Html.get("/missions/sts-105?lang=ro").select(".facts").text(),
                containsString("Niciuna proprie; a dus la stație echipaj pentru Expediția 3"));
        // Those it brought home who had flown up on another flight say their expedition too.
        assertThat(sts105.select("#brought-home-caption ~ tbody td:nth-of-type(1)").eachText(), hasItem("Mission Specialist, Expedition 2"));
        // A flight whose own expeditions say it all adds nothing to the roles.
        assertThat(Html.get("/missions/demo-2").select("#crew-caption ~ tbody td a[href^=/expeditions/]"), empty());
    }

    @Test
    void previousAndNextFlightOfTheSameVehicle() {
        Document demo2 = Html.get("/missions/demo-2");
        assertThat(demo2.select(".prev-next a[rel=prev]"), empty());
        assertThat(demo2.select(".prev-next a[rel=next]").attr("href"), is("/missions/crew-1"));
        Document sts135 = Html.get("/missions/sts-135");
        assertThat(sts135.select(".prev-next a[rel=prev]").attr("href"), is("/missions/sts-134"));
        assertThat(sts135.select(".prev-next a[rel=next]"), empty());
    }

    @Test
    void sourcesAreLinksAndUnverifiedValuesAreMarked() {
        Document demo2 = Html.get("/missions/demo-2");
        assertThat(demo2.select("#sources + ul a[href=https://en.wikipedia.org/wiki/Crew_Dragon_Demo-2]"), hasSize(1));
        assertThat(demo2.select(".unverified"), empty());
        Document ms28 = Html.get("/missions/soyuz-ms-28");
        assertThat(ms28.select("p.note .unverified").text(), is("unverified"));
        assertThat(ms28.select("details.notes[open] p").text(), containsString("UNVERIFIED"));
    }

    @Test
    void expeditionsLinkToTheirPages() {
        Document page = Html.get("/missions/soyuz-tma-16m");
        assertThat(Html.texts(page, ".facts a[href^=/expeditions/]"),
                contains("Expedition 43", "Expedition 44", "Expedition 45", "Expedition 46"));
    }

    @Test
    void unknownMissionIsAFriendly404WithLinksBack() {
        Document page = Html.get("/missions/sts-999", 404);
        assertThat(page.select("h1").text(), containsString("Not found"));
        assertThat(page.select(".error-page p").text(), containsString("sts-999"));
        assertThat(page.select("main a[href=/missions]"), hasSize(1));
    }

    @Test
    void theListShowsEveryMissionInLaunchOrderAcrossPages() {
        Document page = Html.get("/missions");
        assertThat(page.select("table.flights caption").text(), is("Missions, 129 in all, page 1 of 3"));
        assertThat(Html.texts(page, ROWS), hasSize(50));
        assertThat(Html.texts(page, ROWS).subList(0, 3), contains("STS-88", "STS-96", "STS-101"));
        assertThat(page.select(".pager a[rel=next]").attr("href"), is("/missions?page=1"));
        assertThat(page.select(".pager a[aria-current=page]").text(), is("1"));
    }

    @Test
    void pagesFollowOneAnotherAndKeepTheFilters() {
        Document page = Html.get("/missions?size=2&page=1");
        assertThat(Html.texts(page, ROWS), contains("STS-101", "STS-106"));
        assertThat(page.select(".pager p").text(), is("Showing 3–4 of 129."));
        assertThat(Html.get("/missions?q=Demo-2").select(".pager p").text(), is("Showing the only row."));
        assertThat(Html.get("/missions?q=nothing-flies-by-this-name").select(".pager p").text(), is("Nothing to show."));
        assertThat(page.select(".pager a[rel=prev]").attr("href"), is("/missions?size=2"));
        assertThat(page.select(".pager a[rel=next]").attr("href"), is("/missions?size=2&page=2"));

        Document soyuz = Html.get("/missions?vehicle=soyuz&size=10");
        assertThat(soyuz.select(".pager a[rel=next]").attr("href"), is("/missions?vehicle=soyuz&size=10&page=1"));
    }

    @Test
    void filtersByVehicleAndYearAndShowsThemChosen() {
        Document page = Html.get("/missions?vehicle=crew-dragon&from=2020&to=2020");
        assertThat(Html.texts(page, ROWS), contains("Crew Dragon Demo-2", "Crew-1"));
        assertThat(page.select("input[name=vehicle][value=crew-dragon]").hasAttr("checked"), is(true));
        assertThat(page.select("input[name=vehicle][value=soyuz]").hasAttr("checked"), is(false));
        assertThat(page.select("#f-from").val(), is("2020"));
    }

    @Test
    void filtersByOutcomeAndCountry() {
        Document aborts = Html.get("/missions?outcome=launch-abort");
        assertThat(Html.texts(aborts, ROWS), contains("Soyuz MS-10"));
        assertThat(aborts.select("#f-outcome option[selected]").val(), is("launch-abort"));

        Document russian = Html.get("/missions?country=RU&size=500");
        assertThat(Html.texts(russian, "table.flights tbody td:nth-of-type(1)"), everyItem(is("Soyuz")));
        assertThat(Html.texts(russian, ROWS), hasSize(74));
        assertThat(russian.select("#f-country option[selected]").text(), is("Russia"));
    }

    @Test
    void sortsByDurationAndByCrewSize() {
        Document longest = Html.get("/missions?sort=duration&size=1");
        assertThat(Html.texts(longest, ROWS), contains("Soyuz MS-27"));
        Document largest = Html.get("/missions?sort=crew&size=1");
        assertThat(Html.texts(largest, ROWS), contains("STS-96"));
        assertThat(largest.select("table.flights tbody td.num").text(), is("7"));
        assertThat(largest.select(".sorts a[aria-current]").text(), is("Largest crew"));
    }

    @Test
    void noMatchSaysSo() {
        Document page = Html.get("/missions?vehicle=starliner&from=2000&to=2010");
        assertThat(page.select("table.flights"), empty());
        assertThat(page.select("main p:contains(No missions match)"), hasSize(1));
    }

    @ParameterizedTest
    @CsvSource({
            "from=abc, from", "year=19, year", "vehicle=rocket, vehicle", "outcome=exploded, outcome",
            "sort=weight, sort", "country=USA, country", "size=0, size", "page=-1, page", "from=2020&to=2010, to"
    })
    void badFilterValuesRedrawThePageWithAMessageAnd400(String query, String field) {
        Document page = Html.get("/missions?" + query, 400);
        Element alert = page.selectFirst("[role=alert]");
        assertThat(alert.text(), containsString("“" + field + "”"));
        assertThat(page.select("form.filters"), hasSize(1));
        assertThat(page.select("table.flights"), empty());
    }

    @Test
    void aBadValueIsEchoedAndItsFieldMarked() {
        Document page = Html.get("/missions?from=abc&vehicle=soyuz", 400);
        assertThat(page.select("#f-from").val(), is("abc"));
        assertThat(page.select("#f-from").attr("aria-invalid"), is("true"));
        assertThat(page.select("#f-to").hasAttr("aria-invalid"), is(false));
        assertThat(page.select("input[name=vehicle][value=soyuz]").hasAttr("checked"), is(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/missions?vehicle=&country=&page=", "/missions?size=2&page=99999",
            "/missions?q=%25%25", "/people?q=_&page=1", "/missions?from=2011&from=2012",
            "/people?q=%E0%A4", "/missions?q=%E0%A4&sort=crew"})
    void oddQueriesNeverFail(String path) {
        int status = given().accept("text/html").urlEncodingEnabled(false).when().get(path).statusCode();
        assertThat(path, status, lessThan(500));
    }

    /** The cells after the row header of one event in the dates table. */
    private static List<String> cellsOfEvent(Document page, String event) {
        Element row = page.select("tr:has(th[scope=row]:matchesOwn(^" + event + "$))").first();
        return row.select("td").eachText();
    }

    @Test
    void aStripPlacesTheFlightInItsEra() {
        Document page = Html.get("/missions/soyuz-ms-10");
        Element strip = page.selectFirst(".strip svg.timeline");
        assertThat(strip.select("a.flight.highlight").attr("href"), is("/missions/soyuz-ms-10"));
        assertThat(strip.select(".lane").attr("data-vehicle"), is("soyuz"));
        assertThat(strip.select(".band-era title").text(), containsString("2011-07-21"));
        assertThat(page.select(".strip a[href^=/?from=2011-07-01]").size(), is(1));
    }

    @Test
    void theFlightThatEndedAnEraIsShownAtTheEndOfIt() {
        Element strip = Html.get("/missions/demo-2").selectFirst(".strip svg.timeline");
        assertThat(strip.select(".band-era title").text(), containsString("2011-07-21 – 2020-05-30"));
        assertThat(strip.select("a.flight.highlight").attr("href"), is("/missions/demo-2"));
    }

    @Test
    void everyMissionHasASummaryWrittenFromItsData() {
        assertThat(Html.get("/missions/demo-2").selectFirst("p.summary").text(),
                is("Crew Dragon Demo-2 was a Crew Dragon flight, flown by Endeavour. It launched on 30 May 2020 from"
                        + " KSC LC-39A with 2 people aboard, docked to the ISS on 31 May 2020 and landed on 2 August 2020."));
        assertThat(Html.get("/missions/soyuz-ms-10").selectFirst("p.summary").text(),
                containsString("the launch failed, and the crew came back to Earth on 11 October 2018 without reaching the station."));
        assertThat(Html.get("/missions/soyuz-ms-23").selectFirst("p.summary").text(),
                containsString("with no crew aboard"));
        assertThat(Html.get("/missions/soyuz-ms-23").selectFirst("p.summary").text(),
                containsString("It brought home 3 people who had launched on Soyuz MS-22."));
        assertThat(Html.get("/missions/starliner-cft").selectFirst("p.summary").text(),
                containsString("Its whole crew came home on another flight."));
    }

    @Test
    void flightTimesRoundOnceToTheNearestHour() {
        // Crew-1: 2020-11-16T00:27Z to 2021-05-02T06:56:43Z is 167 days, 6 h 29 min 43 s.
        assertThat(Html.get("/missions/crew-1").select(".facts dt:containsOwn(Flight) + dd").text(), is("167d 6h"));
    }

    @Test
    void filterErrorsLinkOnlyToFieldsThatExist() {
        Document badSize = Html.get("/missions?size=0", 400);
        assertThat(badSize.select("#filter-error a"), empty());
        Document badYear = Html.get("/missions?year=abc", 400);
        assertThat(badYear.select("#filter-error a").attr("href"), is("#f-from"));
        assertThat(badYear.select("#f-from").size(), is(1));
    }

    @Test
    void aFlightInProgressIsSummedUpInThePresent() {
        Document page = Html.get("/missions/crew-12");
        // The record may lag the sky: the page says what it knows, not that the crew is still up there.
        assertThat(page.selectFirst("p.lead").text(),
                is("In progress In flight as far as the record goes: no landing has been recorded yet."));
        assertThat(page.selectFirst("p.summary").text(),
                is("Crew-12 is a Crew Dragon flight, flown by Freedom. It launched on 13 February 2026 from"
                        + " Cape Canaveral SFS SLC-40 with 4 people aboard and has been docked to the ISS since 14 February 2026."));
        assertThat(Html.texts(page, "table:has(caption:contains(Who launched)) tbody td:last-child"),
                everyItem(is("In space since 2026-02-13")));
    }

    @Test
    void anUnknownLaunchSiteIsSaidPlainly() {
        Document page = Html.get("/missions/soyuz-ms-29");
        String summary = page.selectFirst("p.summary").text();
        assertThat(summary, startsWith("Soyuz MS-29 is a Soyuz flight."));
        assertThat(summary, containsString("It launched on 14 July 2026 from a launch site not yet recorded, with 3 people aboard"));
        assertThat(page.select(".facts dt:containsOwn(Launch site) + dd").text(), is("Not recorded"));
        assertThat(Html.texts(page, "table:has(caption:contains(Who launched)) tbody td:last-child"),
                everyItem(is("In space since 2026-07-14")));
    }

    @Test
    void everySentenceOfASummaryStartsWithACapital() {
        String summary = Html.get("/missions/sts-123").selectFirst("p.summary").text();
        assertThat(summary, containsString(" One person of its crew came home on another flight."));
        for (String sentence : summary.split("(?<=\\.) ")) {
            assertThat(sentence, Character.isUpperCase(sentence.charAt(0)), is(true));
        }
    }

    @Test
    void theStripOfAFlightInProgressRunsToTodayAndIsOpen() {
        Element strip = Html.get("/missions/crew-12").selectFirst(".strip svg.timeline");
        int today = Integer.parseInt(strip.selectFirst(".today line").attr("x1"));
        Element bar = strip.selectFirst("a.flight.highlight");
        assertThat(bar.attr("href"), is("/missions/crew-12"));
        assertThat(bar.hasClass("open"), is(true));
        Element rect = bar.selectFirst("rect.flight-bar");
        assertThat(Integer.parseInt(rect.attr("x")) + Integer.parseInt(rect.attr("width")), is(today));
        assertThat(bar.selectFirst("title").text(), containsString("ongoing"));
    }
}
