package org.launchledger.contribute;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Person;

/**
 * The mission form as a browser uses it: who may open it, post/redirect/get with a one-time
 * message, every broken rule beside its field with the input kept, review for contributors, and a
 * stale save answered 409 with what changed.
 */
@QuarkusTest
class MissionFormsTest {

    static final String PREFIX = "test-form-";
    static final String EDITOR = "form-editor";
    static final String CONTRIBUTOR = "form-contributor";
    static final String PASSWORD = "form-test-password";

    @BeforeEach
    void accounts() {
        TestRows.accounts(EDITOR, CONTRIBUTOR, PASSWORD);
    }

    @AfterEach
    void removeWrittenRows() {
        TestRows.remove(PREFIX, CONTRIBUTOR, EDITOR);
    }

    /** A valid new flight: a Soyuz under way on the tests' fixed day, with one new person aboard. */
    static Map<String, String> flight(String suffix) {
        Map<String, String> form = new HashMap<>();
        form.put("slug", PREFIX + suffix);
        form.put("designation", "Test Form " + suffix);
        form.put("vehicle", "soyuz");
        form.put("variant", "Soyuz-MS");
        form.put("spacecraft", "");
        form.put("operator", "Roscosmos");
        form.put("launch", "2026-11-20T10:00Z");
        form.put("docking", "2026-11-20T13:30Z");
        form.put("undocking", "");
        form.put("landing", "");
        form.put("launchSite", "Baikonur Site 31");
        form.put("outcome", "in-progress");
        form.put("expeditions", "76");
        form.put("summary", "");
        form.put("sources", "https://example.org/test-form\nhttps://example.org/test-form-2");
        form.put("version", "");
        form.put("crew[0].person", "");
        form.put("crew[0].role", "Commander");
        form.put("crew[0].landedOn", "");
        form.put("crew[0].expeditions", "");
        form.put("crew[0].newName", "Test Form Cosmonaut " + suffix);
        form.put("crew[0].newNationality", "ro");
        form.put("crew[1].person", "");
        form.put("crew[1].role", "");
        form.put("crew[1].landedOn", "");
        form.put("crew[1].expeditions", "");
        form.put("crew[1].newName", "");
        form.put("crew[1].newNationality", "");
        return form;
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void anonymousReadersSeeNoWriteControlsAndAreSentToSignIn() {
        Session anonymous = Session.anonymous();
        assertThat(html(anonymous.get("/missions/demo-2")).select("a[href=/missions/demo-2/edit]").size(), is(0));
        assertThat(html(anonymous.get("/missions")).select("a[href=/contribute/missions/new]").size(), is(0));
        Response form = anonymous.get("/contribute/missions/new");
        assertThat(form.statusCode(), is(302));
        assertThat(form.header("Location"), containsString("/login"));
        assertThat(anonymous.get("/missions/demo-2/edit").statusCode(), is(302));

        Session contributor = Session.signedIn(CONTRIBUTOR, PASSWORD);
        assertThat(html(contributor.get("/missions/demo-2")).select("a[href=/missions/demo-2/edit]").size(), is(1));
        assertThat(html(contributor.get("/missions")).select("a[href=/contribute/missions/new]").size(), is(1));
    }

    @Test
    void anEditorAddsAFlightWithANewPersonAndSeesItOnceWithAOneTimeMessage() {
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        assertThat(editor.get("/contribute/missions/new").statusCode(), is(200));
        Response saved = editor.form("/contribute/missions/new", flight("one"));
        assertThat(saved.statusCode(), is(303));
        assertThat(saved.header("Location"), endsWith("/missions/" + PREFIX + "one"));

        Document page = html(editor.get("/missions/" + PREFIX + "one"));
        assertThat(page.select("h1").text(), is("Test Form one"));
        assertThat(page.select(".flash").text(), containsString(PREFIX + "one"));
        assertThat(page.select("a[href=/people/" + PREFIX + "cosmonaut-one]").text(),
                is("Test Form Cosmonaut one"));
        // The message is shown once: a reload (or the back button) shows it no more.
        assertThat(html(editor.get("/missions/" + PREFIX + "one")).select(".flash").size(), is(0));
        Person added = Person.findBySlug(PREFIX + "cosmonaut-one").orElseThrow();
        assertThat(added.nationality, is("RO"));
    }

    @Test
    void airframesOfOneNameSayTheirVehicle() {
        Document form = html(Session.signedIn(EDITOR, PASSWORD).get("/contribute/missions/new"));
        List<String> labels = form.select("select#spacecraft option").eachText();
        assertThat(labels, hasItems("Endeavour (Space Shuttle)", "Endeavour (Crew Dragon)", "Atlantis"));
        assertThat("every airframe can be told apart with the list closed", new HashSet<>(labels).size(), is(labels.size()));
        Document ro = html(Session.signedIn(EDITOR, PASSWORD).get("/contribute/missions/new?lang=ro"));
        assertThat(ro.select("select#spacecraft option").eachText(), hasItems("Endeavour (Naveta spațială)"));
    }

    @Test
    void aRejectedFormComesBackWithEveryMessageBesideItsFieldAndTheInputKept() {
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        editor.get("/contribute/missions/new");
        Map<String, String> form = flight("bad");
        form.put("designation", "Kept Designation");
        form.put("launch", "2020-13-45");
        form.put("docking", "2026-11-20T13:30Z");
        form.put("landing", "2026-11-19");
        form.put("expeditions", "76, x");
        form.put("sources", "ftp://example.org/nope");
        form.put("crew[1].person", "no-such-person-anywhere");
        form.put("crew[1].role", "Flight Engineer");
        Response rejected = editor.form("/contribute/missions/new", form);
        assertThat(rejected.statusCode(), is(422));
        Document page = html(rejected);
        assertThat(page.select("#launch").attr("aria-invalid"), is("true"));
        assertThat(page.select("#launch-error").text(), containsString("2020-13-45"));
        assertThat(page.select("#landing-error").text(), containsString("docking"));
        assertThat(page.select("#expeditions-error").text(), containsString("x"));
        assertThat(page.select("#sources-error").text(), containsString("http"));
        assertThat(page.select("#crew-1-person-error").text(), containsString("no-such-person-anywhere"));
        assertThat(page.select(".error-summary li").size(), greaterThanOrEqualTo(5));
        assertThat(page.select(".error-summary a[href=#crew-1-person]").size(), is(1));
        // What was typed comes back as typed.
        assertThat(page.select("#designation").val(), is("Kept Designation"));
        assertThat(page.select("#launch").val(), is("2020-13-45"));
        assertThat(page.select("#crew-0-newName").val(), is("Test Form Cosmonaut bad"));
        assertThat(Mission.count("slug", PREFIX + "bad"), is(0L));
        assertThat(Person.count("slug", PREFIX + "cosmonaut-bad"), is(0L));
    }

    @Test
    void theRulesSpeakRomanianToARomanianReader() {
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        editor.get("/contribute/missions/new?lang=ro");
        Map<String, String> form = flight("ro");
        form.put("sources", "");
        form.put("launch", "1990-01-01");
        // The page opened with ?lang=ro left the language cookie, which the post carries.
        Response rejected = editor.form("/contribute/missions/new", form);
        assertThat(rejected.statusCode(), is(422));
        Document page = html(rejected);
        assertThat(page.select("html").attr("lang"), is("ro"));
        assertThat(page.select("#sources-error").text(), containsString("cel puțin o sursă"));
        assertThat(page.select("#launch-error").text(), containsString("1998-11-20"));
        assertThat(page.select(".error-summary h2").text(), containsString("nu s-a salvat nimic"));
    }

    @Test
    void nobodyFliesOnTwoMissionsAtOnce() {
        // Someone already in the ledger, on a flight that reached the station and came home.
        CrewSeat seat = QuarkusTransaction.requiringNew().call(() -> CrewSeat.<CrewSeat>find(
                "landedOn.landingAt is not null and landedOn.landingAt > mission.launchAt order by id").firstResult());
        String person = QuarkusTransaction.requiringNew().call(() ->
                CrewSeat.<CrewSeat>findById(seat.id).person.slug);
        Instant during = QuarkusTransaction.requiringNew().call(() -> {
            CrewSeat s = CrewSeat.findById(seat.id);
            return s.mission.launchAt.plusSeconds((s.landedOn.landingAt.getEpochSecond()
                    - s.mission.launchAt.getEpochSecond()) / 2);
        });
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        editor.get("/contribute/missions/new");
        Map<String, String> form = flight("twice");
        form.put("launch", during.toString().substring(0, 10));
        form.put("docking", "");
        form.put("outcome", "nominal");
        form.put("crew[0].newName", "");
        form.put("crew[0].person", person);
        Response rejected = editor.form("/contribute/missions/new", form);
        assertThat(rejected.statusCode(), is(422));
        assertThat(html(rejected).select("#crew-0-person-error").text(), containsString(person));
        assertThat(Mission.count("slug", PREFIX + "twice"), is(0L));
    }

    @Test
    void aContributorsCorrectionWaitsForReviewAndChangesNothingYet() {
        createAsEditor("review");
        Session contributor = Session.signedIn(CONTRIBUTOR, PASSWORD);
        Document form = html(contributor.get("/missions/" + PREFIX + "review/edit"));
        assertThat(form.select(".contribution-form button[type=submit]").text(), is("Send for review"));
        Map<String, String> edit = fieldsOf(form);
        edit.put("launchSite", "Baikonur Site 1");
        Response proposed = contributor.form("/missions/" + PREFIX + "review/edit", edit);
        assertThat(proposed.statusCode(), is(303));
        assertThat(proposed.header("Location"), endsWith("/review/mine"));
        assertThat(stored(PREFIX + "review").launchSite, is("Baikonur Site 31"));
        List<PendingChange> mine = PendingChange.byAuthor(CONTRIBUTOR);
        assertThat(mine.stream().map(c -> c.kind + " " + c.targetSlug).toList(),
                hasItem(PendingChange.UPDATE_MISSION + " " + PREFIX + "review"));
        assertThat(mine.get(0).payload, containsString("Baikonur Site 1"));
    }

    @Test
    void savingOverANewerVersionShowsWhatChangedAndOverwritesNothing() {
        createAsEditor("stale");
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        Map<String, String> opened = fieldsOf(html(editor.get("/missions/" + PREFIX + "stale/edit")));
        Map<String, String> first = new HashMap<>(opened);
        first.put("launchSite", "Baikonur Site 1");
        assertThat(editor.form("/missions/" + PREFIX + "stale/edit", first).statusCode(), is(303));

        Map<String, String> second = new HashMap<>(opened);
        second.put("operator", "Someone Else");
        Response conflict = editor.form("/missions/" + PREFIX + "stale/edit", second);
        assertThat(conflict.statusCode(), is(409));
        Document page = html(conflict);
        List<String> changed = page.select("[role=alert] tbody tr").eachText();
        assertThat(changed, hasItem("Launch site Baikonur Site 31 Baikonur Site 1"));
        assertThat(changed, hasItem("Operator Someone Else Roscosmos"));
        Mission stored = stored(PREFIX + "stale");
        assertThat(stored.operator, is("Roscosmos"));
        // The form now carries the current version: saving again is a deliberate overwrite.
        assertThat(page.select("input[name=version]").val(), is(Long.toString(stored.version)));
        assertThat(page.select("#operator").val(), is("Someone Else"));
        Map<String, String> again = fieldsOf(page);
        assertThat(editor.form("/missions/" + PREFIX + "stale/edit", again).statusCode(), is(303));
        assertThat(stored(PREFIX + "stale").operator, is("Someone Else"));
    }

    @Test
    void aPostWithoutTheFormsTokenIsRefusedAndStoresNothing() {
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        editor.get("/contribute/missions/new");
        editor.token = "forged";
        Response refused = editor.form("/contribute/missions/new", flight("forged"));
        assertThat(refused.statusCode(), is(400));
        // The reader is told which field failed and what to do, on the site's error page.
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("main").text(), containsString("'csrf-token'"));
        assertThat(page.select("main").text(), containsString("reload the page"));
        assertThat(Mission.count("slug", PREFIX + "forged"), is(0L));
    }

    /** The mission as stored now, read in a transaction of its own (no cached copy). */
    static Mission stored(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Mission.findBySlug(slug).orElseThrow());
    }

    private static void createAsEditor(String suffix) {
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        editor.get("/contribute/missions/new");
        Response saved = editor.form("/contribute/missions/new", flight(suffix));
        assertThat(saved.statusCode(), is(303));
    }

    /** Every field of a rendered form with its value, as a browser would send it back. */
    static Map<String, String> fieldsOf(Document form) {
        Map<String, String> fields = new HashMap<>();
        form.select("form[method=post] input[name], form[method=post] textarea[name], form[method=post] select[name]")
                .forEach(e -> {
                    String value = e.tagName().equals("select")
                            ? e.select("option[selected]").val() : e.tagName().equals("textarea") ? e.wholeText() : e.val();
                    fields.put(e.attr("name"), value);
                });
        fields.remove(Session.CSRF);
        assertThat(fields.keySet(), not(empty()));
        return fields;
    }
}
