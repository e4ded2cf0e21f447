package org.launchledger.contribute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Signing up, in and out; the admins' account list; the throttle; CSRF. */
@QuarkusTest
class AccountsTest {

    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String PASSWORD = "correct-horse-battery";

    /** A fresh name per test: every test class shares one database. */
    static String newName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Signs up a contributor and returns the anonymous session that did it. */
    static Session signUp(String name) {
        Session session = Session.anonymous();
        Response created = session.form("/signup", Map.of("name", name, "password", PASSWORD));
        assertThat(created.statusCode(), is(303));
        return session;
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void signingUpRedirectsToSignInWithAOneTimeMessage() {
        String name = newName("ada");
        Session session = signUp(name);
        Document login = html(session.get("/login"));
        assertThat(login.select(".flash").text(), containsString("Account '" + name + "' created"));
        assertThat(html(session.get("/login")).select(".flash"), hasSize(0));
    }

    @Test
    void aShortPasswordIsRefusedBesideItsFieldWithTheNameKept() {
        Session session = Session.anonymous();
        Response response = session.form("/signup", Map.of("name", "short-pw", "password", "too-short"));
        assertThat(response.statusCode(), is(400));
        Document page = html(response);
        assertThat(page.select("#password-error").text(),
                is("Password must have at least 12 characters (and at most 72)."));
        assertThat(page.select("#password").attr("aria-invalid"), is("true"));
        assertThat(page.select("#name").val(), is("short-pw"));
        assertThat(page.select("#name-error"), hasSize(0));
    }

    @Test
    void theSameRuleInRomanian() {
        Session session = Session.anonymous();
        Response response = session.form("/signup?lang=ro", Map.of("name", "parola-scurta", "password", "scurta"));
        assertThat(response.statusCode(), is(400));
        assertThat(html(response).select("#password-error").text(),
                is("Câmpul „Parolă” trebuie să aibă cel puțin 12 caractere (și cel mult 72)."));
        assertThat(html(response).select("html").attr("lang"), is("ro"));
    }

    @Test
    void aTakenNameGetsAMessageBesideTheName() {
        String name = newName("taken");
        signUp(name);
        Response again = Session.anonymous().form("/signup", Map.of("name", name, "password", PASSWORD));
        assertThat(again.statusCode(), is(409));
        assertThat(html(again).select("#name-error").text(), is("The name '" + name + "' is already taken; choose another."));
    }

    @Test
    void theHistorysNameForTheAppIsTaken() {
        Response response = Session.anonymous().form("/signup", Map.of("name", RevisionAuthor.SYSTEM, "password", PASSWORD));
        assertThat(response.statusCode(), is(409));
        assertThat(html(response).select("#name-error").text(), is("The name 'system' is already taken; choose another."));
        assertThat(QuarkusTransaction.requiringNew().call(() -> User.count("username", RevisionAuthor.SYSTEM)), is(0L));
    }

    @Test
    void anEmptyFormNamesEachMissingField() {
        Response response = Session.anonymous().form("/signup", Map.of("name", "", "password", ""));
        assertThat(response.statusCode(), is(400));
        assertThat(html(response).select("#name-error").text(), is("Name is required."));
        assertThat(html(response).select("#password-error").text(), is("Password is required."));
    }

    @Test
    void signingInShowsTheNameAndSigningOutEndsTheSession() {
        String name = newName("grace");
        signUp(name);
        Session session = Session.signedIn(name, PASSWORD);
        Document home = html(session.get("/"));
        assertThat(home.select("header.site nav.account .signed-in").text(), is("Signed in as " + name));
        assertThat(home.select("header.site nav.account form[action=/logout] input[name=csrf-token]").val().isEmpty(),
                is(false));
        assertThat(home.select("header.site a[href=/login]"), hasSize(0));

        Response out = session.form("/logout", Map.of());
        assertThat(out.statusCode(), is(303));
        Document after = html(session.get("/"));
        assertThat(after.select("header.site a[href=/login]").text(), is("Sign in"));
    }

    @Test
    void anonymousReadersSeeSignInAndSignUpOnly() {
        Document home = html(given().get("/"));
        assertThat(home.select("header.site nav.account a").eachAttr("href"), equalTo(java.util.List.of("/login", "/signup")));
        assertThat(home.select("header.site form[method=post]"), hasSize(0));
    }

    @Test
    void aWrongPasswordComesBackToTheFormWithTheReason() {
        String name = newName("wrong");
        signUp(name);
        Session session = Session.anonymous();
        Response failed = session.login(name, "not-the-password");
        assertThat(failed.statusCode(), is(302));
        assertThat(failed.header("Location"), containsString("/login?error"));
        Document page = html(session.get("/login?error=true"));
        assertThat(page.select("#login-error").text(), startsWith("The name or the password is wrong."));
    }

    @Test
    void theSixthFailedAttemptForANameIsRefusedWith429() {
        String name = newName("throttled");
        signUp(name);
        Session session = Session.anonymous();
        for (int attempt = 1; attempt <= LoginThrottle.LIMIT; attempt++) {
            assertThat(session.login(name, "wrong-" + attempt).statusCode(), is(302));
        }
        Response refused = session.login(name, PASSWORD);
        assertThat(refused.statusCode(), is(429));
        assertThat(refused.header("Retry-After"), is("900"));
        assertThat(html(refused).select("h1").text(), is("429 · Too many requests"));
        assertThat(html(refused).select("p.lead").text(), containsString("Try again in 15 minutes"));
        // Other names are not affected.
        String other = newName("other");
        signUp(other);
        Session.signedIn(other, PASSWORD);
    }

    @Test
    void aSuccessfulSignInStartsTheNameAfresh() throws InterruptedException {
        String name = newName("afresh");
        signUp(name);
        Session session = Session.anonymous();
        for (int attempt = 1; attempt < LoginThrottle.LIMIT; attempt++) {
            assertThat(session.login(name, "wrong-" + attempt).statusCode(), is(302));
        }
        Session.signedIn(name, PASSWORD);
        // Cleared after the answer, off the event loop: wait until the rows are gone, then fail five more times.
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), LoginGate.throttleKey(
                ConfigProvider.getConfig().getOptionalValue("quarkus.http.auth.session.encryption-key", String.class)));
        String hash = throttle.digest(name);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (QuarkusTransaction.requiringNew().call(() -> SignInFailure.count("nameHash", hash)) > 0) {
            assertThat("the success cleared the name within 10 s", System.nanoTime() < deadline, is(true));
            Thread.sleep(20);
        }
        for (int attempt = 1; attempt <= LoginThrottle.LIMIT; attempt++) {
            assertThat("failure " + attempt + " after the success", session.login(name, "again-" + attempt).header("Location"),
                    containsString("/login?error"));
        }
        assertThat(session.login(name, PASSWORD).statusCode(), is(429));
    }

    @Test
    void httpBasicFailuresCountTowardsTheSameLimit() {
        String name = newName("basic");
        signUp(name);
        for (int attempt = 1; attempt <= LoginThrottle.LIMIT; attempt++) {
            given().auth().preemptive().basic(name, "wrong-" + attempt).accept("application/json")
                    .get("/api/review/mine").then().statusCode(401);
        }
        // The right password now comes too late, by HTTP Basic and by the form alike.
        given().auth().preemptive().basic(name, PASSWORD).accept("application/json")
                .get("/api/review/mine").then().statusCode(429).header("Retry-After", "900")
                .contentType(containsString("json")).body(containsString("15 minutes"));
        assertThat(Session.anonymous().login(name, PASSWORD).statusCode(), is(429));
    }

    @Test
    void anAdminSeesEveryAccountAndChangesARole() {
        String name = newName("promoted");
        signUp(name);
        Session admin = Session.signedIn(AccountBootstrap.ADMIN, ADMIN_PASSWORD);
        Document list = html(admin.get("/admin/users"));
        assertThat(list.select("td:matchesOwn(^" + name + "$)"), hasSize(1));
        assertThat(list.select("tr:has(td:matchesOwn(^admin$)) td").get(1).text(), is("Administrator"));

        Response changed = admin.form("/admin/users/" + name + "/role", Map.of("role", Role.EDITOR));
        assertThat(changed.statusCode(), is(303));
        assertThat(changed.header("Location"), containsString("/admin/users"));
        Document after = html(admin.get("/admin/users"));
        assertThat(after.select(".flash").text(), is("'" + name + "' is now an editor."));
        assertThat(after.select("select#role-" + name + " option[selected]").val(), is(Role.EDITOR));
    }

    @Test
    void anUnknownRoleIsRefusedBesideItsField() {
        String name = newName("odd");
        signUp(name);
        Session admin = Session.signedIn(AccountBootstrap.ADMIN, ADMIN_PASSWORD);
        admin.get("/admin/users");
        Response refused = admin.form("/admin/users/" + name + "/role", Map.of("role", "astronaut"));
        assertThat(refused.statusCode(), is(400));
        assertThat(html(refused).select("#role-error-" + name).text(),
                is("The role must be one of: contributor, editor, admin."));
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        Session admin = Session.signedIn(AccountBootstrap.ADMIN, ADMIN_PASSWORD);
        admin.get("/admin/users");
        Response refused = admin.form("/admin/users/admin/role", Map.of("role", Role.EDITOR));
        assertThat(refused.statusCode(), is(409));
        assertThat(html(refused).select("#role-error-admin").text(), containsString("only administrator"));
    }

    @Test
    void aContributorIsForbiddenTheAccountList() {
        String name = newName("nosy");
        signUp(name);
        Response response = Session.signedIn(name, PASSWORD).get("/admin/users");
        assertThat(response.statusCode(), is(403));
        assertThat(html(response).select("h1").text(), is("403 · Forbidden"));
    }

    @Test
    void anonymousReadersAreSentToSignIn() {
        Response response = given().redirects().follow(false).get("/admin/users");
        assertThat(response.statusCode(), is(302));
        assertThat(response.header("Location"), containsString("/login"));
    }

    @Test
    void aFormPostedWithoutItsTokenIsRefused() {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("name", newName("forged")).formParam("password", PASSWORD).post("/signup");
        assertThat(response.statusCode(), is(400));
        Session session = Session.anonymous();
        session.token = "not-the-token";
        assertThat(session.form("/signup", Map.of("name", newName("forged"), "password", PASSWORD)).statusCode(), is(400));
    }
}
