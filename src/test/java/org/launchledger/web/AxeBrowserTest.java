package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page type passes axe-core's WCAG 2.x A and AA rules and its best practices (see {@link Axe}),
 * in headless Chromium: in the light colour scheme on a projector, in the dark one on a phone (where
 * tables and charts scroll sideways); the signed-in pages (forms, review, accounts, import) as the admin,
 * in both languages. Screenshots go to target/screenshots/.
 */
@QuarkusTest
class AxeBrowserTest extends BrowserTest {

    static Stream<Arguments> pagesInBothSchemes() {
        return PageType.ALL.stream().flatMap(page -> Stream.of(ColorScheme.LIGHT, ColorScheme.DARK)
                .map(scheme -> Arguments.of(page, scheme)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInBothSchemes")
    void pageHasNoAxeViolations(PageType type, ColorScheme scheme) {
        try (Page page = newPage(scheme)) {
            Response response = page.navigate(url(type.path()));
            assertEquals(type.status(), response.status(), type + " answers");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("axe-" + type.name() + "-" + scheme.name().toLowerCase() + ".png")));
            Axe.assertNoViolations(page, type + " in " + scheme);
        }
    }

    /** The admin's signed-in browser, shared by the signed-in page types (one sign-in for all). */
    private static BrowserContext admin;

    @AfterAll
    static void signOut() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }

    @ParameterizedTest(name = "{0} signed in")
    @MethodSource("org.launchledger.web.PageType#signedIn")
    void signedInPageHasNoAxeViolations(PageType type) {
        if (admin == null) {
            admin = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 720));
            // Signed in through the context's own requests (its cookies are the pages'): no page is opened
            // and closed for it (closing one right after the sign-in's navigation once hung a CI run).
            APIResponse signedIn = admin.request().post(url("/j_security_check"), RequestOptions.create()
                    .setForm(FormData.create().set("j_username", "admin").set("j_password", "test-admin-password"))
                    .setMaxRedirects(0));
            assertEquals(302, signedIn.status(), "sign-in answers with a redirect");
            assertTrue(!signedIn.headers().getOrDefault("location", "").contains("error"), "signed in as admin");
        }
        try (Page page = admin.newPage()) {
            Response response = page.navigate(url(type.path()));
            assertEquals(type.status(), response.status(), type + " answers");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("axe-" + type.name() + ".png")));
            Axe.assertNoViolations(page, type + " signed in");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ColorScheme.class, names = {"LIGHT", "DARK"})
    void axeFindsRepeatedLandmarksAndDarkOnlyContrastProblems(ColorScheme scheme) {
        try (Page page = newPage(scheme)) {
            page.setContent("""
                    <!DOCTYPE html><html lang="en"><head><title>Self-test</title>
                    <style>@media (prefers-color-scheme: dark) { body { background: #000; color: #333; } }</style>
                    </head><body><main><h1>Self-test</h1>
                    <div role="region" aria-label="Table">a</div><div role="region" aria-label="Table">b</div>
                    </main></body></html>""");
            String violations = String.join("\n", Axe.violations(page));
            assertTrue(violations.contains("landmark-unique"), violations);
            assertEquals(scheme == ColorScheme.DARK, violations.contains("color-contrast"), violations);
        }
    }

    private static Page newPage(ColorScheme scheme) {
        boolean phone = scheme == ColorScheme.DARK;
        return browser().newPage(new Browser.NewPageOptions().setColorScheme(scheme)
                .setViewportSize(phone ? 375 : 1280, phone ? 800 : 720));
    }
}
