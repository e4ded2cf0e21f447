package org.launchledger.contribute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.launchledger.history.DataVersion;
import org.launchledger.history.StandDown;

/**
 * The editors' forms for vehicles and stand-downs: who sees and may use them, each broken rule
 * beside its field (English and Romanian), post/redirect/get with a one-time message, and a save
 * over someone else's newer version answered with 409 and what they changed. Stand-downs written
 * here have a reason starting with {@link #PREFIX}; the vehicle changed is put back.
 */
@QuarkusTest
class FleetPagesTest {

    static final String EDITOR = "fleet-page-editor";
    static final String CONTRIBUTOR = "fleet-page-contributor";
    static final String PASSWORD = "fleet-page-password";
    static final String PREFIX = "Test fleet page ";
    static final String VEHICLE = "starliner";
    private Map<String, Object> original;

    @BeforeEach
    void accountsAndOriginal() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!User.nameTaken(EDITOR)) {
                User.create(EDITOR, PASSWORD, Role.EDITOR, Instant.now()).persist();
            }
            if (!User.nameTaken(CONTRIBUTOR)) {
                User.create(CONTRIBUTOR, PASSWORD, Role.CONTRIBUTOR, Instant.now()).persist();
            }
        });
        original = new HashMap<>(given().get("/api/vehicles/" + VEHICLE).then().extract().jsonPath().getMap("vehicle"));
        original.remove("slug");
    }

    @AfterEach
    void putBack() {
        original.put("version", given().get("/api/vehicles/" + VEHICLE).then().extract().jsonPath()
                .getLong("vehicle.version"));
        given().auth().preemptive().basic("admin", "test-admin-password").contentType("application/json")
                .body(original).put("/api/vehicles/" + VEHICLE).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            List<StandDown> written = StandDown.list("reason like ?1", PREFIX + "%");
            written.forEach(s -> s.delete());
            if (!written.isEmpty()) {
                DataVersion.increment();
            }
        });
    }

    private static Session editor() {
        return Session.signedIn(EDITOR, PASSWORD);
    }

    /** Every field a page's form sends (but the CSRF token, which {@link Session#form} adds), by name. */
    static Map<String, String> fields(Document page, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element e : page.select("form[action=" + action + "] :is(input, textarea, select)")) {
            String name = e.attr("name");
            if (name.isEmpty() || name.equals(Session.CSRF)) {
                continue;
            }
            String value = switch (e.tagName()) {
                case "textarea" -> e.wholeText();
                case "select" -> e.select("option[selected]").val();
                default -> e.val();
            };
            fields.put(name, value);
        }
        return fields;
    }

    private static Document page(Response response) {
        return Jsoup.parse(response.asString());
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            "GET,  /vehicles/starliner/edit, anonymous,   302",
            "GET,  /vehicles/starliner/edit, contributor, 403",
            "GET,  /vehicles/starliner/edit, editor,      200",
            "GET,  /vehicles/starliner/edit, admin,       200",
            "GET,  /stand-downs/new,         anonymous,   302",
            "GET,  /stand-downs/new,         contributor, 403",
            "GET,  /stand-downs/new,         editor,      200",
            "POST, /stand-downs/new,         anonymous,   302",
            "POST, /stand-downs/new,         contributor, 403",
            "POST, /vehicles/starliner/edit, contributor, 403",
            "GET,  /vehicles/buran/edit,     editor,      404",
            "GET,  /stand-downs/x/edit,      editor,      404",
    })
    void routesByRole(String method, String path, String role, int status) {
        Session session = switch (role) {
            case "anonymous" -> Session.anonymous();
            case "contributor" -> Session.signedIn(CONTRIBUTOR, PASSWORD);
            case "editor" -> editor();
            default -> Session.signedIn("admin", "test-admin-password");
        };
        Response response = method.equals("GET") ? session.get(path) : session.form(path, Map.of("reason", PREFIX + "x"));
        assertThat(response.statusCode(), is(status));
        if (status == 302) {
            assertThat(response.header("Location"), endsWith("/login"));
        }
    }

    @Test
    void onlyEditorsSeeEditControls() {
        for (Session reader : List.of(Session.anonymous(), Session.signedIn(CONTRIBUTOR, PASSWORD))) {
            Document page = page(reader.get("/vehicles/soyuz"));
            assertThat(page.select("a[href$=/edit], a[href^=/stand-downs/new]").eachAttr("href"), empty());
        }
        Document page = page(editor().get("/vehicles/soyuz"));
        assertThat(page.select("a[href=/vehicles/soyuz/edit]").size(), is(1));
        assertThat(page.select("a[href=/stand-downs/new?vehicle=soyuz]").size(), is(1));
        // One edit link per stand-down row.
        assertThat(page.select("table:has(#stand-downs-caption) tbody tr").size(),
                is(page.select("table:has(#stand-downs-caption) tbody a[href~=^/stand-downs/\\d+/edit$]").size()));
        assertThat(page.select("table:has(#stand-downs-caption) tbody tr").size(), is(2));
    }

    @Test
    void vehicleSavedThenShownWithAOneTimeMessage() {
        Session editor = editor();
        Document form = page(editor.get("/vehicles/starliner/edit"));
        assertThat(form.select("#operator").val(), equalTo(original.get("operator")));
        assertThat(form.select("label[for=crewSeats]").text(), equalTo("Crew seats to the station"));
        Map<String, String> fields = fields(form, "/vehicles/starliner/edit");
        fields.put("operator", "Boeing Test Page");
        Response saved = editor.form("/vehicles/starliner/edit", fields);
        assertThat(saved.statusCode(), is(303));
        assertThat(saved.header("Location"), endsWith("/vehicles/starliner"));
        Document page = page(editor.get("/vehicles/starliner"));
        assertThat(page.select("p.flash").text(), startsWith("Your changes to the vehicle are saved"));
        assertThat(page.select("p.lead").text(), containsString("Boeing Test Page"));
        assertThat(page(editor.get("/vehicles/starliner")).select("p.flash").size(), is(0));
    }

    @Test
    void rejectedVehicleFormShowsEveryRuleBesideItsFieldAndKeepsTheInput() {
        Session editor = editor();
        Map<String, String> fields = fields(page(editor.get("/vehicles/starliner/edit")), "/vehicles/starliner/edit");
        fields.put("name", "");
        fields.put("country", "usa");
        fields.put("crewSeats", "many");
        fields.put("retired", "2031-01-01");
        fields.put("sources", "https://example.org/ok\nftp://example.org/no");
        Response response = editor.form("/vehicles/starliner/edit", fields);
        assertThat(response.statusCode(), is(400));
        Document page = page(response);
        assertThat(page.select("p.message[role=alert]").text(), startsWith("5 fields break rules; nothing was saved."));
        assertThat(page.select("#name-error").text(), equalTo("Field 'Name' is required."));
        assertThat(page.select("#country-error").text(), startsWith("Field 'Country' must be an ISO 3166 alpha-2"));
        assertThat(page.select("#crewSeats-error").text(), equalTo("Field 'Crew seats to the station' must be a whole number (got 'many')."));
        assertThat(page.select("#retired-error").text(), startsWith("Field 'Retired' must not be in the future"));
        assertThat(page.select("#sources-error").text(), equalTo("Field 'Sources, line 2' must be an http or https address."));
        assertThat(page.select("#country").attr("aria-invalid"), equalTo("true"));
        assertThat(page.select("#country").attr("aria-describedby"), equalTo("country-hint country-error"));
        assertThat(page.select("#country").val(), equalTo("usa"));
        assertThat(page.select("#operator").hasAttr("aria-invalid"), is(false));
        given().get("/api/vehicles/" + VEHICLE).then().body("vehicle.version", equalTo(original.get("version")));
    }

    @Test
    void rejectedFormsSpeakRomanian() {
        Session editor = editor();
        editor.get("/vehicles/starliner?lang=ro");
        Map<String, String> fields = fields(page(editor.get("/vehicles/starliner/edit")), "/vehicles/starliner/edit");
        fields.put("name", "");
        fields.put("crewSeats", "11");
        Document page = page(editor.form("/vehicles/starliner/edit", fields));
        assertThat(page.select("#name-error").text(), equalTo("Câmpul „Nume” este obligatoriu."));
        assertThat(page.select("#crewSeats-error").text(),
                equalTo("Câmpul „Locuri pentru echipaj spre stație” trebuie să fie cel mult 10."));

        Map<String, String> standDown = fields(page(editor.get("/stand-downs/new?vehicle=crew-dragon")), "/stand-downs/new");
        standDown.putAll(Map.of("from", "2019-03-01", "to", "2019-02-01", "reason", PREFIX + "ro"));
        page = page(editor.form("/stand-downs/new", standDown));
        assertThat(page.select("#to-error").text(), equalTo("Câmpul „Până la” nu poate fi înainte de „De la” (2019-03-01)."));
        assertThat(page.select("#sources-error").text(), equalTo("Câmpul „Surse” trebuie să cuprindă cel puțin o sursă."));
        assertThat(page.select("#vehicle option[selected]").val(), equalTo("crew-dragon"));
    }

    @Test
    void savingOverANewerVersionShowsWhatChangedThenSavesDeliberately() {
        Session editor = editor();
        Map<String, String> fields = fields(page(editor.get("/vehicles/starliner/edit")), "/vehicles/starliner/edit");
        // Someone else saves meanwhile.
        Map<String, Object> other = new HashMap<>(original);
        other.put("operator", "Boeing Meanwhile");
        given().auth().preemptive().basic("admin", "test-admin-password").contentType("application/json")
                .body(other).put("/api/vehicles/" + VEHICLE).then().statusCode(200);

        fields.put("notes", "Test fleet page notes");
        Response response = editor.form("/vehicles/starliner/edit", fields);
        assertThat(response.statusCode(), is(409));
        Document page = page(response);
        assertThat(page.select("[role=alert] p").first().text(), startsWith("Someone else saved this record"));
        assertThat(page.select("table.conflict tbody tr").eachText(),
                contains("Operator " + original.get("operator") + " Boeing Meanwhile " + original.get("operator")));
        assertThat(page.select("#notes").text(), equalTo("Test fleet page notes"));
        long current = given().get("/api/vehicles/" + VEHICLE).then().extract().jsonPath().getLong("vehicle.version");
        assertThat(page.select("input[name=version]").val(), equalTo(String.valueOf(current)));
        given().get("/api/vehicles/" + VEHICLE).then().body("vehicle.operator", equalTo("Boeing Meanwhile"))
                .body("vehicle.notes", equalTo(original.get("notes")));

        // Saving the re-rendered form again is a deliberate choice: it replaces their values.
        assertThat(editor.form("/vehicles/starliner/edit", fields(page, "/vehicles/starliner/edit")).statusCode(), is(303));
        given().get("/api/vehicles/" + VEHICLE).then().body("vehicle.operator", equalTo(original.get("operator")))
                .body("vehicle.notes", equalTo("Test fleet page notes"));
    }

    @Test
    void standDownAddedEditedAndDeletedThroughTheForms() {
        Session editor = editor();
        Map<String, String> fields = fields(page(editor.get("/stand-downs/new?vehicle=crew-dragon")), "/stand-downs/new");
        fields.putAll(Map.of("from", "2019-06-01", "to", "2019-06-20", "reason", PREFIX + "Qwertz pause",
                "sources", "https://example.org/one\r\nhttps://example.org/two"));
        Response added = editor.form("/stand-downs/new", fields);
        assertThat(added.statusCode(), is(303));
        assertThat(added.header("Location"), endsWith("/vehicles/crew-dragon"));
        Document vehiclePage = page(editor.get("/vehicles/crew-dragon"));
        assertThat(vehiclePage.select("p.flash").text(), startsWith("The stand-down is saved"));
        Element row = vehiclePage.select("table:has(#stand-downs-caption) tbody tr:contains(Qwertz pause)").first();
        assertThat(row.select("ul.sources li").size(), is(2));
        String edit = row.select("a[href$=/edit]").attr("href");
        assertThat(Jsoup.parse(given().get("/").asString()).select("rect.stand-down > title").eachText(),
                hasItem(containsString(PREFIX + "Qwertz pause")));

        Map<String, String> editFields = fields(page(editor.get(edit)), edit);
        assertThat(editFields.get("from"), equalTo("2019-06-01"));
        editFields.put("reason", PREFIX + "Qwertz resumed");
        assertThat(editor.form(edit, editFields).statusCode(), is(303));
        assertThat(Jsoup.parse(given().get("/").asString()).select("rect.stand-down > title").eachText(),
                hasItem(containsString(PREFIX + "Qwertz resumed")));
        // The same form again, now stale.
        Response stale = editor.form(edit, editFields);
        assertThat(stale.statusCode(), is(409));
        assertThat(page(stale).select("table.conflict tbody tr").eachText(),
                contains("Reason " + PREFIX + "Qwertz pause " + PREFIX + "Qwertz resumed " + PREFIX + "Qwertz resumed"));

        String delete = edit.replace("/edit", "/delete");
        assertThat(editor.form(delete, Map.of()).statusCode(), is(303));
        assertThat(page(editor.get("/vehicles/crew-dragon")).select("p.flash").text(), equalTo("The stand-down is deleted."));
        assertThat(editor.get(edit).statusCode(), is(404));
        assertThat(Jsoup.parse(given().get("/").asString()).select("rect.stand-down > title").eachText(),
                not(hasItem(containsString(PREFIX))));
    }
}
