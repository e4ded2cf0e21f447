package org.launchledger.browse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * One definition of an ISS flight (a seat on a flight that reached the station) gives the same
 * count on the person page, the people list, the API, vehicle pages and the statistics.
 */
@QuarkusTest
class IssFlightCountTest {

    private static final Set<String> NEVER_ARRIVED = Set.of("launch-abort", "planned");

    @ParameterizedTest
    @CsvSource({"nick-hague, hague, 2", "aleksey-ovchinin, ovchinin, 3"})
    void theAbortIsShownButNotCounted(String slug, String query, int issFlights) {
        Document person = Html.get("/people/" + slug);
        assertThat(person.select(".facts dt:contains(ISS flights) + dd").text(),
                startsWith(issFlights + " (and Soyuz MS-10: Launch abort)"));
        Document list = Html.get("/people?q=" + query);
        assertThat(Html.texts(list, "table.people tbody td.num"), contains(String.valueOf(issFlights)));
        given().queryParam("q", query).when().get("/api/people").then().statusCode(200)
                .body("items[0].issFlights", equalTo(issFlights));
        given().when().get("/api/people/" + slug).then().statusCode(200)
                .body("issFlights", equalTo(issFlights))
                .body("flights.find { it.launchedOn == 'soyuz-ms-10' }.issFlight", is(false));
    }

    @Test
    void theAbortsMinutesAreNotAddedToTimeOnIssFlights() {
        JsonPath hague = given().when().get("/api/people/nick-hague").then().statusCode(200).extract().jsonPath();
        long seconds = 0;
        for (Map<String, Object> seat : hague.<Map<String, Object>>getList("flights")) {
            if (Boolean.TRUE.equals(seat.get("issFlight")) && seat.get("landing") != null) {
                seconds += Duration.between(instant((String) seat.get("launch")), instant((String) seat.get("landing")))
                        .toSeconds();
            }
        }
        long hours = Math.round(seconds / 3600.0);
        assertThat(Html.get("/people/nick-hague").select(".facts dt:contains(Time on ISS flights) + dd").text(),
                startsWith(hours / 24 + "d " + hours % 24 + "h"));
    }

    @Test
    void vehicleAndCountryTotalsCountOnlyIssFlights() {
        List<Map<String, Object>> missions = given().when().get("/api/missions?size=500").then().statusCode(200)
                .extract().jsonPath().getList("items");
        long soyuzSeats = 0;
        long allSeats = 0;
        long abortedSeats = 0;
        for (Map<String, Object> m : missions) {
            int crew = ((List<?>) m.get("crew")).size();
            if (NEVER_ARRIVED.contains(m.get("outcome"))) {
                abortedSeats += crew;
                continue;
            }
            allSeats += crew;
            if (m.get("vehicle").equals("soyuz")) {
                soyuzSeats += crew;
            }
        }
        assertThat(abortedSeats > 0, is(true));
        JsonPath stats = given().when().get("/api/stats").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getLong("vehicles.soyuz.seats"), is(soyuzSeats));
        assertThat(stats.getList("seatsByNationality.seats", Long.class).stream().mapToLong(Long::longValue).sum(),
                is(allSeats));
        assertThat(Html.get("/vehicles/soyuz").select(".facts dt:contains(Seats on ISS flights) + dd").text(),
                is(String.valueOf(soyuzSeats)));
    }

    private static Instant instant(String iso) {
        return iso.length() == 10 ? Instant.parse(iso + "T00:00:00Z")
                : Instant.parse(iso.length() == 17 ? iso.substring(0, 16) + ":00Z" : iso);
    }
}
