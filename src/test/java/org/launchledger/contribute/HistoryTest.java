package org.launchledger.contribute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Mission;

/** The change history: who changed what and when, on the API and the pages, and an editor's revert. */
@QuarkusTest
class HistoryTest {

    static final String EDITOR = "history-editor";
    static final String CONTRIBUTOR = "history-contributor";
    static final String PASSWORD = "history-test-password";
    /** Every mission and person these tests write has a slug that starts so; removed after each test. */
    static final String PREFIX = "test-hist-";

    @TestHTTPResource("/")
    URI root;

    @BeforeEach
    void accounts() {
        TestRows.accounts(EDITOR, CONTRIBUTOR, PASSWORD);
    }

    @AfterEach
    void removeWrittenRows() {
        TestRows.remove(PREFIX);
    }

    static RequestSpecification as(String name, String password) {
        return given().redirects().follow(false).auth().preemptive().basic(name, password);
    }

    static RequestSpecification editor() {
        return as(EDITOR, PASSWORD);
    }

    /** A flown Soyuz mission with two of the seeded people aboard. */
    static Map<String, Object> mission(String suffix) {
        Map<String, Object> m = new HashMap<>();
        m.put("slug", PREFIX + suffix);
        m.put("designation", "Test History " + suffix);
        m.put("vehicle", "soyuz");
        m.put("launch", "2026-06-01T10:00Z");
        m.put("docking", "2026-06-01T13:30Z");
        m.put("launchSite", "Baikonur Site 31");
        m.put("outcome", "in-progress");
        m.put("expeditions", List.of(75));
        m.put("crew", new ArrayList<>(List.of(
                Map.of("slug", "peggy-whitson", "role", "Commander"),
                Map.of("slug", "robert-behnken", "role", "Flight Engineer"))));
        m.put("sources", List.of("https://example.org/test-history"));
        return m;
    }

    /** Writes a mission, then changes its launch site and docking: two revisions by the editor. */
    static Map<String, Object> createdThenEdited(String suffix) {
        Map<String, Object> body = mission(suffix);
        editor().contentType("application/json").body(body).post("/api/missions").then().statusCode(201);
        Map<String, Object> edited = new HashMap<>(body);
        edited.put("launchSite", "Baikonur Site 1/5");
        edited.put("docking", "2026-06-03T11:02:05Z");
        edited.put("version", version(PREFIX + suffix));
        editor().contentType("application/json").body(edited).put("/api/missions/" + PREFIX + suffix)
                .then().statusCode(200);
        return edited;
    }

    /** The API's revert: a POST with a JSON body, as every API write (an empty object). */
    static io.restassured.response.Response revert(RequestSpecification request, String path) {
        return request.contentType("application/json").body("{}").post(path);
    }

    static long version(String slug) {
        return given().get("/api/missions/" + slug).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    static JsonPath history(String path) {
        return given().get(path).then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    static long dataVersion() {
        return QuarkusTransaction.requiringNew().call(DataVersion::current);
    }

    @Test
    void anEditorsChangeIsRecordedWithWhoWhenAndBeforeAndAfter() {
        createdThenEdited("edit");

        JsonPath history = history("/api/missions/" + PREFIX + "edit/history");
        assertEquals(List.of("changed", "created"), history.getList("kind"));
        assertEquals(List.of(EDITOR, EDITOR), history.getList("by"));
        assertEquals("2026-11-30T12:00:00Z", history.getString("[0].at"), "the application's clock, in UTC");
        assertTrue(history.getLong("[0].revision") > history.getLong("[1].revision"), "newest first");
        assertEquals(List.of("docking", "launchSite"), history.getList("[0].changes.field"));
        assertEquals("2026-06-01T13:30Z", history.getString("[0].changes[0].before"), "at the precision written");
        assertEquals("2026-06-03T11:02:05Z", history.getString("[0].changes[0].after"));
        assertEquals("Baikonur Site 31", history.getString("[0].changes[1].before"));
        assertEquals("Baikonur Site 1/5", history.getString("[0].changes[1].after"));
        // The creation lists the crew and the vehicle as readable values, nothing before.
        List<Map<String, Object>> created = history.getList("[1].changes");
        Map<String, Object> crew = created.stream().filter(c -> c.get("field").equals("crew")).findFirst().orElseThrow();
        assertEquals(null, crew.get("before"));
        assertEquals(List.of("peggy-whitson (Commander)", "robert-behnken (Flight Engineer)"), crew.get("after"));
        assertTrue(created.stream().anyMatch(c -> c.get("field").equals("vehicle") && "soyuz".equals(c.get("after"))));
    }

    @Test
    void aSeededMissionStartsWithTheDataAsLoaded() {
        given().get("/api/missions/demo-2/history").then().statusCode(200)
                .body("kind", contains("loaded"))
                .body("[0].by", equalTo(RevisionAuthor.SYSTEM))
                .body("[0].changes", hasSize(0));
        Document page = Jsoup.parse(given().get("/missions/demo-2/history?lang=en").then().statusCode(200)
                .extract().asString());
        assertEquals("No changes recorded since the data was first loaded.", page.select("p.lead").text());
        Document ro = Jsoup.parse(given().get("/missions/demo-2/history?lang=ro").then().statusCode(200)
                .extract().asString());
        assertEquals("Nicio modificare înregistrată de la prima încărcare a datelor.", ro.select("p.lead").text());
        // The app's own name for itself is a word of the page's language, not an account's name.
        assertTrue(page.select("ol.history .muted").first().text().startsWith("by the system · "), page.text());
        assertTrue(ro.select("ol.history .muted").first().text().startsWith("de sistem · "), ro.text());
    }

    @Test
    void unknownRecordsHaveNoHistory() {
        given().get("/api/missions/no-such-mission/history").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/people/no-such-person/history").then().statusCode(404);
        given().accept("text/html").get("/missions/no-such-mission/history").then().statusCode(404);
    }

    @Test
    void thePageShowsEachChangeBeforeAndAfterInBothLanguages() {
        createdThenEdited("page");

        Document en = Jsoup.parse(given().get("/missions/" + PREFIX + "page/history?lang=en").then().statusCode(200)
                .extract().asString());
        assertEquals("History of Test History page", en.select("h1").text());
        Element newest = en.selectFirst("ol.history > li");
        assertTrue(newest.select("p").first().text().startsWith("Changed. by " + EDITOR), newest.text());
        Element site = newest.select("tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals("Launch site")).findFirst().orElseThrow();
        assertEquals(List.of("Baikonur Site 31", "Baikonur Site 1/5"), site.select("td").eachText());
        assertTrue(en.select("form.revert-form").isEmpty(), "no revert for an anonymous reader");

        Document ro = Jsoup.parse(given().get("/missions/" + PREFIX + "page/history?lang=ro").then().statusCode(200)
                .extract().asString());
        assertEquals("Istoricul: Test History page", ro.select("h1").text());
        Element roSite = ro.selectFirst("ol.history > li").select("tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals("Locul lansării")).findFirst().orElseThrow();
        assertEquals(List.of("Baikonur Site 31", "Baikonur Site 1/5"), roSite.select("td").eachText());
        assertEquals(List.of("Înainte", "După"), ro.selectFirst("ol.history > li thead").select("th").eachText()
                .subList(1, 3));
    }

    @Test
    void aRevertRestoresTheOldValueAsANewRevision() {
        createdThenEdited("revert");
        String slug = PREFIX + "revert";
        long created = history("/api/missions/" + slug + "/history").getLong("[1].revision");
        long before = dataVersion();

        revert(editor(), "/api/missions/" + slug + "/revert/" + created).then().statusCode(200)
                .body("launchSite", equalTo("Baikonur Site 31"))
                .body("docking", equalTo("2026-06-01T13:30Z"))
                .body("crew.slug", contains("peggy-whitson", "robert-behnken"));

        assertEquals(before + 1, dataVersion());
        JsonPath history = history("/api/missions/" + slug + "/history");
        assertEquals(List.of("changed", "changed", "created"), history.getList("kind"));
        assertEquals(created, history.getLong("[0].revertedTo"));
        assertEquals(EDITOR, history.getString("[0].by"));
        assertEquals("Baikonur Site 1/5", history.getString("[0].changes.find { it.field == 'launchSite' }.before"));
        assertEquals("Baikonur Site 31", history.getString("[0].changes.find { it.field == 'launchSite' }.after"));
    }

    /**
     * A revert carries nothing but its address: a POST with no body and no Content-Type (as curl -X POST
     * sends it) is a revert. A form post without the form's token is refused with a message naming that field.
     */
    @Test
    void aRevertNeedsNoBodyButAFormPostNeedsTheFormsToken() throws Exception {
        createdThenEdited("bodiless");
        String slug = PREFIX + "bodiless";
        long created = history("/api/missions/" + slug + "/history").getLong("[1].revision");
        String address = "/api/missions/" + slug + "/revert/" + created;

        String basic = Base64.getEncoder().encodeToString((EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> bodiless = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root.resolve(address))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, bodiless.statusCode(), bodiless.body());
        assertEquals("Baikonur Site 31", JsonPath.from(bodiless.body()).getString("launchSite"));

        // REST Assured's default for a POST is a form: what a cross-site page could send, so it needs the token.
        long revisions = history("/api/missions/" + slug + "/history").getList("revision").size();
        editor().post(address).then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo("csrf-token"))
                .body("detail", containsString("'csrf-token'"));
        assertEquals(revisions, history("/api/missions/" + slug + "/history").getList("revision").size());
    }

    @Test
    void onlyEditorsAndAdminsRevert() {
        createdThenEdited("roles");
        String path = "/api/missions/" + PREFIX + "roles/revert/"
                + history("/api/missions/" + PREFIX + "roles/history").getLong("[1].revision");
        revert(given().redirects().follow(false), path).then().statusCode(401);
        revert(as(CONTRIBUTOR, PASSWORD), path).then().statusCode(403);
        revert(as("admin", "test-admin-password"), path).then().statusCode(200);
        assertEquals("Baikonur Site 31", given().get("/api/missions/" + PREFIX + "roles").then().extract()
                .jsonPath().getString("launchSite"));
    }

    @Test
    void aRevisionOutsideTheMissionsHistoryIsNotFound() {
        createdThenEdited("unknown");
        revert(editor(), "/api/missions/" + PREFIX + "unknown/revert/999999").then().statusCode(404)
                .contentType("application/problem+json");
        // demo-2's only revision is the data as loaded, not the test mission's creation.
        long created = history("/api/missions/" + PREFIX + "unknown/history").getLong("[1].revision");
        revert(editor(), "/api/missions/demo-2/revert/" + created).then().statusCode(404);
        revert(editor(), "/api/missions/no-such-mission/revert/1").then().statusCode(404);
    }

    @Test
    void aRevertThatBreaksTodaysRulesIsRefusedWithTheFieldNamed() {
        editor().contentType("application/json").body(person("gone")).post("/api/people").then().statusCode(201);
        Map<String, Object> body = mission("rules");
        body.put("crew", new ArrayList<>(List.of(Map.of("slug", PREFIX + "gone", "role", "Commander"))));
        editor().contentType("application/json").body(body).post("/api/missions").then().statusCode(201);
        Map<String, Object> edited = new HashMap<>(body);
        edited.put("crew", List.of());
        edited.put("version", version(PREFIX + "rules"));
        editor().contentType("application/json").body(edited).put("/api/missions/" + PREFIX + "rules")
                .then().statusCode(200);
        editor().delete("/api/people/" + PREFIX + "gone").then().statusCode(204);
        long withCrew = history("/api/missions/" + PREFIX + "rules/history").getLong("[1].revision");
        long before = dataVersion();

        revert(editor(), "/api/missions/" + PREFIX + "rules/revert/" + withCrew).then().statusCode(422)
                .body("errors.field", contains("crew[0].slug"));
        assertEquals(before, dataVersion(), "nothing stored");
        given().get("/api/missions/" + PREFIX + "rules").then().body("crew", hasSize(0));
    }

    @Test
    void anEditorRevertsFromThePageAndSeesItOnce() {
        createdThenEdited("form");
        String page = "/missions/" + PREFIX + "form/history";
        Session anonymous = Session.anonymous();
        assertTrue(Jsoup.parse(anonymous.get(page).asString()).select("form.revert-form").isEmpty());
        Session contributor = Session.signedIn(CONTRIBUTOR, PASSWORD);
        assertTrue(Jsoup.parse(contributor.get(page).asString()).select("form.revert-form").isEmpty());

        Session editor = Session.signedIn(EDITOR, PASSWORD);
        Document before = Jsoup.parse(editor.get(page + "?lang=en").asString());
        Elements forms = before.select("form.revert-form");
        assertEquals(1, forms.size(), "one earlier revision to go back to");
        String revision = forms.first().select("input[name=revision]").val();
        String confirm = "/history/revert?mission=" + PREFIX + "form&revision=" + revision;
        assertEquals(403, contributor.get(confirm).statusCode());
        Document confirmation = Jsoup.parse(editor.get(confirm + "&lang=en").asString());
        assertEquals(page + "/revert", confirmation.select("form.revert-form").attr("action"));
        var response = editor.form(page + "/revert", Map.of("revision", revision));
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith(page), response.header("Location"));

        Document after = Jsoup.parse(editor.get(page + "?lang=en").asString());
        assertEquals("Put back as it stood after revision " + revision
                + ". The revert is itself a new revision below.", after.select("p.flash").text());
        assertEquals(3, after.select("ol.history > li").size());
        assertTrue(Jsoup.parse(editor.get(page + "?lang=en").asString()).select("p.flash").isEmpty(), "shown once");
        assertEquals("Baikonur Site 31", given().get("/api/missions/" + PREFIX + "form").then().extract()
                .jsonPath().getString("launchSite"));

        assertEquals(403, contributor.form(page + "/revert", Map.of("revision", revision)).statusCode());
    }

    static Map<String, Object> person(String suffix) {
        Map<String, Object> p = new HashMap<>();
        p.put("slug", PREFIX + suffix);
        p.put("name", "Testa History " + suffix);
        p.put("nationality", "RO");
        p.put("alternativeNames", List.of());
        return p;
    }

    @Test
    void aPersonsChangeShowsInTheirHistory() {
        editor().contentType("application/json").body(person("renamed")).post("/api/people").then().statusCode(201);
        Map<String, Object> edited = person("renamed");
        edited.put("name", "Testa Historia renamed");
        edited.put("agency", "ROSA");
        edited.put("version", given().get("/api/people/" + PREFIX + "renamed").then().extract().jsonPath()
                .getLong("version"));
        editor().contentType("application/json").body(edited).put("/api/people/" + PREFIX + "renamed")
                .then().statusCode(200);

        ValidatableResponse history = given().get("/api/people/" + PREFIX + "renamed/history").then().statusCode(200);
        history.body("kind", contains("changed", "created"))
                .body("[0].by", equalTo(EDITOR))
                .body("[0].changes.field", contains("name", "agency"))
                .body("[0].changes[0].before", equalTo("Testa History renamed"))
                .body("[0].changes[0].after", equalTo("Testa Historia renamed"))
                .body("[0].changes[1].before", nullValue())
                .body("[0].changes[1].after", equalTo("ROSA"));
        Document page = Jsoup.parse(given().get("/people/" + PREFIX + "renamed/history?lang=en").then()
                .statusCode(200).extract().asString());
        assertEquals(List.of("Testa History renamed", "Testa Historia renamed"),
                page.selectFirst("ol.history > li tbody tr").select("td").eachText());
        assertTrue(page.select("form.revert-form").isEmpty(), "people are not reverted from here");
    }
}
