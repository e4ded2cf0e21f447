package org.launchledger.contribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Person;
import org.launchledger.web.HtmlValidateTest;

/** The import page: an editor's upload, its one-time count, every broken rule listed, nothing stored. */
@QuarkusTest
class ImportPagesTest {

    static final String EDITOR = "import-page-editor";
    static final String PASSWORD = "import-page-password";
    /** Every person these tests import has a slug that starts so; removed after each test. */
    static final String PREFIX = "test-imppage-";
    static final String PEOPLE_HEADER = String.join(",", LedgerCsv.PERSON_COLUMNS) + "\r\n";

    @BeforeEach
    void account() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!User.nameTaken(EDITOR)) {
                User.create(EDITOR, PASSWORD, Role.EDITOR, Instant.now()).persist();
            }
        });
    }

    @AfterEach
    void removeImportedPeople() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Person> people = Person.list("slug like ?1", PREFIX + "%");
            people.forEach(p -> p.delete());
            if (!people.isEmpty()) {
                DataVersion.increment();
            }
        });
    }

    static long imported() {
        return QuarkusTransaction.requiringNew().call(() -> Person.count("slug like ?1", PREFIX + "%"));
    }

    @Test
    void anEditorUploadsAFileAndSeesWhatChangedOnce() throws Exception {
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        String html = editor.get("/admin/import").then().statusCode(200).extract().asString();
        assertEquals(List.of(), HtmlValidateTest.errorsIn("import-form", html));
        Document form = Jsoup.parse(html);
        assertEquals("multipart/form-data", form.select("form[action=/admin/import]").attr("enctype"));
        assertEquals(List.of("people", "missions", "crew"), form.select("input[type=file]").eachAttr("name"));
        form.select("input[type=file]").forEach(input ->
                assertEquals(1, form.select("label[for=" + input.id() + "]").size(), input.id() + " has a label"));

        Response posted = editor.upload("/admin/import", Map.of("people",
                PEOPLE_HEADER + PREFIX + "ana,Ana Pop,,RO,ROSA,\r\n"));
        assertEquals(303, posted.statusCode());
        assertTrue(posted.header("Location").endsWith("/admin/import"), posted.header("Location"));
        assertEquals(1, imported());
        Document after = Jsoup.parse(editor.get("/admin/import").asString());
        assertEquals("Imported. Created: 1; updated: 0; left unchanged: 0.", after.select("p.flash").text());
        assertTrue(Jsoup.parse(editor.get("/admin/import").asString()).select("p.flash").isEmpty(), "shown once");
    }

    @Test
    void aRefusedImportListsEveryBrokenRuleAndStoresNothing() throws Exception {
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        editor.get("/admin/import");
        // A good person, a good one, then one with no name and one with a country that is not a code.
        String people = PEOPLE_HEADER + PREFIX + "a,Ana Pop,,RO,,\r\n" + PREFIX + "b,Ion Pop,,RO,,\r\n"
                + PREFIX + "c,,,RO,,\r\n" + PREFIX + "d,Dan Pop,,Romania,,\r\n";
        Response refused = editor.upload("/admin/import?lang=ro", Map.of("people", people));
        assertEquals(422, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals(List.of(), HtmlValidateTest.errorsIn("import-refused", refused.asString()));
        assertEquals("Nu s-a importat nimic: people.csv încalcă aceste reguli", page.select("[role=alert] h2").text());
        List<String> errors = page.select("[role=alert] li").eachText();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Rândul 4, coloana „name” este obligatoriu"), errors.get(0));
        assertTrue(errors.get(1).startsWith("Rândul 5, coloana „nationality”"), errors.get(1));
        assertEquals(0, imported());

        Response none = editor.upload("/admin/import?lang=en", Map.of());
        assertEquals(422, none.statusCode());
        assertEquals("Choose at least one file.", Jsoup.parse(none.asString()).select("[role=alert] li").text());
    }

    @Test
    void anUploadWithoutTheFormsTokenIsRefused() {
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        editor.get("/admin/import");
        editor.token = "forged";
        Response forged = editor.upload("/admin/import", Map.of("people", PEOPLE_HEADER + PREFIX + "x,Ana Pop,,RO,,\r\n"));
        assertTrue(forged.statusCode() >= 400 && forged.statusCode() < 500, "status " + forged.statusCode());
        assertEquals(0, imported());
    }
}
