package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In a real browser, under the Content-Security-Policy: the pages' own scripts run, and so does the Swagger UI. */
@QuarkusTest
class SecurityHeadersBrowserTest extends BrowserTest {

    /** The browser's complaints about the policy while {@code path} loads and settles. */
    private List<String> violations(Page page, String path) {
        List<String> refused = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                refused.add(m.text());
            }
        });
        page.navigate(url(path));
        page.waitForLoadState();
        return refused;
    }

    @Test
    void theSwaggerUiStartsUnderThePolicy() {
        try (Page page = browser().newPage()) {
            List<String> refused = violations(page, "/q/swagger-ui/");
            // Drawn by its inline start-up script from /q/openapi: the operations of the API appear.
            page.locator("#operations-missions-listMissions").waitFor();
            assertTrue(page.locator(".opblock").count() > 10, "operations shown");
            assertEquals(List.of(), refused);
        }
    }

    @Test
    void thePresentationScriptRunsUnderThePolicy() {
        try (Page page = browser().newPage()) {
            List<String> refused = violations(page, "/present/1");
            page.keyboard().press("ArrowRight");
            page.waitForURL(url("/present/2"));
            assertEquals(List.of(), refused);
        }
    }
}
