package org.launchledger.browse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Mission;
import org.launchledger.history.Outcome;
import org.launchledger.history.Precision;
import org.launchledger.history.Vehicle;

@QuarkusTest
class VehiclePagesTest {

    @Test
    void vehiclesAreListedInOrderOfFirstFlightWithTheirRecord() {
        Document page = Html.get("/vehicles");
        assertThat(Html.texts(page, "tbody th[scope=row]"),
                contains("Space Shuttle", "Soyuz", "Crew Dragon", "Starliner"));
        assertThat(cells(page, "Space Shuttle"), contains("United States", "NASA", "7", "STS-88 1998-12-04",
                "STS-135 2011-07-08", "37", "159", "Retired 2011-07-21"));
        assertThat(cells(page, "Soyuz"), contains("Russia", "Roscosmos", "3", "Soyuz TM-31 2000-10-31",
                "Soyuz MS-29 unverified 2026-07-14", "72", "143", "In service"));
        assertThat(cells(page, "Crew Dragon").subList(3, 7),
                contains("Crew Dragon Demo-2 2020-05-30", "Crew-12 2026-02-13", "17", "61"));
        assertThat(cells(page, "Starliner").get(7), containsString("Standing down since 2024-09-07"));
    }

    @Test
    void theShuttlePageHasItsRetirementStandDownsAirframesAndFlights() {
        Document page = Html.get("/vehicles/space-shuttle");
        assertThat(page.select("h1").text(), is("Space Shuttle"));
        assertThat(page.select(".facts dd").eachText(), hasItems("United States", "NASA", "7", "37", "242"));
        assertThat(page.select(".facts dt:contains(Retired) + dd").text(),
                containsString("21 July 2011, 09:57:54 UTC, after 12 years, 7 months, 17 days of ISS flights"));
        // A stand-down that starts on a bare date shows no time of day.
        assertThat(Html.texts(page, "h2:contains(Stand-downs) + .table-wrap tbody th"),
                contains("1 February 2003", "27 July 2005"));
        assertThat(Html.texts(page, "h2:contains(Airframes) + .table-wrap tbody th"),
                contains("Endeavour", "Discovery", "Atlantis"));
        assertThat(page.select("table.flights tbody tr"), hasSize(37));
        assertThat(page.select("table.flights a[href=/missions/sts-88]"), hasSize(1));
        // Inside a sentence English gives the Shuttle its article; Soyuz goes without.
        assertThat(page.select("#stand-downs-caption").text(), is("Periods in which the Space Shuttle could not fly crews"));
        assertThat(Html.get("/vehicles/soyuz").select("#stand-downs-caption").text(), is("Periods in which Soyuz could not fly crews"));
    }

    @Test
    void soyuzHasNoAirframesAndTwoStandDowns() {
        Document page = Html.get("/vehicles/soyuz");
        assertThat(page.select("h2:contains(Airframes) + p").text(), containsString("flew once"));
        List<String> ends = Html.texts(page, "h2:contains(Stand-downs) + .table-wrap tbody td:nth-of-type(1)");
        assertThat(ends, contains("3 December 2018, 11:31:52 UTC", "3 March 2026"));
        assertThat(page.select("table.flights tbody tr"), hasSize(74));
    }

    @Test
    void anOpenStandDownIsShownAsOngoing() {
        Document page = Html.get("/vehicles/starliner");
        assertThat(page.select(".lead").text(), containsString("standing down since 7 September 2024"));
        assertThat(page.select("h2:contains(Stand-downs) + .table-wrap tbody td").first().text(),
                is("Still standing down"));
    }

    @Test
    void theTwoEndeavoursAreDifferentAirframes() {
        Document orbiter = Html.get("/spacecraft/space-shuttle-endeavour");
        assertThat(orbiter.select("h1").text(), is("Endeavour (Space Shuttle)"));
        assertThat(Html.texts(orbiter, "table.flights tbody th a"), hasItems("STS-88", "STS-111", "STS-113", "STS-134"));
        assertThat(orbiter.select("main a[href=/spacecraft/crew-dragon-endeavour]").text(),
                is("Endeavour (Crew Dragon)"));

        Document capsule = Html.get("/spacecraft/crew-dragon-endeavour");
        assertThat(Html.texts(capsule, "table.flights tbody th a"),
                contains("Crew Dragon Demo-2", "Crew-2", "Ax-1", "Crew-6", "Crew-8", "Crew-11"));
        assertThat(capsule.select("table.flights a[href=/missions/sts-88]"), empty());
    }

    @Test
    void unknownVehiclesAndAirframesAreFriendly404s() {
        assertThat(Html.get("/vehicles/buran", 404).select("main a[href=/missions]"), not(empty()));
        assertThat(Html.get("/spacecraft/enterprise", 404).select(".error-page p").text(), containsString("enterprise"));
    }

    /** The cells after the row header naming {@code vehicle}. */
    private static List<String> cells(Document page, String vehicle) {
        Element row = page.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(vehicle)).findFirst().orElseThrow();
        return row.select("td").eachText();
    }

    @Test
    void aVehiclePageShowsItsLaneOfTheTimeline() {
        Document page = Html.get("/vehicles/space-shuttle");
        Element lane = page.selectFirst(".strip svg.timeline");
        assertThat(lane.select(".lane").size(), is(1));
        assertThat(lane.select("a.flight").size(), is(37));
        assertThat(lane.select(".stand-down").size(), is(2));
        assertThat(lane.select(".milestone title").text(), containsString("STS-135, the last Space Shuttle flight"));
    }

    @Test
    void aVehicleLaneStopsAFlightInProgressAtToday() {
        Element lane = Html.get("/vehicles/crew-dragon").selectFirst(".strip svg.timeline");
        int today = Integer.parseInt(lane.selectFirst(".today line").attr("x1"));
        Element bar = lane.selectFirst("a.flight.open[href=/missions/crew-12] rect.flight-bar");
        assertThat(Integer.parseInt(bar.attr("x")) + Integer.parseInt(bar.attr("width")), is(today));
    }

    /**
     * A vehicle with more flights than its page lists: the page lists the latest, says how many
     * there are, and links to the list of missions filtered to the vehicle, which has them all.
     */
    @Test
    void aVehicleWithManyFlightsListsTheLatestAndLinksToThemAll() {
        int flights = VehiclePages.LISTED_FLIGHTS + 2;
        QuarkusTransaction.requiringNew().run(() -> {
            Vehicle v = new Vehicle();
            v.slug = "test-busy-capsule";
            v.name = "Busy Capsule";
            v.country = "CN";
            v.operator = "Test Agency";
            v.crewSeats = 3;
            v.persist();
            for (int i = 0; i < flights; i++) {
                Mission m = new Mission();
                m.slug = String.format("test-busy-%03d", i);
                m.designation = String.format("Busy-%03d", i);
                m.vehicle = v;
                m.launchAt = Instant.parse("1990-01-01T00:00:00Z").plus(Duration.ofDays(2L * i));
                m.launchPrecision = Precision.DAY;
                m.landingAt = m.launchAt.plus(Duration.ofDays(1));
                m.landingPrecision = Precision.DAY;
                m.outcome = Outcome.NOMINAL;
                m.persist();
            }
            DataVersion.increment();
        });
        try {
            Document page = Html.get("/vehicles/test-busy-capsule");
            List<String> listed = Html.texts(page, "table.flights tbody th");
            assertThat(listed, hasSize(VehiclePages.LISTED_FLIGHTS));
            assertThat(listed.get(0), is("Busy-002"));
            assertThat(listed.get(listed.size() - 1), is(String.format("Busy-%03d", flights - 1)));
            assertThat(page.select("table.flights caption").text(),
                    is("The latest " + VehiclePages.LISTED_FLIGHTS + " Busy Capsule flights in the ledger"));
            Element all = page.selectFirst("a[href=/missions?vehicle=test-busy-capsule]");
            assertThat(all.text(), is("All " + flights + " flights of Busy Capsule in the list of missions"));
            assertThat(Html.get(all.attr("href")).select("main").text(), containsString(flights + " in all"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Vehicle v = Vehicle.find("slug", "test-busy-capsule").firstResult();
                Mission.delete("vehicle", v);
                v.delete();
                DataVersion.increment();
            });
        }
    }
}
