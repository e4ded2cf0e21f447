package org.launchledger.contribute;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.api.MissionWriteApiTest;
import org.launchledger.web.BadValues;

/**
 * Generated bad values posted to every HTML form (issue 11): each form comes back with a 4xx and
 * the message beside the broken field ({@code #<field>-error}), never a 5xx, and nothing is stored.
 */
@QuarkusTest
class GeneratedFormInputTest {

    /** Bad values by the kind of field they break. */
    private static final Map<String, Supplier<List<String>>> KINDS = Map.of(
            "structured", () -> BadValues.concat(BadValues.structured(3), BadValues.nul(), List.of(BadValues.huge(3000))),
            "date", () -> BadValues.concat(BadValues.dates(6), BadValues.structured(2), BadValues.nul()),
            "text", () -> BadValues.concat(BadValues.blank(), BadValues.nul(), List.of(BadValues.huge(3000))));

    @BeforeEach
    void accounts() {
        MissionWriteApiTest.createAccounts();
    }

    @AfterEach
    void removeAnythingStored() {
        MissionWriteApiTest.removeRows();
    }

    @Test
    void everyFormRefusesGeneratedBadValuesBesideTheField() {
        Session editor = Session.signedIn(MissionWriteApiTest.EDITOR, MissionWriteApiTest.PASSWORD);
        List<String> failures = new ArrayList<>();
        int sent = 0;

        editor.get("/contribute/missions/new");
        Map<String, String> flight = MissionFormsTest.flight("gen");
        sent += breakEach(editor, "/contribute/missions/new", flight, Map.of("slug", "structured",
                "designation", "text", "vehicle", "structured", "launch", "date", "docking", "date",
                "landing", "date", "outcome", "structured", "expeditions", "structured", "sources", "structured",
                "crew[0].newNationality", "structured"), failures);
        sent += breakEach(editor, "/missions/demo-2/edit", read(editor, "/missions/demo-2/edit"),
                Map.of("designation", "text", "launch", "date", "vehicle", "structured", "sources", "structured"),
                failures);
        sent += breakEach(editor, "/people/peggy-whitson/edit", read(editor, "/people/peggy-whitson/edit"),
                Map.of("name", "text", "nationality", "structured"), failures);
        sent += breakEach(editor, "/vehicles/soyuz/edit", read(editor, "/vehicles/soyuz/edit"),
                Map.of("name", "text", "country", "structured", "crewSeats", "structured", "retired", "date"),
                failures);
        Map<String, String> standDown = read(editor, "/stand-downs/new?vehicle=crew-dragon", "/stand-downs/new");
        standDown.putAll(Map.of("from", "2019-03-01", "to", "2019-04-01", "reason", "Test gen form",
                "sources", "https://example.org/test-gen"));
        sent += breakEach(editor, "/stand-downs/new", standDown,
                Map.of("from", "date", "to", "date", "reason", "text", "vehicle", "structured", "sources", "structured"),
                failures);

        Session anonymous = Session.anonymous();
        sent += breakEach(anonymous, "/signup", Map.of("name", "gen-signup-ok", "password", "long-enough-password"),
                Map.of("name", "structured", "password", "text"), failures);
        assertThat(sent, greaterThanOrEqualTo(120));
        assertThat(String.join("\n", failures), failures, empty());
    }

    @Test
    void unknownTargetsBadRolesBrokenFilesAndMissingTokensAreRefused() {
        Session admin = Session.signedIn("admin", "test-admin-password");
        admin.get("/admin/users");
        List<String> failures = new ArrayList<>();
        for (String junk : BadValues.structured(6)) {
            String segment = java.net.URLEncoder.encode(junk, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
            check(failures, "approve " + junk, admin, () -> admin.form("/review/" + segment + "/approve", Map.of()), null);
            check(failures, "reject " + junk, admin,
                    () -> admin.form("/review/" + segment + "/reject", Map.of("comment", junk)), null);
            check(failures, "role " + junk, admin, () -> admin.form("/admin/users/" + MissionWriteApiTest.CONTRIBUTOR
                    + "/role", Map.of("role", junk)), null);
            check(failures, "user " + junk, admin, () -> admin.form("/admin/users/" + segment + "/role",
                    Map.of("role", "editor")), null);
            check(failures, "import " + junk, admin, () -> admin.upload("/admin/import",
                    Map.of("people", "slug,name\r\n" + junk + ",\"unclosed")), null);
        }
        // Past any field's size: refused whole (413), before any rule runs.
        Map<String, String> oversized = MissionFormsTest.flight("gen-oversized");
        oversized.put("summary", "x".repeat(100_000));
        admin.get("/contribute/missions/new");
        check(failures, "oversized summary", admin, () -> admin.form("/contribute/missions/new", oversized), null);
        Session forged = Session.signedIn(MissionWriteApiTest.EDITOR, MissionWriteApiTest.PASSWORD);
        forged.get("/contribute/missions/new");
        for (String token : List.of("", "x", BadValues.structured(1).get(0))) {
            forged.token = token;
            check(failures, "token " + token, forged,
                    () -> forged.form("/contribute/missions/new", MissionFormsTest.flight("gen-token")), null);
        }
        assertThat(String.join("\n", failures), failures, empty());
    }

    @Test
    void signingInWithGeneratedJunkNeverSignsInOrFails() {
        List<String> failures = new ArrayList<>();
        for (String junk : BadValues.concat(BadValues.structured(8), BadValues.nul(),
                List.of("", BadValues.huge(5000)))) {
            Session session = Session.anonymous();
            Response response = session.login(junk, junk);
            if (response.statusCode() >= 500 || session.cookies.containsKey(Session.SESSION)) {
                failures.add("sign-in as " + junk + " → " + response.statusCode() + " " + session.cookies.keySet());
            }
        }
        assertThat(String.join("\n", failures), failures, empty());
    }

    /** The fields of the form at {@code path}, as its page fills them. */
    private static Map<String, String> read(Session session, String path) {
        return read(session, path, path);
    }

    private static Map<String, String> read(Session session, String page, String action) {
        return FleetPagesTest.fields(Jsoup.parse(session.get(page).asString()), action);
    }

    /** Posts {@code valid} with each listed field broken by each bad value of its kind; returns how many were sent. */
    private static int breakEach(Session session, String action, Map<String, String> valid, Map<String, String> kinds,
                                 List<String> failures) {
        int sent = 0;
        for (Map.Entry<String, String> field : kinds.entrySet()) {
            for (String value : KINDS.get(field.getValue()).get()) {
                Map<String, String> form = new LinkedHashMap<>(valid);
                form.put(field.getKey(), value);
                check(failures, action + " " + field.getKey() + "=" + shown(value), session,
                        () -> session.form(action, form), field.getKey());
                sent++;
            }
        }
        return sent;
    }

    /** Records why the answer is wrong: not 4xx, no message beside {@code field}, or something stored. */
    private static void check(List<String> failures, String what, Session session, Supplier<Response> send, String field) {
        List<Long> before = StoredRows.now();
        Response response = send.get();
        int status = response.statusCode();
        String problem = null;
        if (status < 400 || status >= 500) {
            problem = "status " + status + " " + response.header("Location");
        } else if (field != null) {
            String id = field.replace("[", "-").replace("].", "-").replace("]", "");
            Document page = Jsoup.parse(response.asString());
            if (page.select("#" + id + "-error").text().isBlank()) {
                problem = "no message beside " + field + ": " + page.select(".error-summary, .error-page").text();
            }
        }
        if (problem == null && !before.equals(StoredRows.now())) {
            problem = "stored something: " + before + " → " + StoredRows.now();
        }
        if (problem != null) {
            failures.add(what + " → " + problem);
        }
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
