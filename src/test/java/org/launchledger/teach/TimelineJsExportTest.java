package org.launchledger.teach;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * /api/export/timelinejs.json against Knight Lab's documented format
 * (https://timeline.knightlab.com/docs/json-format.html): events (a start_date each), optional
 * title and eras (both dates each), date objects with a numeric year and only the known parts.
 */
@QuarkusTest
class TimelineJsExportTest {

    private static final Set<String> DATE_KEYS = Set.of("year", "month", "day", "hour", "minute", "second",
            "millisecond", "display_date", "format");
    private static final Set<String> SLIDE_KEYS = Set.of("start_date", "end_date", "text", "media", "group",
            "display_date", "background", "autolink", "unique_id");

    private static JsonPath export(String query) {
        return given().when().get("/api/export/timelinejs.json" + query).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static void assertDate(Object date, String where) {
        assertInstanceOf(Map.class, date, where);
        Map<String, Object> d = (Map<String, Object>) date;
        assertTrue(DATE_KEYS.containsAll(d.keySet()), where + " " + d.keySet());
        assertInstanceOf(Number.class, d.get("year"), where + " year");
        d.values().forEach(v -> assertFalse(v == null, where + " has a null part"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void followsTimelineJsFormat() {
        JsonPath json = export("");
        assertEquals(Set.of("title", "events", "eras"), json.getMap("").keySet());
        assertNotNull(json.getString("title.text.headline"));
        List<Map<String, Object>> events = json.getList("events");
        assertTrue(events.size() > 100, "every flown mission: " + events.size());
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> event : events) {
            assertTrue(SLIDE_KEYS.containsAll(event.keySet()), event.keySet().toString());
            assertDate(event.get("start_date"), "start_date of " + event.get("unique_id"));
            if (event.containsKey("end_date")) {
                assertDate(event.get("end_date"), "end_date of " + event.get("unique_id"));
            }
            assertInstanceOf(String.class, ((Map<String, Object>) event.get("text")).get("headline"));
            assertTrue(ids.add((String) event.get("unique_id")), "unique_id repeated: " + event.get("unique_id"));
        }
        for (Map<String, Object> era : json.<Map<String, Object>>getList("eras")) {
            assertEquals(Set.of("start_date", "end_date", "text"), era.keySet());
            assertDate(era.get("start_date"), "era start");
            assertDate(era.get("end_date"), "era end");
        }
    }

    @Test
    void datesKeepTheirStoredPrecisionAndVehiclesAreGroups() {
        JsonPath json = export("");
        Map<String, Object> sts135 = json.getMap("events.find { it.unique_id == 'sts-135' }");
        assertEquals(Map.of("year", 2011, "month", 7, "day", 8, "hour", 15, "minute", 29, "second", 4),
                sts135.get("start_date"));
        assertEquals("Space Shuttle", sts135.get("group"));
        assertEquals("STS-135", json.getString("events.find { it.unique_id == 'sts-135' }.text.headline"));
        assertTrue(json.getString("events.find { it.unique_id == 'sts-135' }.text.text").contains("Christopher Ferguson"));
        assertEquals(Map.of("year", 2020, "month", 5, "day", 30, "hour", 19, "minute", 22),
                json.getMap("events.find { it.unique_id == 'demo-2' }.start_date"), "minute precision: no second");
        assertEquals(Set.of("Space Shuttle", "Soyuz", "Crew Dragon", "Starliner"),
                new HashSet<>(json.getList("events.group")));
        assertEquals(0, json.getList("events.findAll { it.unique_id == 'soyuz-ms-10' }.end_date").stream()
                .filter(d -> d == null).count(), "an aborted flight landed too");
    }

    @Test
    void soleAccessErasAreEras() {
        JsonPath json = export("");
        Map<String, Object> russia = json.getMap("eras.find { it.start_date.year == 2011 }");
        assertEquals(Map.of("year", 2011, "month", 7, "day", 21, "hour", 9, "minute", 57, "second", 54),
                russia.get("start_date"));
        assertEquals(2020, ((Map<?, ?>) russia.get("end_date")).get("year"));
        assertEquals("Russia only", json.getString("eras.find { it.start_date.year == 2011 }.text.headline"));
        assertEquals("doar Rusia", export("?lang=ro").getString("eras.find { it.start_date.year == 2011 }.text.headline"));
    }
}
