package org.launchledger.contribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Mission;
import org.launchledger.history.Person;
import org.launchledger.web.Axe;
import org.launchledger.web.BrowserTest;

/**
 * The whole contribution flow in a real browser: a contributor signs up, signs in and submits a
 * flight with a new crew member; an editor approves it in the review queue and sees it on the
 * timeline; once in English, once in Romanian. Screenshots of each step go to target/screenshots/.
 */
@QuarkusTest
class ContributionFlowBrowserTest extends BrowserTest {

    static final String SLUG = "test-browser-flight";
    static final String PERSON = "test-browser-cosmonaut";
    static final String EDITOR = "browser-editor";
    static final String PASSWORD = "browser-test-password";

    @AfterEach
    void removeWrittenRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Mission> written = Mission.list("slug", SLUG);
            written.forEach(m -> CrewSeat.<CrewSeat>list("mission", m).forEach(s -> s.delete()));
            written.forEach(m -> m.delete());
            Mission.getEntityManager().flush();
            Person.delete("slug", PERSON);
            PendingChange.delete("targetSlug", SLUG);
            DataVersion.increment();
        });
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "ro"})
    void aContributorsFlightAppearsOnTheTimelineOnceAnEditorApprovesIt(String language) {
        Browser browser = browser();
        QuarkusTransaction.requiringNew().run(() -> {
            if (!User.nameTaken(EDITOR)) {
                User.create(EDITOR, PASSWORD, Role.EDITOR, Instant.now()).persist();
            }
        });
        String contributor = "browser-" + UUID.randomUUID().toString().substring(0, 8);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
             Page page = context.newPage()) {
            page.navigate(url("/signup?lang=" + language));
            assertEquals(language, page.locator("html").getAttribute("lang"), "the pages speak the chosen language");
            page.fill("#name", contributor);
            page.fill("#password", PASSWORD);
            page.click("main button[type=submit]");
            assertTrue(page.url().endsWith("/login"), "sign-up leads to sign-in: " + page.url());
            assertTrue(page.locator(".flash").textContent().contains(contributor));
            signIn(page, contributor, language);

            page.navigate(url("/missions"));
            page.click("a[href='/contribute/missions/new']");
            Axe.assertNoViolations(page, "the empty mission form");
            page.fill("#designation", "Test Browser Flight");
            page.fill("#slug", SLUG);
            page.selectOption("#vehicle", "soyuz");
            page.selectOption("#outcome", "in-progress");
            page.fill("#launch", "2026-11-20T10:00Z");
            page.fill("#docking", "2026-11-20T13:30Z");
            page.fill("#crew-0-role", "Commander");
            page.fill("#crew-0-newName", "Test Browser Cosmonaut");
            page.fill("#crew-0-newNationality", "RO");
            // First without a source: the form comes back with the message beside the field.
            page.click(".contribution-form button[type=submit]");
            assertTrue(page.locator("#sources-error").isVisible(), "the missing source is shown beside its field");
            assertEquals("Test Browser Flight", page.inputValue("#designation"), "the input is kept");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("contribute-form-rejected-" + language + ".png")));
            Axe.assertNoViolations(page, "the rejected mission form");
            page.fill("#sources", "https://example.org/test-browser-flight");
            page.click(".contribution-form button[type=submit]");
            assertTrue(page.url().endsWith("/review/mine"), "a contributor's flight goes to review: " + page.url());
            assertTrue(page.locator(".flash").isVisible(), "a one-time message says so");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("contribute-proposed-" + language + ".png")));
        }
        // Not public before review.
        try (Page anonymous = browser.newPage()) {
            anonymous.navigate(url("/"));
            assertEquals(0, anonymous.locator("a[href='/missions/" + SLUG + "']").count());
        }

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
             Page page = context.newPage()) {
            signIn(page, EDITOR, language);
            page.navigate(url("/review"));
            Locator change = page.locator("article", new Page.LocatorOptions().setHasText("Test Browser Flight"));
            assertTrue(change.isVisible(), "the editor sees the proposal");
            assertTrue(change.textContent().contains("Test Browser Cosmonaut"), "the new crew member is named");
            assertTrue(!page.content().contains("review.field."), "every field has a label from the bundles");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("contribute-review-" + language + ".png")));
            change.locator("form[action$='/approve'] button").click();
            assertTrue(page.locator(".flash").isVisible(), "the approval is confirmed");

            page.navigate(url("/"));
            assertEquals(language, page.locator("html").getAttribute("lang"), "still in the chosen language");
            Locator bar = page.locator("a[href='/missions/" + SLUG + "']");
            assertTrue(bar.count() > 0, "the approved flight is on the timeline");
            page.navigate(url("/missions/" + SLUG));
            assertEquals("Test Browser Flight", page.locator("main h1").textContent().strip());
            assertTrue(page.locator("a[href='/people/" + PERSON + "']").isVisible(), "its new crew member is listed");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("contribute-approved-mission-" + language + ".png")));
        }
    }

    private void signIn(Page page, String name, String language) {
        page.navigate(url("/login?lang=" + language));
        page.fill("#j_username", name);
        page.fill("#j_password", PASSWORD);
        page.click("main button[type=submit]");
        assertTrue(!page.url().contains("error"), "signed in as " + name + ": " + page.url());
    }
}
