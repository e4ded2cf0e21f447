package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Vehicles, spacecraft, people and stand-downs through the JSON API. */
@QuarkusTest
class ReferenceApiTest {

    @Test
    void vehiclesInOrderOfTheirFirstFlight() {
        given().when().get("/api/vehicles").then()
                .statusCode(200)
                .body("slug", contains("space-shuttle", "soyuz", "crew-dragon", "starliner"))
                .body("find { it.slug == 'space-shuttle' }.retired", equalTo("2011-07-21T09:57:54Z"))
                .body("find { it.slug == 'soyuz' }.country", equalTo("RU"))
                .body("find { it.slug == 'soyuz' }.retired", nullValue());
    }

    @Test
    void aVehicleListsItsAirframesMissionsAndStandDowns() {
        given().when().get("/api/vehicles/space-shuttle").then()
                .statusCode(200)
                .body("vehicle.crewSeats", equalTo(7))
                .body("spacecraft", contains("space-shuttle-atlantis", "space-shuttle-discovery", "space-shuttle-endeavour"))
                .body("missions", hasSize(37))
                .body("missions[0]", equalTo("sts-88"))
                .body("missions[-1]", equalTo("sts-135"))
                .body("standDowns.from", contains("2003-02-01", "2005-07-27"));
    }

    @Test
    void twoAirframesCalledEndeavour() {
        given().when().get("/api/spacecraft/crew-dragon-endeavour").then()
                .statusCode(200)
                .body("vehicle", equalTo("crew-dragon"))
                .body("missions.slug", hasItems("demo-2", "crew-2", "ax-1", "crew-6", "crew-8", "crew-11"));
        given().when().get("/api/spacecraft/space-shuttle-endeavour").then()
                .statusCode(200)
                .body("vehicle", equalTo("space-shuttle"))
                .body("missions.slug", hasItems("sts-88", "sts-134"));
    }

    @Test
    void aPersonWithEveryFlightAndWhereTheyCameHome() {
        given().when().get("/api/people/peggy-whitson").then()
                .statusCode(200)
                .body("name", equalTo("Peggy Whitson"))
                .body("nationality", equalTo("US"))
                .body("flights.launchedOn", hasItems("sts-111", "soyuz-tma-11", "soyuz-ms-03"))
                .body("flights.find { it.launchedOn == 'sts-111' }.landedOn", equalTo("sts-113"))
                .body("flights.find { it.launchedOn == 'soyuz-ms-03' }.landedOn", equalTo("soyuz-ms-04"));
    }

    @Test
    void peopleSearchIgnoresCaseAndAccents() {
        given().when().get("/api/people?q=laliberte").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Guy Laliberté"));
        given().when().get("/api/people?q=PESQUET").then()
                .statusCode(200)
                .body("items.slug", hasItem("thomas-pesquet"));
    }

    @Test
    void peopleArePaginatedByName() {
        given().when().get("/api/people?size=2&page=0").then()
                .statusCode(200)
                .body("total", equalTo(295))
                .body("items", hasSize(2));
        given().when().get("/api/people?size=0").then()
                .statusCode(400)
                .body("parameter", equalTo("size"));
    }

    @Test
    void standDownsWithTheirReasonsAndSources() {
        given().when().get("/api/stand-downs").then()
                .statusCode(200)
                .body("", hasSize(5))
                .body("[0].vehicle", equalTo("space-shuttle"))
                .body("[0].reason", containsString("Columbia"))
                .body("find { it.vehicle == 'starliner' }.to", nullValue())
                .body("find { it.vehicle == 'starliner' }.sources", hasItem("https://en.wikipedia.org/wiki/Boeing_Crew_Flight_Test"));
    }

    @Test
    void unknownSlugsAre404Problems() {
        for (String path : new String[] {"/api/vehicles/rocket", "/api/spacecraft/enterprise", "/api/people/nobody"}) {
            given().when().get(path).then()
                    .statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void unknownApiPathsAreProblemsToo() {
        given().when().get("/api/rockets").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().when().post("/api/vehicles").then()
                .statusCode(405)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theApiDescriptionAnswers() {
        // Health and metrics are on the management port: web/ManagementPortTest.
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/access"));
    }

    @Test
    void someoneWhoseRideHomeHasNotLandedHasNoLandingMission() {
        given().when().get("/api/people/anil-menon").then()
                .statusCode(200)
                .body("flights.find { it.launchedOn == 'soyuz-ms-29' }.landedOn", nullValue())
                .body("flights.find { it.launchedOn == 'soyuz-ms-29' }.landing", nullValue());
        given().when().get("/api/missions/soyuz-ms-29").then()
                .statusCode(200)
                .body("crew.landedOn", contains(nullValue(), nullValue(), nullValue()));
    }

    @Test
    void correctedRolesAndTimesReachTheApi() {
        given().when().get("/api/missions/soyuz-tma-1").then()
                .statusCode(200)
                .body("crew.find { it.slug == 'frank-de-winne' }.role", equalTo("Flight Engineer"));
        given().when().get("/api/missions/soyuz-ms-22").then()
                .statusCode(200)
                .body("landing", equalTo("2023-03-28T11:45Z"));
    }
}
