package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.launchledger.contribute.Role;
import org.launchledger.contribute.User;
import org.launchledger.history.DataVersion;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/**
 * The JSON write path for the fleet: who may edit vehicles and stand-downs, every rule they keep
 * (in both languages), stale versions, and a change showing at once on the timeline. Stand-downs
 * written here have a reason starting with {@link #PREFIX} and are removed after each test; a
 * vehicle changed here is put back.
 */
@QuarkusTest
class FleetWriteApiTest {

    static final String CONTRIBUTOR = "fleet-contributor";
    static final String EDITOR = "fleet-editor";
    static final String PASSWORD = "fleet-test-password";
    static final String PREFIX = "Test fleet ";

    /** The vehicle edited here, and its fields before, to put back. */
    static final String VEHICLE = "starliner";
    private Map<String, Object> original;

    @BeforeEach
    void accountsAndOriginal() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!User.nameTaken(CONTRIBUTOR)) {
                User.create(CONTRIBUTOR, PASSWORD, Role.CONTRIBUTOR, Instant.now()).persist();
            }
            if (!User.nameTaken(EDITOR)) {
                User.create(EDITOR, PASSWORD, Role.EDITOR, Instant.now()).persist();
            }
        });
        original = vehicleBody(VEHICLE);
    }

    @AfterEach
    void putBack() {
        Map<String, Object> body = new HashMap<>(original);
        body.put("version", readVehicle(VEHICLE).getLong("vehicle.version"));
        as("admin").contentType("application/json").body(body).put("/api/vehicles/" + VEHICLE).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            List<StandDown> written = StandDown.list("reason like ?1", PREFIX + "%");
            written.forEach(s -> s.delete());
            if (!written.isEmpty()) {
                DataVersion.increment();
            }
        });
    }

    static RequestSpecification as(String role) {
        RequestSpecification request = given().redirects().follow(false);
        return switch (role) {
            case "anonymous" -> request;
            case "contributor" -> request.auth().preemptive().basic(CONTRIBUTOR, PASSWORD);
            case "editor" -> request.auth().preemptive().basic(EDITOR, PASSWORD);
            case "admin" -> request.auth().preemptive().basic("admin", "test-admin-password");
            default -> throw new IllegalArgumentException(role);
        };
    }

    static JsonPath readVehicle(String slug) {
        return given().get("/api/vehicles/" + slug).then().statusCode(200).extract().jsonPath();
    }

    /** A vehicle's fields as read, in the shape a PUT takes (no slug), with its version. */
    static Map<String, Object> vehicleBody(String slug) {
        Map<String, Object> read = readVehicle(slug).getMap("vehicle");
        Map<String, Object> body = new HashMap<>(read);
        body.remove("slug");
        return body;
    }

    /** A stand-down of Crew Dragon before its first crewed flight, so it changes no era. */
    static Map<String, Object> standDown(String reason) {
        Map<String, Object> s = new HashMap<>();
        s.put("vehicle", "crew-dragon");
        s.put("from", "2019-03-01");
        s.put("to", "2019-04-01");
        s.put("reason", PREFIX + reason);
        s.put("reasonRo", PREFIX + reason + " (ro)");
        s.put("sources", List.of("https://example.org/test-stand-down"));
        return s;
    }

    static ValidatableResponse post(String role, Map<String, Object> body) {
        return as(role).contentType("application/json").body(body).post("/api/stand-downs").then();
    }

    static long created(Map<String, Object> body) {
        return post("editor", body).statusCode(201).extract().jsonPath().getLong("id");
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            "PUT,    vehicle,    anonymous,   401",
            "PUT,    vehicle,    contributor, 403",
            "PUT,    vehicle,    editor,      200",
            "PUT,    vehicle,    admin,       200",
            "POST,   stand-down, anonymous,   401",
            "POST,   stand-down, contributor, 403",
            "POST,   stand-down, editor,      201",
            "POST,   stand-down, admin,       201",
            "PUT,    stand-down, anonymous,   401",
            "PUT,    stand-down, contributor, 403",
            "PUT,    stand-down, editor,      200",
            "PUT,    stand-down, admin,       200",
            "DELETE, stand-down, anonymous,   401",
            "DELETE, stand-down, contributor, 403",
            "DELETE, stand-down, editor,      204",
            "DELETE, stand-down, admin,       204",
    })
    void statusesByRouteAndRole(String method, String what, String role, int status) {
        RequestSpecification request = as(role).contentType("application/json");
        if (what.equals("vehicle")) {
            Map<String, Object> body = vehicleBody(VEHICLE);
            body.put("operator", "Boeing Test");
            request.body(body).put("/api/vehicles/" + VEHICLE).then().statusCode(status);
            given().get("/api/vehicles/" + VEHICLE).then()
                    .body("vehicle.operator", equalTo(status == 200 ? "Boeing Test" : original.get("operator")));
            return;
        }
        Map<String, Object> body = standDown("route");
        switch (method) {
            case "POST" -> request.body(body).post("/api/stand-downs").then().statusCode(status);
            case "PUT" -> {
                long id = created(body);
                body.put("version", 0);
                body.put("reason", PREFIX + "route changed");
                request.body(body).put("/api/stand-downs/" + id).then().statusCode(status);
            }
            default -> request.delete("/api/stand-downs/" + created(body)).then().statusCode(status);
        }
    }

    @Test
    void anonymousWriteGetsABasicChallenge() {
        post("anonymous", standDown("anon")).statusCode(401).header("WWW-Authenticate", startsWith("Basic"));
        given().get("/api/stand-downs").then().body("reason", not(hasItem(PREFIX + "anon")));
    }

    /** The stand-downs' titles in the home page's timeline. */
    static List<String> timelineStandDowns() {
        return Jsoup.parse(given().get("/").then().statusCode(200).extract().asString())
                .select("rect.stand-down > title").eachText();
    }

    @Test
    void standDownWrittenShowsAtOnceInTheApiAndOnTheTimeline() {
        String reason = PREFIX + "Zyxquorbel pause";
        assertTrue(timelineStandDowns().stream().noneMatch(t -> t.contains(reason)));
        long id = post("editor", standDown("Zyxquorbel pause")).statusCode(201)
                .body("version", equalTo(0)).body("vehicle", equalTo("crew-dragon"))
                .extract().jsonPath().getLong("id");
        post("editor", standDown("Zyxquorbel pause")).statusCode(422); // the same span again overlaps
        as("editor").get("/api/stand-downs/" + id).then().statusCode(200)
                .body("reason", equalTo(reason)).body("reasonRo", equalTo(reason + " (ro)"))
                .body("from", equalTo("2019-03-01")).body("to", equalTo("2019-04-01"));
        given().get("/api/stand-downs").then().body("find { it.id == " + id + " }.reason", equalTo(reason));
        assertTrue(timelineStandDowns().stream().anyMatch(t -> t.contains(reason)), "timeline shows the new reason");

        Map<String, Object> changed = standDown("Zyxquorbel resumed");
        changed.put("version", 0);
        changed.put("to", "2019-03-15T12:30Z");
        as("editor").contentType("application/json").body(changed).put("/api/stand-downs/" + id).then()
                .statusCode(200).body("version", equalTo(1)).body("to", equalTo("2019-03-15T12:30Z"));
        List<String> titles = timelineStandDowns();
        assertTrue(titles.stream().anyMatch(t -> t.contains(PREFIX + "Zyxquorbel resumed")), "timeline follows a change");
        assertTrue(titles.stream().noneMatch(t -> t.contains(reason)));
        given().get("/api/vehicles/crew-dragon").then().body("standDowns.reason", hasItem(PREFIX + "Zyxquorbel resumed"));

        as("editor").delete("/api/stand-downs/" + id).then().statusCode(204);
        given().get("/api/stand-downs/" + id).then().statusCode(404)
                .body("detail", equalTo("No stand-down '" + id + "' in the ledger."));
        assertTrue(timelineStandDowns().stream().noneMatch(t -> t.contains(PREFIX)));
    }

    @Test
    void createdStandDownAnswersAtItsLocation() {
        String location = post("admin", standDown("located")).statusCode(201).extract().header("Location");
        assertTrue(location.matches("/api/stand-downs/\\d+"), location);
        given().get(location).then().statusCode(200).body("reason", equalTo(PREFIX + "located"));
    }

    @Test
    void vehicleChangeIsStoredAndIncrementsTheDataVersion() {
        long before = QuarkusTransaction.requiringNew().call(DataVersion::current);
        Map<String, Object> body = vehicleBody(VEHICLE);
        body.put("notes", "Test fleet notes");
        body.put("notesRo", null);
        body.put("retired", "2025-06-30");
        body.put("sources", List.of("https://example.org/a", "https://example.org/b"));
        as("editor").contentType("application/json").body(body).put("/api/vehicles/" + VEHICLE).then().statusCode(200)
                .body("slug", equalTo(VEHICLE)).body("version", equalTo(((Number) original.get("version")).intValue() + 1));
        readVehicle(VEHICLE);
        given().get("/api/vehicles/" + VEHICLE).then()
                .body("vehicle.notes", equalTo("Test fleet notes")).body("vehicle.notesRo", nullValue())
                .body("vehicle.retired", equalTo("2025-06-30")).body("vehicle.sources", hasSize(2));
        assertTrue(QuarkusTransaction.requiringNew().call(DataVersion::current) > before);
    }

    @Test
    void staleVersionsConflictAndChangeNothing() {
        Map<String, Object> body = vehicleBody(VEHICLE);
        long version = ((Number) body.get("version")).longValue();
        body.put("operator", "Boeing Stale");
        body.put("version", version + 1);
        as("editor").contentType("application/json").body(body).put("/api/vehicles/" + VEHICLE).then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("Vehicle '" + VEHICLE + "' has changed since version " + (version + 1)
                        + " (it is now at version " + version + "): read it again and resend your change."));
        given().get("/api/vehicles/" + VEHICLE).then().body("vehicle.operator", equalTo(original.get("operator")));

        long id = created(standDown("stale"));
        Map<String, Object> first = standDown("first writer");
        first.put("version", 0);
        as("editor").contentType("application/json").body(first).put("/api/stand-downs/" + id).then().statusCode(200);
        Map<String, Object> second = standDown("second writer");
        second.put("version", 0);
        as("admin").header("Accept-Language", "ro").contentType("application/json").body(second)
                .put("/api/stand-downs/" + id).then().statusCode(409)
                .body("detail", startsWith("Suspendarea " + id + " s-a schimbat de la versiunea 0"));
        given().get("/api/stand-downs/" + id).then().body("reason", equalTo(PREFIX + "first writer"));
    }

    @ParameterizedTest(name = "vehicle {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "name=                | name        | Field 'name' is required.",
            "name=LONG            | name        | Field 'name' must be at most 120 characters long.",
            "country=us           | country     | Field 'country' must be an ISO 3166 alpha-2 country code such as RO or US (got 'us').",
            "country=XX           | country     | Field 'country' must be an ISO 3166 alpha-2",
            "country=             | country     | Field 'country' is required.",
            "operator=            | operator    | Field 'operator' is required.",
            "crewSeats=           | crewSeats   | Field 'crewSeats' is required.",
            "crewSeats=0          | crewSeats   | Field 'crewSeats' must be at least 1.",
            "crewSeats=11         | crewSeats   | Field 'crewSeats' must be at most 10.",
            "crewSeats=1          | crewSeats   | Field 'crewSeats' must be at least 2: Boe-CFT carried 2 people.",
            "retired=2024-02-30   | retired     | Field 'retired' must be a UTC date or instant",
            "retired=1990-01-01   | retired     | Field 'retired' must not be before 1998-11-20",
            "retired=2027-01-01   | retired     | Field 'retired' must not be in the future (now 2026-11-30).",
            "notes=LONG           | notes       | Field 'notes' must be at most 2,000 characters long.",
            "sources=             | sources     | Field 'sources' must list at least one source.",
            "sources=ftp://x.org/ | sources[0]  | Field 'sources[0]' must be an http or https address.",
            "version=             | version     | Field 'version' is required.",
    })
    void eachVehicleRuleIsReported(String change, String field, String message) {
        Map<String, Object> body = vehicleBody(VEHICLE);
        apply(body, change, 2001);
        as("editor").contentType("application/json").body(body).put("/api/vehicles/" + VEHICLE).then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", startsWith(message));
        given().get("/api/vehicles/" + VEHICLE).then().body("vehicle.version", equalTo(original.get("version")));
    }

    @ParameterizedTest(name = "stand-down {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "vehicle=             | vehicle     | Field 'vehicle' is required.",
            "vehicle=buran        | vehicle     | Field 'vehicle' names no vehicle in the ledger (got 'buran').",
            "from=                | from        | Field 'from' is required.",
            "from=last spring     | from        | Field 'from' must be a UTC date or instant",
            "from=1997-01-01      | from        | Field 'from' must not be before 1998-11-20",
            "from=2026-11-30T12:01Z | from      | Field 'from' must not be in the future (now 2026-11-30T12:00Z).",
            "to=2019-02-28        | to          | Field 'to' must not be before 'from' (2019-03-01).",
            "reason=              | reason      | Field 'reason' is required.",
            "reason=LONG          | reason      | Field 'reason' must be at most 2,000 characters long.",
            "reasonRo=LONG        | reasonRo    | Field 'reasonRo' must be at most 2,000 characters long.",
            "sources=             | sources     | Field 'sources' must list at least one source.",
            "sources=mailto:a@b.c | sources[0]  | Field 'sources[0]' must be an http or https address.",
    })
    void eachStandDownRuleIsReported(String change, String field, String message) {
        Map<String, Object> body = standDown("rule");
        if (change.startsWith("from=")) {
            body.put("to", null);
        }
        apply(body, change, 2001);
        post("editor", body).statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", startsWith(message));
        given().get("/api/stand-downs").then().body("reason", not(hasItem(PREFIX + "rule")));
    }

    @Test
    void standDownsOfOneVehicleDoNotOverlap() {
        // The Soyuz stand-down after the MS-10 abort ran from 2018-10-11 to 2018-12-03.
        Map<String, Object> body = standDown("overlap");
        body.put("vehicle", "soyuz");
        body.put("from", "2018-11-01");
        body.put("to", null);
        post("editor", body).statusCode(422)
                .body("errors.field", equalTo(List.of("from", "from")))
                .body("errors[0].message", startsWith("Field 'from' overlaps stand-down "))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("(2018-10-11T08:40:15Z to 2018-12-03T11:31:52Z)"))
                .body("errors[1].message", org.hamcrest.Matchers.containsString("to 2026-03-03)"));
        // Another vehicle at the same time, or the same vehicle just after, is fine.
        body.put("vehicle", "crew-dragon");
        body.put("to", "2018-11-02");
        post("editor", body).statusCode(201);
        body.put("from", "2018-11-02");
        body.put("to", "2018-11-03");
        post("editor", body).statusCode(201);
    }

    @Test
    void everyBrokenRuleAtOnceInRomanian() {
        Map<String, Object> body = vehicleBody(VEHICLE);
        body.put("name", null);
        body.put("crewSeats", 11);
        body.put("country", "ZZ");
        as("editor").header("Accept-Language", "ro").contentType("application/json").body(body)
                .put("/api/vehicles/" + VEHICLE).then().statusCode(422)
                .body("detail", equalTo("Cererea încalcă 3 reguli; nu s-a salvat nimic."))
                .body("errors.message", hasItem("Câmpul „name” este obligatoriu."))
                .body("errors.message", hasItem("Câmpul „crewSeats” trebuie să fie cel mult 10."))
                .body("errors.message", hasItem(startsWith("Câmpul „country” trebuie să fie un cod de țară ISO 3166")));
        Map<String, Object> standDown = standDown("ro");
        standDown.put("from", "2027-01-01");
        as("editor").header("Accept-Language", "ro").contentType("application/json").body(standDown)
                .post("/api/stand-downs").then().statusCode(422)
                .body("errors.message", hasItem("Câmpul „from” nu poate fi în viitor (acum: 2026-11-30)."))
                .body("errors.message", hasItem("Câmpul „to” nu poate fi înainte de „from” (2027-01-01)."));
    }

    @Test
    void unknownAndMalformedIdsAre404() {
        as("editor").contentType("application/json").body(standDown("x")).put("/api/stand-downs/999999999").then()
                .statusCode(404);
        as("editor").delete("/api/stand-downs/not-a-number").then().statusCode(404);
        Map<String, Object> body = vehicleBody(VEHICLE);
        as("editor").contentType("application/json").body(body).put("/api/vehicles/buran").then().statusCode(404);
    }

    /** Sets one field from "key=value": empty means null, LONG a text of {@code long} characters; sources a one-item list. */
    private static void apply(Map<String, Object> body, String change, int longLength) {
        String key = change.substring(0, change.indexOf('='));
        String value = change.substring(change.indexOf('=') + 1);
        if (value.equals("LONG")) {
            value = "x".repeat(key.equals("name") ? 121 : longLength);
        }
        if (key.equals("sources")) {
            body.put(key, value.isEmpty() ? List.of() : List.of(value));
        } else if (key.equals("crewSeats") && !value.isEmpty()) {
            body.put(key, Integer.parseInt(value));
        } else {
            body.put(key, value.isEmpty() ? null : value);
        }
    }
}
