package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.launchledger.contribute.PendingChange;
import org.launchledger.contribute.Role;
import org.launchledger.contribute.User;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Mission;
import org.launchledger.history.RenamedSlug;

/**
 * The JSON write path: who may write, the rules a mission keeps, review, conflicts. Its accounts,
 * missions and clean-up serve the review pages' tests too.
 */
@QuarkusTest
public class MissionWriteApiTest {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String CONTRIBUTOR = "api-contributor";
    public static final String EDITOR = "api-editor";
    public static final String PASSWORD = "api-test-password";
    /** Every mission these tests write has a slug that starts so; removed after each test. */
    public static final String PREFIX = "test-ms-";

    @BeforeEach
    void accounts() {
        createAccounts();
    }

    @AfterEach
    void removeWrittenRows() {
        removeRows();
    }

    /** The contributor and the editor these tests write as, made once. */
    public static void createAccounts() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!User.nameTaken(CONTRIBUTOR)) {
                User.create(CONTRIBUTOR, PASSWORD, Role.CONTRIBUTOR, Instant.now()).persist();
                User.create(EDITOR, PASSWORD, Role.EDITOR, Instant.now()).persist();
            }
        });
    }

    /** Removes the missions written with {@link #PREFIX}, their renamed slugs, and the test accounts' changes. */
    public static void removeRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Mission> written = Mission.list("slug like ?1", PREFIX + "%");
            written.forEach(m -> CrewSeat.<CrewSeat>list("mission", m).forEach(s -> s.delete()));
            written.forEach(m -> m.delete());
            RenamedSlug.delete("oldSlug like ?1", PREFIX + "%");
            PendingChange.delete("author in ?1", List.of(CONTRIBUTOR, EDITOR, ADMIN));
            if (!written.isEmpty()) {
                DataVersion.increment();
            }
        });
    }

    /** A valid new mission: a Soyuz under way on the tests' fixed day, no crew (see {@link #withCrew}). */
    public static Map<String, Object> mission(String suffix) {
        Map<String, Object> m = new HashMap<>();
        m.put("slug", PREFIX + suffix);
        m.put("designation", "Test MS-" + suffix);
        m.put("vehicle", "soyuz");
        m.put("variant", "Soyuz-MS");
        m.put("launch", "2026-06-01T10:00Z");
        m.put("docking", "2026-06-01T13:30Z");
        m.put("launchSite", "Baikonur Site 31");
        m.put("outcome", "in-progress");
        m.put("expeditions", List.of(75));
        m.put("crew", new ArrayList<>());
        m.put("sources", List.of("https://example.org/test-ms"));
        return m;
    }

    /**
     * The same mission with two of the seeded people aboard. Only one such mission at a time:
     * nobody may be on two flights that overlap.
     */
    public static Map<String, Object> withCrew(Map<String, Object> mission) {
        mission.put("crew", new ArrayList<>(List.of(
                Map.of("slug", "peggy-whitson", "role", "Commander"),
                Map.of("slug", "robert-behnken", "role", "Flight Engineer"))));
        return mission;
    }

    /** A request signed in (HTTP Basic) as the test account of {@code role}, or anonymous. */
    public static RequestSpecification as(String role) {
        RequestSpecification request = given().redirects().follow(false);
        return switch (role) {
            case "anonymous" -> request;
            case "contributor" -> request.auth().preemptive().basic(CONTRIBUTOR, PASSWORD);
            case "editor" -> request.auth().preemptive().basic(EDITOR, PASSWORD);
            case "admin" -> request.auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
            default -> throw new IllegalArgumentException(role);
        };
    }

    static ValidatableResponse post(String role, Map<String, Object> body) {
        return as(role).contentType("application/json").body(body).post("/api/missions").then();
    }

    static long version(String slug) {
        return given().get("/api/missions/" + slug).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    static long proposeAsContributor(Map<String, Object> body) {
        return post("contributor", body).statusCode(202).body("status", equalTo("pending"))
                .extract().jsonPath().getLong("changeId");
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            "POST,   /api/missions,            anonymous,   401",
            "POST,   /api/missions,            contributor, 202",
            "POST,   /api/missions,            editor,      201",
            "POST,   /api/missions,            admin,       201",
            "PUT,    /api/missions/{slug},     anonymous,   401",
            "PUT,    /api/missions/{slug},     contributor, 202",
            "PUT,    /api/missions/{slug},     editor,      200",
            "PUT,    /api/missions/{slug},     admin,       200",
            "DELETE, /api/missions/{slug},     anonymous,   401",
            "DELETE, /api/missions/{slug},     contributor, 403",
            "DELETE, /api/missions/{slug},     editor,      204",
            "DELETE, /api/missions/{slug},     admin,       204",
            "GET,    /api/review,              anonymous,   401",
            "GET,    /api/review,              contributor, 403",
            "GET,    /api/review,              editor,      200",
            "GET,    /api/review,              admin,       200",
            "GET,    /api/review/mine,         anonymous,   401",
            "GET,    /api/review/mine,         contributor, 200",
            "GET,    /api/review/mine,         editor,      200",
            "POST,   /api/review/{id}/approve, anonymous,   401",
            "POST,   /api/review/{id}/approve, contributor, 403",
            "POST,   /api/review/{id}/approve, editor,      200",
            "POST,   /api/review/{id}/approve, admin,       200",
            "POST,   /api/review/{id}/reject,  anonymous,   401",
            "POST,   /api/review/{id}/reject,  contributor, 403",
            "POST,   /api/review/{id}/reject,  editor,      200",
            "POST,   /api/review/{id}/reject,  admin,       200",
    })
    void answersEachRole(String method, String path, String role, int status) {
        Map<String, Object> existing = mission("routes");
        post("admin", existing).statusCode(201);
        String slug = PREFIX + "routes";
        long change = proposeAsContributor(mission("proposed"));
        Map<String, Object> body = path.contains("{slug}") ? withVersion(mission("routes"), version(slug))
                : path.endsWith("reject") ? Map.of("comment", "No source for the docking time.")
                : path.contains("{id}") ? Map.of() : mission("new-" + role);
        String resolved = path.replace("{slug}", slug).replace("{id}", String.valueOf(change));
        RequestSpecification request = as(role).contentType("application/json");
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request.body(body);
        }
        request.request(method, resolved).then().statusCode(status);
    }

    static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        body.put("version", version);
        return body;
    }

    @Test
    void aSignedInBrowserSessionMayWriteJsonDespiteTheCsrfFilter() {
        Map<String, String> cookies = new HashMap<>(given().get("/signup").then().extract().cookies());
        cookies.putAll(given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", EDITOR).formParam("j_password", PASSWORD).post("/j_security_check")
                .then().statusCode(302).extract().cookies());
        given().cookies(cookies).contentType("application/json").body(mission("session")).post("/api/missions")
                .then().statusCode(201);
        // The same session cannot post a form (what a cross-site page could send) to the API.
        given().cookies(cookies).contentType("application/x-www-form-urlencoded").formParam("slug", PREFIX + "form")
                .post("/api/missions").then().statusCode(not(equalTo(201)));
    }

    @Test
    void anonymousWriteGetsBasicChallengeAndProblem() {
        post("anonymous", mission("anon")).statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().get("/api/missions/" + PREFIX + "anon").then().statusCode(404);
    }

    @Test
    void aMissionReadCanBeSentBackAsItIsButAMisspeltFieldIsRefused() {
        post("editor", withCrew(mission("roundtrip"))).statusCode(201);
        Map<String, Object> read = given().get("/api/missions/" + PREFIX + "roundtrip").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        as("editor").contentType("application/json").body(read).put("/api/missions/" + PREFIX + "roundtrip")
                .then().statusCode(200);
        Map<String, Object> misspelt = new HashMap<>(read);
        misspelt.put("version", version(PREFIX + "roundtrip"));
        misspelt.put("landnig", "2026-07-01");
        as("editor").contentType("application/json").body(misspelt).put("/api/missions/" + PREFIX + "roundtrip")
                .then().statusCode(400).body("errors.field", hasItem("landnig"));
    }

    @Test
    void nobodyIsOnTwoFlightsThatOverlap() {
        post("editor", withCrew(mission("first"))).statusCode(201);
        post("editor", withCrew(mission("second"))).statusCode(422)
                .body("errors.field", hasItems("crew[0].slug", "crew[1].slug"))
                .body("errors.message", hasItem(containsString("'peggy-whitson'")));
        given().get("/api/missions/" + PREFIX + "second").then().statusCode(404);
    }

    @Test
    void editorsMissionIsVisibleAtOnceOnTheApiAndTheTimeline() {
        post("editor", withCrew(mission("created"))).statusCode(201)
                .header("Location", "/api/missions/" + PREFIX + "created")
                .body("slug", equalTo(PREFIX + "created"));
        given().get("/api/missions/" + PREFIX + "created").then().statusCode(200)
                .body("designation", equalTo("Test MS-created"))
                .body("vehicle", equalTo("soyuz"))
                .body("launch", equalTo("2026-06-01T10:00Z"))
                .body("docking", equalTo("2026-06-01T13:30Z"))
                .body("crew.slug", equalTo(List.of("peggy-whitson", "robert-behnken")))
                .body("sources", equalTo(List.of("https://example.org/test-ms")));
        given().get("/").then().statusCode(200).body(containsString("/missions/" + PREFIX + "created"));
    }

    @Test
    void contributorsMissionWaitsForApprovalThenAppears() {
        long change = proposeAsContributor(mission("pending"));
        given().get("/api/missions/" + PREFIX + "pending").then().statusCode(404);
        given().get("/").then().body(not(containsString("/missions/" + PREFIX + "pending")));
        as("contributor").get("/api/review/mine").then().statusCode(200)
                .body("find { it.id == " + change + " }.status", equalTo("pending"));
        as("editor").get("/api/review").then().statusCode(200).body("id", hasItem((int) change));

        as("editor").contentType("application/json").body("{}").post("/api/review/" + change + "/approve")
                .then().statusCode(200).body("status", equalTo("approved")).body("decidedBy", equalTo(EDITOR));
        given().get("/api/missions/" + PREFIX + "pending").then().statusCode(200);
        given().get("/").then().body(containsString("/missions/" + PREFIX + "pending"));
        as("editor").get("/api/review").then().body("id", not(hasItem((int) change)));
    }

    @Test
    void rejectedChangeIsNeverApplied() {
        long change = proposeAsContributor(mission("rejected"));
        as("editor").contentType("application/json").body(Map.of("comment", " "))
                .post("/api/review/" + change + "/reject").then().statusCode(422).body("errors.field", hasItem("comment"));
        as("editor").contentType("application/json").body(Map.of("comment", "Duplicate of an existing flight."))
                .post("/api/review/" + change + "/reject").then().statusCode(200).body("status", equalTo("rejected"));
        as("contributor").get("/api/review/mine").then()
                .body("find { it.id == " + change + " }.comment", equalTo("Duplicate of an existing flight."));
        as("editor").contentType("application/json").body("{}").post("/api/review/" + change + "/approve")
                .then().statusCode(409);
        given().get("/api/missions/" + PREFIX + "rejected").then().statusCode(404);
    }

    @Test
    void replacesWithTheCurrentVersionAndRefusesAStaleOne() {
        post("editor", mission("edited")).statusCode(201);
        String slug = PREFIX + "edited";
        long read = version(slug);
        Map<String, Object> body = withVersion(mission("edited"), read);
        body.put("launchSite", "Baikonur Site 1/5");
        as("editor").contentType("application/json").body(body).put("/api/missions/" + slug)
                .then().statusCode(200).body("launchSite", equalTo("Baikonur Site 1/5"));
        as("admin").contentType("application/json").body(body).put("/api/missions/" + slug)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("version " + read));
        given().get("/api/missions/" + slug).then().body("launchSite", equalTo("Baikonur Site 1/5"));
    }

    @Test
    void approvingAfterAConcurrentEditIsAConflict() {
        post("editor", mission("raced")).statusCode(201);
        String slug = PREFIX + "raced";
        long read = version(slug);
        Map<String, Object> proposal = withVersion(mission("raced"), read);
        proposal.put("launchSite", "Proposed site");
        long change = as("contributor").contentType("application/json").body(proposal).put("/api/missions/" + slug)
                .then().statusCode(202).extract().jsonPath().getLong("changeId");
        Map<String, Object> edit = withVersion(mission("raced"), read);
        edit.put("launchSite", "Edited site");
        as("editor").contentType("application/json").body(edit).put("/api/missions/" + slug).then().statusCode(200);

        as("admin").contentType("application/json").body("{}").post("/api/review/" + change + "/approve")
                .then().statusCode(409).contentType("application/problem+json");
        as("contributor").get("/api/review/mine").then()
                .body("find { it.id == " + change + " }.status", equalTo("conflict"));
        given().get("/api/missions/" + slug).then().body("launchSite", equalTo("Edited site"));
    }

    @Test
    void deletesAMission() {
        post("editor", mission("deleted")).statusCode(201);
        as("contributor").delete("/api/missions/" + PREFIX + "deleted").then().statusCode(403);
        as("editor").delete("/api/missions/" + PREFIX + "deleted").then().statusCode(204);
        given().get("/api/missions/" + PREFIX + "deleted").then().statusCode(404);
        given().get("/").then().body(not(containsString("/missions/" + PREFIX + "deleted")));
        as("editor").delete("/api/missions/" + PREFIX + "deleted").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "designation missing      | designation   | | Field 'designation' is required.",
            "slug format              | slug          | Test MS 1 | Field 'slug' must be lower-case ASCII",
            "slug taken               | slug          | demo-2 | Field 'slug' is already used by another mission ('demo-2').",
            "designation taken        | designation   | Crew Dragon Demo-2 | Field 'designation' is already used",
            "designation too long     | designation   | LONG | Field 'designation' must be at most 120 characters long.",
            "source not http          | sources[0]    | ftp://example.org/x | Field 'sources[0]' must be an http or https address.",
            "no source                | sources       | NONE | Field 'sources' must list at least one source.",
            "unknown vehicle          | vehicle       | zeppelin | Field 'vehicle' names no vehicle in the ledger (got 'zeppelin').",
            "unknown spacecraft       | spacecraft    | soyuz-nowhere | Field 'spacecraft' names no spacecraft in the ledger",
            "unknown person           | crew[0].slug  | nobody-at-all | Field 'crew[0].slug' names no person in the ledger (got 'nobody-at-all').",
            "unknown outcome          | outcome       | exploded | Field 'outcome' must be one of nominal, launch-abort",
            "docking before launch    | docking       | 2026-06-01T09:00Z | Field 'docking' must not be before 'launch' (2026-06-01T10:00Z).",
            "before the station       | launch        | 1998-11-19 | Field 'launch' must not be before 1998-11-20",
            "not a date               | landing       | next tuesday | Field 'landing' must be a UTC date or instant",
            "future but not planned   | launch        | 2027-01-01 | Field 'launch' must not be in the future unless the outcome is planned",
            "planned in the past      | outcome-plan  | planned | Field 'launch' must be in the future for a planned flight",
            "more crew than seats     | crew          | FOUR | Field 'crew' lists 4 people, but the Soyuz carries at most 3.",
            "somebody twice           | crew[1].slug  | TWICE | Field 'crew[1].slug' names 'peggy-whitson' more than once in this mission.",
    })
    void reportsEachRule(String rule, String field, String value, String message) {
        Map<String, Object> body = mission("invalid");
        switch (field) {
            case "sources[0]" -> body.put("sources", List.of(value));
            case "sources" -> body.put("sources", List.of());
            case "crew[0].slug" -> body.put("crew", List.of(Map.of("slug", value, "role", "Commander")));
            case "crew" -> body.put("crew", List.of(Map.of("slug", "peggy-whitson", "role", "Commander"),
                    Map.of("slug", "robert-behnken", "role", "Flight Engineer"),
                    Map.of("slug", "doug-hurley", "role", "Flight Engineer"),
                    Map.of("slug", "sunita-williams", "role", "Flight Engineer")));
            case "crew[1].slug" -> body.put("crew", List.of(Map.of("slug", "peggy-whitson", "role", "Commander"),
                    Map.of("slug", "peggy-whitson", "role", "Flight Engineer")));
            case "outcome-plan" -> body.put("outcome", value);
            case "launch" -> {
                // Alone: no docking time for the new launch to contradict.
                body.remove("docking");
                body.put(field, value);
            }
            default -> body.put(field, value == null ? null : value.equals("LONG") ? "x".repeat(121) : value);
        }
        String reported = field.equals("outcome-plan") ? "launch" : field;
        post("editor", body).statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(reported))
                .body("errors[0].message", startsWith(message));
        given().get("/api/missions/" + PREFIX + "invalid").then().statusCode(404);
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        Map<String, Object> body = mission("several");
        body.remove("designation");
        body.put("vehicle", "zeppelin");
        body.put("landing", "2026-05-01");
        body.put("sources", List.of("not a url"));
        body.put("crew", List.of(Map.of("slug", "peggy-whitson", "role", "Commander"),
                Map.of("slug", "peggy-whitson", "role", "Pilot")));
        post("editor", body).statusCode(422)
                .body("detail", equalTo("The request breaks 5 rules; nothing was stored."))
                .body("errors.field", hasItems("designation", "vehicle", "landing", "sources[0]", "crew[1].slug"))
                .body("errors.message", everyItem(startsWith("Field '")));
        given().get("/api/missions/" + PREFIX + "several").then().statusCode(404);
    }

    @Test
    void reportsRulesInRomanian() {
        Map<String, Object> body = mission("ro");
        body.remove("designation");
        body.put("sources", List.of());
        as("editor").header("Accept-Language", "ro").contentType("application/json").body(body)
                .post("/api/missions").then().statusCode(422)
                .body("title", equalTo("Conținut care nu poate fi procesat"))
                .body("detail", equalTo("Cererea încalcă 2 reguli; nu s-a salvat nimic."))
                .body("errors.message", hasItems("Câmpul „designation” este obligatoriu.",
                        "Câmpul „sources” trebuie să cuprindă cel puțin o sursă."));
    }

    @Test
    void malformedJsonAndWrongTypeAreProblemsNotServerErrors() {
        as("editor").contentType("application/json").body("{\"slug\": ").post("/api/missions").then()
                .statusCode(400).contentType("application/problem+json");
        as("editor").contentType("application/json").body("{\"expeditions\": \"many\"}").post("/api/missions").then()
                .statusCode(400).contentType("application/problem+json");
        as("editor").contentType("application/json").body("[1, 2]").post("/api/missions").then()
                .statusCode(400).contentType("application/problem+json");
        as("editor").contentType("text/plain").body("slug=x").post("/api/missions").then()
                .statusCode(415).contentType("application/problem+json");
        as("editor").contentType("application/x-www-form-urlencoded").formParam("slug", "x").post("/api/missions").then()
                .statusCode(415);
        as("editor").contentType("application/json").post("/api/missions").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
