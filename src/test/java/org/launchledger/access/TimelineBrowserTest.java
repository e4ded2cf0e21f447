package org.launchledger.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pages in a real headless Chromium, on a projector and on a phone: visible, no sideways scrolling. */
@QuarkusTest
class TimelineBrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL home;

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    @BeforeAll
    static void startChromium() {
        // On a developer machine without Debian's chromium these tests are skipped, saying why;
        // in CI (.ci/run installs chromium, CI=true) they always run.
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) || "true".equals(System.getenv("CI")),
                "headless Chromium not installed (apt-get install chromium): browser tests skipped");
        // Debian's chromium; Playwright must not try to download a browser of its own.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"projector, 1280, 720", "phone, 375, 800"})
    void theChartIsVisibleAndThePageDoesNotScrollSideways(String name, int width, int height) {
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height))) {
            page.navigate(home.toString());
            var chart = page.locator("svg.timeline");
            assertTrue(chart.isVisible(), "chart visible on " + name);
            var box = chart.boundingBox();
            assertTrue(box.width > 300 && box.height > 150, "chart has a real size on " + name + ": " + box.width + "x" + box.height);
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertTrue(scrollWidth <= width, "page is " + scrollWidth + " px wide on a " + width + " px " + name);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("timeline-" + name + ".png")));
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("timeline-" + name + "-full.png")));
            page.locator(".chart-box").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("timeline-" + name + "-chart.png")));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "missions, /missions", "mission, /missions/demo-2", "vehicle, /vehicles/soyuz",
            "person, /people/peggy-whitson", "stats, /stats", "search, /search?q=endeavour"
    })
    void otherPagesFitAPhoneAndAProjector(String name, String path) {
        for (int[] size : new int[][] {{1280, 720}, {375, 800}}) {
            try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(size[0], size[1]))) {
                page.navigate(home.toString().replaceAll("/$", "") + path);
                assertTrue(page.locator("main h1").isVisible(), path + " has a visible heading");
                int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                assertTrue(scrollWidth <= size[0], path + " is " + scrollWidth + " px wide on a " + size[0] + " px screen");
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve(name + "-" + size[0] + ".png")));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"/stats, #launches .legend .swatch", "/, figcaption .legend .swatch[class*=tone-]"})
    void legendSwatchesEachShowTheirOwnColour(String path, String selector) {
        try (Page page = browser.newPage()) {
            page.navigate(home.toString().replaceAll("/$", "") + path);
            @SuppressWarnings("unchecked")
            List<String> colours = (List<String>) page.evaluate("s => [...document.querySelectorAll(s)]"
                    + ".map(e => getComputedStyle(e).backgroundColor)", selector);
            assertTrue(colours.size() >= 2, path + " has a legend");
            assertTrue(colours.stream().distinct().count() == colours.size(),
                    path + " legend colours repeat: " + colours);
        }
    }
}
