package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analysis on the real history, through /api/access. */
@QuarkusTest
class AccessApiTest {

    private JsonPath access;

    @BeforeEach
    void load() {
        access = given().when().get("/api/access").then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> eraFrom(String country, String from) {
        List<Map<String, Object>> eras = access.getList("eras");
        return eras.stream()
                .filter(e -> e.get("country").equals(country) && e.get("from").equals(from))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + country + " era from " + from + " in " + eras));
    }

    @Test
    void usAloneFromSts88ToSoyuzTm31() {
        Map<String, Object> era = eraFrom("US", "1998-12-04T08:35:34Z");
        assertEquals("2000-10-31T07:52:47Z", era.get("to"));
        assertEquals("sts-88", era.get("startedBy"));
        assertEquals("soyuz-tm-31", era.get("endedBy"));
    }

    @Test
    void russiaAloneFromTheLossOfColumbiaToSts114() {
        Map<String, Object> era = eraFrom("RU", "2003-02-01");
        assertEquals("2005-07-26T14:39Z", era.get("to"));
        assertEquals("sts-114", era.get("endedBy"));
    }

    @Test
    void russiaAloneFromTheLastShuttleLandingToDemo2() {
        Map<String, Object> era = eraFrom("RU", "2011-07-21T09:57:54Z");
        assertEquals("2020-05-30T19:22Z", era.get("to"));
        assertEquals("sts-135", era.get("startedBy"));
        assertEquals("demo-2", era.get("endedBy"));
    }

    @Test
    void nobodyCouldFlyCrewsFromTheMs10AbortToMs11() {
        List<Map<String, Object>> segments = access.getList("segments");
        Map<String, Object> gap = segments.stream()
                .filter(s -> ((List<?>) s.get("countries")).isEmpty() && "2018-10-11T08:40:15Z".equals(s.get("from")))
                .findFirst().orElseThrow();
        assertEquals("2018-12-03T11:31:52Z", gap.get("to"));
        assertEquals(List.of(), gap.get("vehicles"));
        // The gap lies inside Russia's era rather than splitting it.
        Map<String, Object> era = eraFrom("RU", "2011-07-21T09:57:54Z");
        assertTrue(((String) era.get("to")).startsWith("2020"));
    }

    @Test
    void segmentsCoverTheTimeAxisWithoutHoles() {
        List<Map<String, Object>> segments = access.getList("segments");
        assertEquals("1998-12-04T08:35:34Z", segments.get(0).get("from"));
        for (int i = 1; i < segments.size(); i++) {
            assertEquals(segments.get(i - 1).get("to"), segments.get(i).get("from"));
        }
        Map<String, Object> last = segments.get(segments.size() - 1);
        assertNull(last.get("to"));
        assertEquals(List.of("RU", "US"), last.get("countries"));
        assertEquals(List.of("crew-dragon", "soyuz"), last.get("vehicles"));
    }

    @Test
    void starlinerGaveAccessOnlyUntilItsCrewFlightTestLanded() {
        List<Map<String, Object>> segments = access.getList("segments");
        Map<String, Object> withStarliner = segments.stream()
                .filter(s -> ((List<?>) s.get("vehicles")).contains("starliner")).findFirst().orElseThrow();
        assertEquals("2024-06-05T14:52:15Z", withStarliner.get("from"));
        assertEquals("2024-09-07T04:01Z", withStarliner.get("to"));
    }

    @Test
    void theUnitedStatesAloneWhileTheCrewedSoyuzPadWasWrecked() {
        Map<String, Object> era = eraFrom("US", "2025-11-27T09:27:57Z");
        assertEquals("2026-03-03", era.get("to"));
        assertEquals("soyuz-ms-28", era.get("startedBy"));
        // No flight marks the pad's repair: the era ends with the stand-down, named by its start.
        assertEquals("stand-down:soyuz:2025-11-27T09:27:57Z", era.get("endedBy"));
    }

    @Test
    void russiaAloneAgainAfterTheFoamLossGroundedTheShuttle() {
        Map<String, Object> era = eraFrom("RU", "2005-07-27");
        assertEquals("2006-07-04T18:37:55Z", era.get("to"));
        assertEquals("sts-121", era.get("endedBy"));
    }
}
