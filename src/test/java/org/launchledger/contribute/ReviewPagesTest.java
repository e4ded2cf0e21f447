package org.launchledger.contribute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.api.MissionWriteApiTest;

/** The review queue as pages: what editors see and decide, what authors follow, who may do which. */
@QuarkusTest
class ReviewPagesTest {

    static final String CONTRIBUTOR = MissionWriteApiTest.CONTRIBUTOR;
    static final String EDITOR = MissionWriteApiTest.EDITOR;
    static final String PASSWORD = MissionWriteApiTest.PASSWORD;
    /** Every mission these tests write has a slug that starts so; removed after each test. */
    static final String PREFIX = MissionWriteApiTest.PREFIX;
    /** The slugs of this class's missions, below that prefix. */
    static final String SLUG = PREFIX + "review-";

    @BeforeEach
    void accounts() {
        MissionWriteApiTest.createAccounts();
    }

    @AfterEach
    void removeWrittenRows() {
        MissionWriteApiTest.removeRows();
    }

    private static Map<String, Object> mission(String suffix) {
        return MissionWriteApiTest.mission("review-" + suffix);
    }

    private static RequestSpecification api(String name) {
        return MissionWriteApiTest.as(name.equals(EDITOR) ? "editor" : "contributor").contentType("application/json");
    }

    /** The contributor proposes through the JSON API; the id of the pending change. */
    private static long propose(Map<String, Object> body) {
        return api(CONTRIBUTOR).body(body).post("/api/missions").then().statusCode(202)
                .extract().jsonPath().getLong("changeId");
    }

    private static String status(long change) {
        return QuarkusTransaction.requiringNew().call(() -> PendingChange.<PendingChange>findById(change).status);
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    /** The row of {@code label} in change {@code id}'s before/after table. */
    private static Element row(Document page, long id, String label) {
        return page.select("#change-" + id + " table.before-after tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in change " + id));
    }

    @Test
    void editorSeesEveryProposedFieldAndApprovesWithAOneTimeMessage() {
        long id = propose(MissionWriteApiTest.withCrew(mission("new")));
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        Document queue = html(editor.get("/review"));
        Element change = queue.getElementById("change-" + id);
        assertThat(change.select("h2").text(), is("Change " + id + ": new mission"));
        assertThat(change.select(".change-facts dd").eachText(), contains(SLUG + "new (not in the ledger yet)",
                CONTRIBUTOR, "30 November 2026, 12:00 UTC"));
        // A new mission: the proposed values alone, every field of the write, lists as lists.
        assertThat(change.select("thead th").eachText(), contains("Field", "Proposed"));
        assertThat(change.select("tbody tr"), hasSize(16));
        assertThat(row(queue, id, "Designation").select("td").text(), is("Test MS-review-new"));
        assertThat(row(queue, id, "Landing (UTC)").select("td").text(), is("not given"));
        assertThat(row(queue, id, "Crew seats (person, role, flight home)").select("li").eachText(),
                contains("peggy-whitson, Commander", "robert-behnken, Flight Engineer"));
        assertThat(change.select(".conflict"), empty());

        Response approved = editor.form("/review/" + id + "/approve", Map.of());
        assertThat(approved.statusCode(), is(303));
        assertThat(approved.header("Location"), containsString("/review"));
        Document after = html(editor.get("/review"));
        assertThat(after.select(".flash").text(), is("Change " + id + " approved: it is applied."));
        assertThat(after.getElementById("change-" + id), is((Element) null));
        assertThat(html(editor.get("/review")).select(".flash"), empty());
        given().get("/api/missions/" + SLUG + "new").then().statusCode(200);
        assertThat(html(given().get("/missions?q=Test+MS-review-new")).select("a[href=/missions/" + SLUG + "new]"),
                not(empty()));
        assertThat(status(id), is(PendingChange.APPROVED));
    }

    @Test
    void aRejectionNeedsACommentShownBesideItsFieldAndDecidesNothingWithout() {
        long id = propose(mission("no-comment"));
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        editor.get("/review");

        Response empty = editor.form("/review/" + id + "/reject", Map.of("comment", " "));
        assertThat(empty.statusCode(), is(422));
        Document page = html(empty);
        assertThat(page.select("#comment-" + id + "-error").text(), is("The comment is required."));
        assertThat(page.select("#comment-" + id).attr("aria-invalid"), is("true"));
        assertThat(page.select("[aria-invalid]"), hasSize(1));

        String tooLong = "x".repeat(Review.COMMENT_MAX + 1);
        Document kept = html(editor.form("/review/" + id + "/reject", Map.of("comment", tooLong)));
        assertThat(kept.select("#comment-" + id + "-error").text(), is("The comment must be at most 2,000 characters long."));
        assertThat(kept.select("#comment-" + id).val(), is(tooLong));
        assertThat(status(id), is(PendingChange.PENDING));
    }

    @Test
    void theAuthorReadsTheRejectionAndItsCommentOnTheirOwnPage() {
        long id = propose(mission("rejected"));
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        editor.get("/review");
        String comment = "No source gives this docking time; add one.";
        assertThat(editor.form("/review/" + id + "/reject", Map.of("comment", comment)).statusCode(), is(303));
        assertThat(html(editor.get("/review")).select(".flash").text(), is("Change " + id + " rejected."));

        Element row = html(Session.signedIn(CONTRIBUTOR, PASSWORD).get("/review/mine")).getElementById("change-" + id);
        assertThat(row.select(".status").text(), is("Rejected"));
        assertThat(row.select(".comment").text(), is(comment));
        assertThat(row.text(), containsString(EDITOR));
        assertThat(row.text(), containsString("30 November 2026, 12:00 UTC"));
        // Decided once: approving it afterwards is refused and applies nothing.
        assertThat(editor.form("/review/" + id + "/approve", Map.of()).statusCode(), is(409));
        given().get("/api/missions/" + SLUG + "rejected").then().statusCode(404);
    }

    @Test
    void anEditOfAMissionChangedMeanwhileIsFlaggedAndApprovingItAppliesNothing() {
        Map<String, Object> original = mission("edited");
        api(EDITOR).body(original).post("/api/missions").then().statusCode(201);
        long version = given().get("/api/missions/" + SLUG + "edited").then().extract().jsonPath().getLong("version");
        Map<String, Object> proposal = new HashMap<>(original);
        proposal.put("designation", "Test MS-review-proposed");
        proposal.put("version", version);
        long id = api(CONTRIBUTOR).body(proposal).put("/api/missions/" + SLUG + "edited").then().statusCode(202)
                .extract().jsonPath().getLong("changeId");

        Session editor = Session.signedIn(EDITOR, PASSWORD);
        Document before = html(editor.get("/review"));
        Element change = before.getElementById("change-" + id);
        assertThat(change.select("thead th").eachText(), contains("Field", "Now", "Proposed", "Difference"));
        assertThat(row(before, id, "Designation").select("td").eachText(),
                contains("Test MS-review-edited", "Test MS-review-proposed", "Changed"));
        assertThat(row(before, id, "Designation").hasClass("changed"), is(true));
        assertThat(row(before, id, "Launch (UTC)").select("td").eachText(),
                contains("2026-06-01T10:00Z", "2026-06-01T10:00Z", "Unchanged"));
        assertThat(change.select("tr.changed"), hasSize(1));
        assertThat(change.select("a[href=/missions/" + SLUG + "edited]"), hasSize(1));
        assertThat(change.select(".conflict"), empty());

        Map<String, Object> meanwhile = new HashMap<>(original);
        meanwhile.put("launchSite", "Baikonur Site 1");
        meanwhile.put("version", version);
        api(EDITOR).body(meanwhile).put("/api/missions/" + SLUG + "edited").then().statusCode(200);
        Document flagged = html(editor.get("/review"));
        assertThat(flagged.select("#change-" + id + " .conflict").text(), containsString("Changed since this proposal."));
        assertThat(flagged.select("#change-" + id + " .conflict").text(), containsString("written against version " + version));

        assertThat(editor.form("/review/" + id + "/approve", Map.of()).statusCode(), is(303));
        assertThat(html(editor.get("/review")).select(".flash").text(), containsString("marked as a conflict"));
        given().get("/api/missions/" + SLUG + "edited").then().statusCode(200)
                .body("designation", is("Test MS-review-edited")).body("launchSite", is("Baikonur Site 1"));
        assertThat(status(id), is(PendingChange.CONFLICT));
        Element mine = html(Session.signedIn(CONTRIBUTOR, PASSWORD).get("/review/mine")).getElementById("change-" + id);
        assertThat(mine.select(".status").text(), is("Conflict: not applied"));
    }

    @Test
    void onlyEditorsAndAdminsReachTheQueueAndDecide() {
        long id = propose(mission("roles"));
        Response anonymous = Session.anonymous().get("/review");
        assertThat(anonymous.statusCode(), is(302));
        assertThat(anonymous.header("Location"), containsString("/login"));
        assertThat(Session.anonymous().get("/review/mine").statusCode(), is(302));

        Session contributor = Session.signedIn(CONTRIBUTOR, PASSWORD);
        assertThat(contributor.get("/review").statusCode(), is(403));
        Document own = html(contributor.get("/review/mine"));
        assertThat(own.select("nav.account a").eachAttr("href"), contains("/review/mine"));
        assertThat(own.getElementById("change-" + id).select(".status").text(), is("Pending"));
        assertThat(contributor.form("/review/" + id + "/approve", Map.of()).statusCode(), is(403));
        assertThat(contributor.form("/review/" + id + "/reject", Map.of("comment", "mine")).statusCode(), is(403));
        assertThat(Session.anonymous().form("/review/" + id + "/approve", Map.of()).statusCode(), is(302));

        Session editor = Session.signedIn(EDITOR, PASSWORD);
        assertThat(html(editor.get("/review")).select("nav.account a").eachAttr("href"),
                contains("/review", "/review/mine"));
        Response noToken = editor.request().contentType("application/x-www-form-urlencoded")
                .formParam("comment", "no token").post("/review/" + id + "/reject");
        assertThat(noToken.statusCode(), is(400));
        assertThat(editor.request().contentType("application/x-www-form-urlencoded").formParam("confirm", "yes")
                .post("/review/" + id + "/approve").statusCode(), is(400));
        assertThat(editor.form("/review/999999999/approve", Map.of()).statusCode(), is(404));
        assertThat(status(id), is(PendingChange.PENDING));
        given().get("/api/missions/" + SLUG + "roles").then().statusCode(404);
    }

    @Test
    void theQueueSpeaksRomanian() {
        long id = propose(mission("ro"));
        Session editor = Session.signedIn(EDITOR, PASSWORD);
        Document page = html(editor.get("/review?lang=ro"));
        assertThat(page.select("html").attr("lang"), is("ro"));
        assertThat(page.select("h1").text(), is("Modificări care așteaptă revizuirea"));
        assertThat(page.select("#change-" + id + " h2").text(), is("Modificarea " + id + ": misiune nouă"));
        assertThat(row(page, id, "Denumire").select("td").text(), is("Test MS-review-ro"));
        assertThat(page.select("label[for=comment-" + id + "]").text(),
                is("De ce respingeți modificarea " + id + "? Autorul ei citește acest comentariu."));
        Document refused = html(editor.form("/review/" + id + "/reject", Map.of("comment", "")));
        assertThat(refused.select("#comment-" + id + "-error").text(), is("Comentariul este obligatoriu."));
    }
}
