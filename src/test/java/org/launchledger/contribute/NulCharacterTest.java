package org.launchledger.contribute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.api.MissionWriteApiTest;

/**
 * U+0000 (NUL) in any text a user sends is refused with the field it is in, before any database
 * sees it (PostgreSQL answers NUL in text with an error of its own): a JSON string, a form field,
 * a sign-up or sign-in name, a CSV cell, a query value. Nothing is stored.
 */
@QuarkusTest
class NulCharacterTest {

    private static final String NUL = "\u0000";
    /** The slugs these tests would store under, were a refusal to fail. */
    private static final String PREFIX = "test-nul-";

    @BeforeEach
    void accounts() {
        MissionWriteApiTest.createAccounts();
    }

    @AfterEach
    void removeAnythingStored() {
        MissionWriteApiTest.removeRows();
        TestRows.remove(PREFIX);
        TestRows.remove(MissionFormsTest.PREFIX + "nul-");
    }

    @Test
    void aJsonStringHoldingNulIsA422NamingItsField() {
        Map<String, Object> mission = MissionWriteApiTest.mission("nul-json");
        mission.put("launchSite", "Baikonur" + NUL + " Site 31");
        List<Long> before = StoredRows.now();
        MissionWriteApiTest.as("editor").contentType("application/json").body(mission).post("/api/missions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("launchSite")))
                .body("errors[0].message", equalTo("Field 'launchSite' must not contain the NUL character (U+0000)."));
        assertEquals(before, StoredRows.now());
    }

    @Test
    void aNulInAListOfTheBodyNamesItsPlaceInRomanian() {
        Map<String, Object> mission = MissionWriteApiTest.mission("nul-list");
        mission.put("sources", List.of("https://example.org/a", "https://example.org/b" + NUL));
        MissionWriteApiTest.as("editor").contentType("application/json").header("Accept-Language", "ro")
                .body(mission).post("/api/missions")
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("sources[1]")))
                .body("errors[0].message", containsString("nu poate conține caracterul NUL (U+0000)"));
    }

    @Test
    void aFormFieldHoldingNulIsShownBesideTheFieldAndNothingIsStored() {
        Session editor = Session.signedIn(MissionWriteApiTest.EDITOR, MissionWriteApiTest.PASSWORD);
        editor.get("/contribute/missions/new");
        Map<String, String> flight = MissionFormsTest.flight("nul-form");
        flight.put("summary", "Docked" + NUL + " on time");
        List<Long> before = StoredRows.now();
        Response response = editor.form("/contribute/missions/new", flight);
        assertThat(response.statusCode(), is(422));
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#summary-error").text(), containsString("must not contain the NUL character (U+0000)"));
        assertEquals(before, StoredRows.now());
    }

    @Test
    void aNulInANewCrewMembersNameIsShownBesideThatInput() {
        Session editor = Session.signedIn(MissionWriteApiTest.EDITOR, MissionWriteApiTest.PASSWORD);
        editor.get("/contribute/missions/new");
        Map<String, String> flight = MissionFormsTest.flight("nul-crew");
        assertThat("the form adds a person in row 0", flight.get("crew[0].newName"), notNullValue());
        flight.put("crew[0].newName", "Ana" + NUL + "Pop");
        List<Long> before = StoredRows.now();
        Response response = editor.form("/contribute/missions/new", flight);
        assertThat(response.statusCode(), is(422));
        assertThat(Jsoup.parse(response.asString()).select("#crew-0-newName-error").text(),
                containsString("NUL character"));
        assertEquals(before, StoredRows.now());
    }

    @Test
    void signingUpWithNulInTheNameOrPasswordIsRefusedBesideTheField() {
        Response name = Session.anonymous().form("/signup",
                Map.of("name", "nul" + NUL + "name", "password", "long-enough-password"));
        assertThat(name.statusCode(), is(400));
        assertThat(Jsoup.parse(name.asString()).select("#name-error").text(), containsString("may contain only"));
        Response password = Session.anonymous().form("/signup",
                Map.of("name", "nul-password-" + System.nanoTime() % 100000, "password", "long-enough" + NUL + "password"));
        assertThat(password.statusCode(), is(400));
        assertThat(Jsoup.parse(password.asString()).select("#password-error").text(),
                is("Password must not contain the NUL character (U+0000)."));
    }

    @Test
    void signingInWithNulInTheNameIsAnOrdinaryFailedSignIn() {
        Session session = Session.anonymous();
        Response failed = session.login(MissionWriteApiTest.EDITOR + NUL, MissionWriteApiTest.PASSWORD);
        assertThat(failed.statusCode(), is(302));
        assertThat(failed.header("Location"), containsString("/login?error"));
        assertThat(session.cookies.containsKey(Session.SESSION), is(false));
        // The same name through HTTP Basic on the API: 401, not a server error.
        given().auth().preemptive().basic(MissionWriteApiTest.EDITOR + NUL, MissionWriteApiTest.PASSWORD)
                .contentType("application/json").body(MissionWriteApiTest.mission("nul-basic")).post("/api/missions")
                .then().statusCode(401);
    }

    @Test
    void aCsvCellHoldingNulIsRefusedByRowAndColumn() {
        String csv = String.join(",", LedgerCsv.PERSON_COLUMNS) + "\r\n"
                + PREFIX + "person,Ana Pop,Ana" + NUL + " Maria Pop,RO,ROSA,"
                + "https://en.wikipedia.org/wiki/Test\r\n";
        List<Long> before = StoredRows.now();
        MissionWriteApiTest.as("editor").contentType("text/csv; charset=UTF-8").body(csv).post("/api/import/people.csv")
                .then().statusCode(422)
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("full_name"))
                .body("errors[0].message",
                        equalTo("Row 2, column 'full_name' must not contain the NUL character (U+0000)."));
        assertEquals(before, StoredRows.now());

        Session admin = Session.signedIn("admin", "test-admin-password");
        admin.get("/admin/import");
        Response page = admin.upload("/admin/import", Map.of("people", csv));
        assertThat(page.statusCode(), is(422));
        assertThat(Jsoup.parse(page.asString()).text(), containsString("Row 2, column 'full_name' must not contain"));
        assertEquals(before, StoredRows.now());
    }

    @Test
    void aQueryValueHoldingNulIsA400NamingTheParameter() {
        given().urlEncodingEnabled(false).accept("application/json").get("/api/missions?vehicle=soyuz%00")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("vehicle"));
        Response page = given().urlEncodingEnabled(false).accept("text/html").get("/search?q=a%00b");
        assertThat(page.statusCode(), is(400));
        assertThat(Jsoup.parse(page.asString()).text(), containsString("“q” must not contain control characters (found U+0000)"));
    }

    @Test
    void aReviewersCommentHoldingNulIsRefusedBesideItAndDecidesNothing() {
        long id = MissionWriteApiTest.as("contributor").contentType("application/json")
                .body(MissionWriteApiTest.mission("nul-review")).post("/api/missions")
                .then().statusCode(202).extract().jsonPath().getLong("changeId");
        Session editor = Session.signedIn(MissionWriteApiTest.EDITOR, MissionWriteApiTest.PASSWORD);
        editor.get("/review");
        Response refused = editor.form("/review/" + id + "/reject", Map.of("comment", "Not sourced" + NUL));
        assertThat(refused.statusCode(), is(422));
        assertThat(Jsoup.parse(refused.asString()).select("#comment-" + id + "-error").text(),
                containsString("NUL character"));
        // Still pending: a clean comment decides it now.
        assertThat(editor.form("/review/" + id + "/reject", Map.of("comment", "Not sourced")).statusCode(), is(303));
    }
}
