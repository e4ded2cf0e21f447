package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class MissionApiTest {

    @Test
    void demo2HasItsCrewCapsuleAndLaunchInstant() {
        given().when().get("/api/missions/demo-2").then()
                .statusCode(200)
                .body("designation", equalTo("Crew Dragon Demo-2"))
                .body("vehicle", equalTo("crew-dragon"))
                .body("spacecraft", equalTo("crew-dragon-endeavour"))
                .body("launch", equalTo("2020-05-30T19:22Z"))
                .body("docking", equalTo("2020-05-31T14:16Z"))
                .body("landing", equalTo("2020-08-02T18:47:47Z"))
                .body("outcome", equalTo("nominal"))
                .body("crew.name", containsInAnyOrder("Bob Behnken", "Doug Hurley"))
                .body("crew.launchedOn", everyItem(equalTo("demo-2")))
                .body("crew.landedOn", everyItem(equalTo("demo-2")))
                .body("sources", hasItem("https://en.wikipedia.org/wiki/Crew_Dragon_Demo-2"))
                .body("unverified", equalTo(false));
    }

    @Test
    void launchAbortHasNoDockingAndKeepsItsCrew() {
        given().when().get("/api/missions/soyuz-ms-10").then()
                .statusCode(200)
                .body("outcome", equalTo("launch-abort"))
                .body("docking", nullValue())
                .body("launch", equalTo("2018-10-11T08:40:15Z"))
                .body("crew.slug", containsInAnyOrder("aleksey-ovchinin", "nick-hague"));
    }

    @Test
    void crewWhoCameHomeOnAnotherVehicleSayWhich() {
        given().when().get("/api/missions/starliner-cft").then()
                .statusCode(200)
                .body("outcome", equalTo("crew-returned-on-other-vehicle"))
                .body("spacecraft", equalTo("starliner-calypso"))
                .body("crew.landedOn", everyItem(equalTo("crew-9")))
                .body("undocking", equalTo("2024-09-06T22:04Z"))
                .body("unverified", equalTo(false));
    }

    @Test
    void valuesFromASingleUnattributedSourceAreFlaggedUnverified() {
        given().when().get("/api/missions/soyuz-ms-29").then()
                .statusCode(200)
                .body("unverified", equalTo(true))
                .body("outcome", equalTo("in-progress"))
                .body("landing", nullValue());
        given().when().get("/api/missions/crew-6").then()
                .statusCode(200)
                .body("unverified", equalTo(false));
    }

    @Test
    void expeditionsAreNumbers() {
        given().when().get("/api/missions/soyuz-tma-16m").then()
                .statusCode(200)
                .body("expeditions", contains(43, 44, 45, 46));
    }

    @Test
    void firstPageIsInLaunchOrder() {
        given().when().get("/api/missions?size=3").then()
                .statusCode(200)
                .body("total", equalTo(129))
                .body("page", equalTo(0))
                .body("size", equalTo(3))
                .body("items.slug", contains("sts-88", "sts-96", "sts-101"));
    }

    @Test
    void pagesFollowOneAnother() {
        given().when().get("/api/missions?size=2&page=1").then()
                .statusCode(200)
                .body("items.slug", contains("sts-101", "sts-106"));
    }

    @Test
    void filtersByVehicleAndYear() {
        given().when().get("/api/missions?vehicle=crew-dragon&year=2020").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.slug", contains("demo-2", "crew-1"));
    }

    @Test
    void vehicleFilterRepeats() {
        given().when().get("/api/missions?vehicle=starliner&vehicle=space-shuttle&size=500").then()
                .statusCode(200)
                .body("total", equalTo(38))
                .body("items.slug", hasItems("sts-88", "starliner-cft"));
    }

    @Test
    void searchFindsByDesignationAndByCrewName() {
        given().when().get("/api/missions?q=ms-10").then()
                .statusCode(200)
                .body("items.slug", contains("soyuz-ms-10"));
        given().when().get("/api/missions?q=peresild").then()
                .statusCode(200)
                .body("items.slug", contains("soyuz-ms-19"));
    }

    @Test
    void aDesignationWrittenWithoutItsSeparatorsIsFound() {
        given().when().get("/api/missions?q=STS135").then()
                .statusCode(200)
                .body("items.slug", contains("sts-135"));
        given().when().get("/api/missions?q=tma01m").then()
                .statusCode(200)
                .body("items.slug", contains("soyuz-tma-01m"));
        given().when().get("/api/missions?q=crew12&vehicle=soyuz").then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void unknownSlugIsAProblem404() {
        given().when().get("/api/missions/sts-999").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("detail", containsString("sts-999"));
    }

    @ParameterizedTest
    @CsvSource({
            "size=0, size", "size=100000, size", "year=abc, year", "page=-1, page", "page=abc, page",
            "vehicle=rocket, vehicle", "outcome=exploded, outcome", "sort=weight, sort", "country=USA, country",
            "from=2020&to=2010, to"
    })
    void badParametersAreProblem400sNamingTheParameter(String query, String parameter) {
        given().when().get("/api/missions?" + query).then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(parameter));
    }

    @Test
    void sortsByCrewSize() {
        given().when().get("/api/missions?sort=crew&size=1").then()
                .statusCode(200)
                .body("items[0].crew", hasSize(7));
    }

    @Test
    void searchFindsMissionsByVehicleName() {
        given().when().get("/api/missions?q=dragon&size=500").then()
                .statusCode(200)
                .body("total", equalTo(17))
                .body("items.vehicle", everyItem(equalTo("crew-dragon")));
    }

    @Test
    void vehicleSlugsIgnoreCase() {
        given().when().get("/api/missions?vehicle=STARLINER").then()
                .statusCode(200)
                .body("items.slug", contains("starliner-cft"));
    }
}
