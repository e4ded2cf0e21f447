package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.contribute.StoredRows;
import org.launchledger.web.BadValues;

/**
 * Generated bad bodies sent to every JSON write route (issue 11): each must get a 4xx
 * problem+json naming the field it broke, never a 5xx, and store nothing (the data version and
 * every table's row count are the same after it as before).
 */
@QuarkusTest
class GeneratedWriteInputTest {

    private static final String PROBLEM = "application/problem+json";
    /** How many generated structured values each field gets. */
    private static final int PER_FIELD = 2;

    /** One bad request: what it sends, and the field its answer must name (null: none to name). */
    record Case(String method, String path, String role, String contentType, Object body, String field) {
        @Override
        public String toString() {
            String shown = String.valueOf(body);
            return method + " " + path + " as " + role + " [" + field + "] "
                    + (shown.length() > 80 ? shown.substring(0, 80) + "…" : shown);
        }
    }

    /** Session cookies by role: one sign-in each, since HTTP Basic checks a bcrypt hash on every request. */
    private static final Map<String, String> SESSIONS = new HashMap<>();

    @BeforeEach
    void accounts() {
        MissionWriteApiTest.createAccounts();
    }

    /** A request signed in as the test account of {@code role} through a form sign-in's session cookie. */
    static RequestSpecification as(String role) {
        String session = SESSIONS.computeIfAbsent(role, r -> {
            String[] account = switch (r) {
                case "contributor" -> new String[] {MissionWriteApiTest.CONTRIBUTOR, MissionWriteApiTest.PASSWORD};
                case "editor" -> new String[] {MissionWriteApiTest.EDITOR, MissionWriteApiTest.PASSWORD};
                case "admin" -> new String[] {MissionWriteApiTest.ADMIN, MissionWriteApiTest.ADMIN_PASSWORD};
                default -> throw new IllegalArgumentException(r);
            };
            String cookie = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", account[0]).formParam("j_password", account[1])
                    .post("/j_security_check").getCookie("ledger-session");
            assertThat("sign-in as " + r, cookie != null, is(true));
            return cookie;
        });
        return given().redirects().follow(false).cookie("ledger-session", session);
    }

    @AfterEach
    void removeAnythingStored() {
        MissionWriteApiTest.removeRows();
    }

    @Test
    void missionBodiesBrokenFieldByFieldAreRefusedAndNameTheField() {
        Map<String, Object> valid = MissionWriteApiTest.withCrew(MissionWriteApiTest.mission("gen"));
        Map<String, Object> current = new HashMap<>(given().get("/api/missions/demo-2").then().statusCode(200)
                .extract().jsonPath().getMap("$"));
        Map<String, Object> replace = new HashMap<>(valid);
        replace.put("crew", List.of());
        replace.put("slug", "demo-2");
        replace.put("version", current.get("version"));
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, Object> broken : brokenMissions(valid).entrySet()) {
            String field = broken.getKey().split(" ", 2)[0];
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) broken.getValue();
            cases.add(new Case("POST", "/api/missions", "editor", "application/json", body, field));
        }
        // Contributors propose instead of writing: a bad proposal is refused the same way, nothing queued.
        for (Map.Entry<String, Object> broken : brokenMissions(valid).entrySet()) {
            if (Math.floorMod(broken.getKey().hashCode(), 10) == 0) {
                cases.add(new Case("POST", "/api/missions", "contributor", "application/json", broken.getValue(),
                        broken.getKey().split(" ", 2)[0]));
            }
        }
        Map<String, List<?>> values = Map.of("launch", BadValues.dates(5), "landing", BadValues.dates(5),
                "vehicle", BadValues.structured(5), "outcome", BadValues.structured(5),
                "designation", BadValues.concat(BadValues.blank(), BadValues.nul()));
        for (String field : values.keySet()) {
            for (Object value : values.get(field)) {
                Map<String, Object> body = new HashMap<>(replace);
                body.put(field, value);
                cases.add(new Case("PUT", "/api/missions/demo-2", "editor", "application/json", body, field));
            }
        }
        assertAllRefused(cases, 120);
    }

    @Test
    void peopleStandDownsVehiclesAndAccountsBrokenFieldByFieldAreRefused() {
        List<Case> cases = new ArrayList<>();
        Map<String, Object> person = PersonWriteApiTest.person("gen");
        fieldByField(person, Map.of("slug", Kind.STRUCTURED, "name", Kind.REQUIRED_TEXT, "nationality", Kind.STRUCTURED,
                "fullName", Kind.OPTIONAL_TEXT, "agency", Kind.OPTIONAL_TEXT, "wikipedia", Kind.OPTIONAL_STRUCTURED),
                body -> new Case("POST", "/api/people", "editor", "application/json", body.value, body.field), cases);
        Map<String, Object> whitson = new HashMap<>(PersonWriteApiTest.person("gen"));
        whitson.put("slug", "peggy-whitson");
        whitson.put("version", PersonWriteApiTest.version("peggy-whitson"));
        fieldByField(whitson, Map.of("name", Kind.REQUIRED_TEXT, "nationality", Kind.STRUCTURED),
                body -> new Case("PUT", "/api/people/peggy-whitson", "editor", "application/json", body.value,
                        body.field), cases);

        Map<String, Object> standDown = FleetWriteApiTest.standDown("gen");
        fieldByField(standDown, Map.of("vehicle", Kind.STRUCTURED, "from", Kind.DATE, "to", Kind.DATE,
                "reason", Kind.REQUIRED_TEXT),
                body -> new Case("POST", "/api/stand-downs", "editor", "application/json", body.value, body.field),
                cases);
        Map<String, Object> outOfOrder = new HashMap<>(standDown);
        outOfOrder.put("from", "2019-04-02");
        cases.add(new Case("POST", "/api/stand-downs", "editor", "application/json", outOfOrder, "to"));

        Map<String, Object> soyuz = FleetWriteApiTest.vehicleBody("soyuz");
        fieldByField(soyuz, Map.of("name", Kind.REQUIRED_TEXT, "country", Kind.STRUCTURED, "crewSeats", Kind.NUMBER,
                "retired", Kind.DATE),
                body -> new Case("PUT", "/api/vehicles/soyuz", "editor", "application/json", body.value, body.field),
                cases);

        Map<String, Object> user = Map.of("username", "gen-user-ok", "password", "a-long-enough-password",
                "role", "contributor");
        fieldByField(user, Map.of("username", Kind.STRUCTURED, "password", Kind.REQUIRED_TEXT, "role", Kind.STRUCTURED),
                body -> new Case("POST", "/api/users", "admin", "application/json", body.value, body.field), cases);
        assertAllRefused(cases, 150);
    }

    @Test
    void unknownTargetsWrongContentTypesAndBrokenJsonAreRefused() {
        List<Case> cases = new ArrayList<>();
        for (String junk : BadValues.structured(5)) {
            String segment = java.net.URLEncoder.encode(junk, java.nio.charset.StandardCharsets.UTF_8);
            cases.add(new Case("DELETE", "/api/missions/" + segment, "editor", null, null, null));
            cases.add(new Case("DELETE", "/api/people/" + segment, "editor", null, null, null));
            cases.add(new Case("DELETE", "/api/stand-downs/" + segment, "editor", null, null, null));
            cases.add(new Case("POST", "/api/review/" + segment + "/approve", "editor", null, null, null));
            cases.add(new Case("POST", "/api/review/" + segment + "/reject", "editor", "application/json",
                    Map.of("comment", "no"), null));
            cases.add(new Case("POST", "/api/import/" + segment + ".csv", "editor", "text/csv", "slug\r\n", null));
        }
        for (String route : List.of("/api/missions", "/api/people", "/api/stand-downs", "/api/users")) {
            for (String type : List.of("text/plain", "application/xml", "text/csv", "application/octet-stream",
                    "application/json; charset=bogus-42")) {
                cases.add(new Case("POST", route, "admin", type, "{\"slug\":\"x\"}", null));
            }
            for (String json : List.of("{", "[]", "null", "\"text\"", "{\"slug\":}", "{\"slug\":\"a\"}}",
                    "\uFEFF{}x", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}")) {
                cases.add(new Case("POST", route, "admin", "application/json", json, null));
            }
        }
        for (String table : List.of("people", "missions", "crew")) {
            cases.add(new Case("POST", "/api/import/" + table + ".csv", "editor", "application/json", "{}", null));
            cases.add(new Case("POST", "/api/import/" + table + ".csv", "editor", "text/csv",
                    "\"unclosed,quote\r\n" + BadValues.structured(1).get(0), null));
        }
        // Oversized: a field far past its limit, and a body past the import's 5 MB.
        Map<String, Object> longSummary = MissionWriteApiTest.mission("gen-huge");
        longSummary.put("summary", BadValues.huge(1_000_000));
        cases.add(new Case("POST", "/api/missions", "editor", "application/json", longSummary, "summary"));
        cases.add(new Case("POST", "/api/import/people.csv", "editor", "text/csv",
                "slug\r\n" + "x".repeat(6 * 1024 * 1024), null));
        assertAllRefused(cases, 80);
    }

    @Test
    void aDuplicateSubmissionIsRefusedNamingTheSlugAndStoresOneMission() {
        Map<String, Object> body = MissionWriteApiTest.mission("gen-twice");
        MissionWriteApiTest.as("editor").contentType("application/json").body(body).post("/api/missions")
                .then().statusCode(201);
        List<Long> before = StoredRows.now();
        Response again = as("editor").contentType("application/json").body(body)
                .post("/api/missions");
        assertThat(again.statusCode(), is(422));
        assertThat(again.jsonPath().<String>getList("errors.field"), hasItem("slug"));
        assertEquals(before, StoredRows.now());
    }

    // --- Generation ---------------------------------------------------------------------------

    /** What a field takes: a required code, slug or address; an optional one; a date; text; a whole number. */
    private enum Kind { STRUCTURED, OPTIONAL_STRUCTURED, DATE, REQUIRED_TEXT, OPTIONAL_TEXT, NUMBER }

    private record Broken(String field, Object value) {
    }

    /** Bad values for a field of {@code kind}: each one alone makes a body invalid. */
    private static List<Object> badValues(Kind kind, int maxLength) {
        return switch (kind) {
            case STRUCTURED -> BadValues.concat(BadValues.structured(PER_FIELD), BadValues.blank(), BadValues.nul(),
                    List.of(BadValues.huge(maxLength + 1)), BadValues.notText());
            case OPTIONAL_STRUCTURED -> BadValues.concat(BadValues.structured(PER_FIELD), BadValues.nul(),
                    List.of(BadValues.huge(maxLength + 1)), BadValues.notText());
            case DATE -> BadValues.concat(BadValues.dates(PER_FIELD + 3), BadValues.structured(1), BadValues.nul(),
                    BadValues.notText());
            case REQUIRED_TEXT -> BadValues.concat(BadValues.blank(), BadValues.nul(),
                    List.of(BadValues.huge(maxLength + 1)), BadValues.notText());
            case OPTIONAL_TEXT -> BadValues.concat(BadValues.nul(), List.of(BadValues.huge(maxLength + 1)),
                    BadValues.notText());
            case NUMBER -> BadValues.concat(BadValues.notWholeNumber(), List.of(0, -1, 100000));
        };
    }

    /** Each field of {@code valid} broken in turn, with each bad value of its kind, and then left out. */
    private static void fieldByField(Map<String, Object> valid, Map<String, Kind> fields,
                                     java.util.function.Function<Broken, Case> toCase, List<Case> cases) {
        fields.forEach((field, kind) -> {
            for (Object value : badValues(kind, 2000)) {
                Map<String, Object> body = new HashMap<>(valid);
                body.put(field, value);
                cases.add(toCase.apply(new Broken(field, body)));
            }
            if (kind == Kind.STRUCTURED || kind == Kind.REQUIRED_TEXT || kind == Kind.NUMBER || field.equals("from")) {
                Map<String, Object> body = new HashMap<>(valid);
                body.remove(field);
                cases.add(toCase.apply(new Broken(field, body)));
            }
        });
    }

    /** A valid mission broken one field at a time; keys are "field description". */
    private static Map<String, Object> brokenMissions(Map<String, Object> valid) {
        Map<String, Object> broken = new LinkedHashMap<>();
        Map<String, Kind> fields = new LinkedHashMap<>();
        fields.put("slug", Kind.STRUCTURED);
        fields.put("designation", Kind.REQUIRED_TEXT);
        fields.put("vehicle", Kind.STRUCTURED);
        fields.put("variant", Kind.OPTIONAL_TEXT);
        fields.put("spacecraft", Kind.OPTIONAL_STRUCTURED);
        fields.put("launch", Kind.DATE);
        fields.put("docking", Kind.DATE);
        fields.put("landing", Kind.DATE);
        fields.put("launchSite", Kind.OPTIONAL_TEXT);
        fields.put("outcome", Kind.STRUCTURED);
        fields.put("summary", Kind.OPTIONAL_TEXT);
        int n = 0;
        for (Map.Entry<String, Kind> f : fields.entrySet()) {
            for (Object value : badValues(f.getValue(), 2000)) {
                Map<String, Object> body = new HashMap<>(valid);
                body.put(f.getKey(), value);
                broken.put(f.getKey() + " " + n++, body);
            }
        }
        for (String required : List.of("slug", "designation", "vehicle", "launch", "outcome", "sources")) {
            Map<String, Object> body = new HashMap<>(valid);
            body.remove(required);
            broken.put(required + " missing", body);
        }
        for (Object value : BadValues.concat(BadValues.structured(PER_FIELD), BadValues.blank(), BadValues.nul())) {
            Map<String, Object> body = new HashMap<>(valid);
            body.put("sources", List.of(value));
            broken.put("sources[0] " + n++, body);
            Map<String, Object> seat = new HashMap<>(valid);
            seat.put("crew", List.of(Map.of("slug", value, "role", "Commander")));
            broken.put("crew[0].slug " + n++, seat);
        }
        for (Object value : BadValues.notWholeNumber()) {
            Map<String, Object> body = new HashMap<>(valid);
            body.put("expeditions", List.of(value));
            broken.put("expeditions " + n++, body);
        }
        for (Object value : List.of(0, -7)) {
            Map<String, Object> body = new HashMap<>(valid);
            body.put("expeditions", List.of(value));
            broken.put("expeditions[0] " + n++, body);
        }
        // Out of order: docked before launch, landed before docking.
        Map<String, Object> dockedFirst = new HashMap<>(valid);
        dockedFirst.put("docking", "2026-05-31T10:00Z");
        broken.put("docking out-of-order", dockedFirst);
        Map<String, Object> landedFirst = new HashMap<>(valid);
        landedFirst.put("landing", "2026-06-01T11:00Z");
        broken.put("landing out-of-order", landedFirst);
        Map<String, Object> empty = new HashMap<>(valid);
        empty.put("sources", List.of());
        broken.put("sources empty", empty);
        for (String extra : BadValues.structured(4)) {
            Map<String, Object> body = new HashMap<>(valid);
            String name = "x" + Integer.toHexString(extra.hashCode());
            body.put(name, extra);
            broken.put(name + " extra", body);
        }
        return broken;
    }

    // --- Checking -----------------------------------------------------------------------------

    /** Sends every case; fails listing each one answered 5xx or 2xx/3xx, unnamed, or that stored anything. */
    private static void assertAllRefused(List<Case> cases, int atLeast) {
        assertThat(cases.size(), greaterThanOrEqualTo(atLeast));
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            List<Long> before = StoredRows.now();
            Response response = send(c);
            String problem = check(c, response);
            if (problem == null && !before.equals(StoredRows.now())) {
                problem = "stored something: " + before + " → " + StoredRows.now();
                MissionWriteApiTest.removeRows();
            }
            if (problem != null) {
                failures.add(c + " → " + response.statusCode() + ": " + problem);
            }
        }
        assertThat(String.join("\n", failures), failures, empty());
    }

    private static Response send(Case c) {
        var request = as(c.role).urlEncodingEnabled(false);
        if (c.contentType != null) {
            request.contentType(c.contentType);
        }
        if (c.body != null) {
            if (c.body instanceof String text) {
                request.body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                request.body(c.body);
            }
        }
        return request.request(c.method, c.path);
    }

    /** Why the answer is wrong, or null when it is a 4xx problem naming the field. */
    private static String check(Case c, Response response) {
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            return "status " + status + " " + response.asString().substring(0, Math.min(300, response.asString().length()));
        }
        String type = response.contentType();
        if (type == null || !type.startsWith(PROBLEM)) {
            return "content type " + type + " " + response.getHeaders().asList() + " " + response.asString();
        }
        if (c.field != null) {
            List<String> fields = response.jsonPath().getList("errors.field");
            String detail = response.jsonPath().getString("detail");
            boolean named = fields != null && fields.stream().anyMatch(f -> f.equals(c.field) || f.startsWith(c.field + "["))
                    || detail != null && detail.contains("'" + c.field + "'");
            if (!named) {
                return "does not name " + c.field + ": " + fields + " " + detail;
            }
        }
        return null;
    }
}
