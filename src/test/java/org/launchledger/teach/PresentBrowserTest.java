package org.launchledger.teach;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.launchledger.web.Axe;
import org.launchledger.web.BrowserTest;

/**
 * Presentation mode in headless Chromium on a 1280x720 projector: stepping through the slides with
 * the keyboard, text legible from the back of the room, and the offline pack opened from a file
 * with the network cut off. Screenshots go to target/screenshots/present-*.png.
 */
@QuarkusTest
class PresentBrowserTest extends BrowserTest {

    /** The smallest font size, in CSS pixels, of any text on the slide outside the chart. */
    private static final String SMALLEST_TEXT = """
            () => Math.min(...[...document.querySelectorAll('section.slide *')]
                .filter(e => !e.closest('svg') && e.getClientRects().length > 0
                    && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                .map(e => parseFloat(getComputedStyle(e).fontSize)))""";

    private static Browser.NewPageOptions projector() {
        return new Browser.NewPageOptions().setViewportSize(1280, 720);
    }

    private void waitForSlide(Page page, int number) {
        page.waitForURL(url("/present/" + number));
        assertTrue(page.locator(".slide-count").textContent().startsWith("Slide " + number + " of "),
                page.locator(".slide-count").textContent());
    }

    @Test
    void stepsThroughEverySlideWithTheKeyboard() {
        int count = PresentPagesTest.titles().size();
        try (Page page = browser().newPage(projector())) {
            page.navigate(url("/present/1"));
            assertTrue(page.locator("button[data-fullscreen]").isVisible(), "the script shows the full-screen control");
            for (int n = 1; n <= count; n++) {
                waitForSlide(page, n);
                double smallest = ((Number) page.evaluate(SMALLEST_TEXT)).doubleValue();
                assertTrue(smallest >= 28, "slide " + n + " has text of " + smallest + " px");
                int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                assertTrue(scrollWidth <= 1280, "slide " + n + " is " + scrollWidth + " px wide");
                assertTrue(page.locator("svg.timeline").boundingBox().height > 120, "slide " + n + " shows its chart");
                var nav = page.locator(".slide-nav").boundingBox();
                assertTrue(nav.y + nav.height <= 720, "slide " + n + " fits the screen, its links at " + nav.y);
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("present-" + n + ".png")));
                if (n < count) {
                    page.keyboard().press(n % 2 == 1 ? "ArrowRight" : n % 4 == 0 ? "PageDown" : "Space");
                }
            }
            page.keyboard().press("ArrowRight");
            page.waitForTimeout(300);
            assertEquals(url("/present/" + count), page.url(), "the last slide goes no further");
            page.keyboard().press("ArrowLeft");
            waitForSlide(page, count - 1);
            page.keyboard().press("Home");
            waitForSlide(page, 1);
            page.keyboard().press("End");
            waitForSlide(page, count);
            page.keyboard().press("PageUp");
            waitForSlide(page, count - 1);
        }
    }

    /**
     * On a phone and on an old 800x600 projector every slide's words wrap within the screen, in both languages:
     * only the chart, in its own box, may scroll sideways.
     */
    @Test
    void everySlideFitsTheWidthOfAPhoneAndASmallProjector() {
        int count = PresentPagesTest.titles().size();
        for (int[] size : new int[][] {{375, 800}, {800, 600}}) {
            for (String lang : List.of("en", "ro")) {
                try (Page page = browser().newPage(new Browser.NewPageOptions().setViewportSize(size[0], size[1]))) {
                    for (int n = 1; n <= count; n++) {
                        page.navigate(url("/present/" + n + "?lang=" + lang));
                        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                        assertTrue(scrollWidth <= size[0], "slide " + n + " in " + lang + " at " + size[0] + "x" + size[1]
                                + " is " + scrollWidth + " px wide");
                        double titleRight = page.locator(".slide-title").boundingBox().x
                                + page.locator(".slide-title").boundingBox().width;
                        assertTrue(titleRight <= size[0], "slide " + n + "'s title ends at " + titleRight);
                        if (size[0] == 800) {
                            // The words keep the share of the screen they have at 1280x720 (28 px there), and
                            // leave the chart room to be read.
                            double smallest = ((Number) page.evaluate(SMALLEST_TEXT)).doubleValue();
                            assertTrue(smallest >= 28 * 800 / 1280.0 - 0.1, "slide " + n + " in " + lang + " has text of "
                                    + smallest + " px at 800x600");
                            double chart = page.locator("svg.timeline").boundingBox().height;
                            assertTrue(chart >= 150, "slide " + n + " in " + lang + " draws its chart " + chart
                                    + " px tall at 800x600");
                            assertEquals(Boolean.FALSE, page.evaluate("(() => { const box = document.querySelector("
                                    + "'.slide-chart .chart-box'); return box.scrollWidth > box.clientWidth; })()"),
                                    "slide " + n + " in " + lang + " shows its whole chart at 800x600, without scrolling");
                        }
                    }
                    page.navigate(url("/present/7?lang=" + lang));
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(SCREENSHOTS.resolve("present-7-" + lang + "-" + size[0] + ".png")));
                }
            }
        }
    }

    @Test
    void theSlidesWorkWithoutJavaScriptAndPassAxeInBothLanguages() {
        try (BrowserContext context = browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 720).setJavaScriptEnabled(false)); Page page = context.newPage()) {
            page.navigate(url("/present/1"));
            assertTrue(!page.locator("button[data-fullscreen]").isVisible(), "no full-screen control without the script");
            page.locator("a[rel=next]").click();
            page.waitForURL(url("/present/2"));
        }
        for (String lang : List.of("en", "ro")) {
            try (Page page = browser().newPage(projector())) {
                page.navigate(url("/present/2?lang=" + lang));
                Axe.assertNoViolations(page, "slide 2 in " + lang);
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("present-2-" + lang + ".png")));
            }
        }
    }

    @Test
    void printingGivesOneSlidePerPageWithoutNavigationLinksSpelledOutInLightColours() {
        try (BrowserContext context = browser().newContext(new Browser.NewContextOptions()
                .setColorScheme(ColorScheme.DARK)); Page page = context.newPage()) {
            page.navigate(url("/present/2"));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT).setColorScheme(ColorScheme.DARK));
            assertTrue(!page.locator(".slide-nav").isVisible(), "no navigation on paper");
            assertTrue(!page.locator(".deck-header nav").isVisible());
            assertEquals("page", page.evaluate("getComputedStyle(document.querySelector('section.slide')).breakAfter"));
            assertEquals("rgb(255, 255, 255)", page.evaluate("getComputedStyle(document.body).backgroundColor"),
                    "dark mode is off on paper");
            assertEquals("rgb(0, 0, 0)", page.evaluate("getComputedStyle(document.querySelector('.slide-text p')).color"));
            String after = (String) page.evaluate(
                    "getComputedStyle(document.querySelector('.slide-text a'), '::after').content");
            assertEquals("\" (/missions/sts-88)\"", after, "a link's address is printed beside it");
            page.pdf(new Page.PdfOptions().setPath(SCREENSHOTS.resolve("present-2.pdf")));
        }
    }

    /**
     * The printed pack: a cover page, then each slide on one A4 landscape page (its chart's legend and caption with
     * it), in both languages. The page is laid out at the paper's printable width (277 mm) and each slide measured
     * against its printable height (190 mm).
     */
    @Test
    void eachPrintedSlideOfThePackFitsOnePage() {
        double pageHeight = 190 / 25.4 * 96;
        for (String lang : List.of("en", "ro")) {
            String html = given().when().get("/present/offline.html?lang=" + lang).then().statusCode(200).extract().asString();
            try (BrowserContext context = browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize((int) (277 / 25.4 * 96), 720)); Page page = context.newPage()) {
                page.setContent(html);
                page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
                assertEquals("page", page.evaluate("getComputedStyle(document.querySelector('.pack-intro')).breakAfter"),
                        "the pack's title has a page of its own");
                @SuppressWarnings("unchecked")
                List<Number> heights = (List<Number>) page.evaluate(
                        "[...document.querySelectorAll('section.slide')].map(s => s.getBoundingClientRect().height)");
                assertEquals(PresentPagesTest.titles().size(), heights.size());
                for (int n = 0; n < heights.size(); n++) {
                    assertTrue(heights.get(n).doubleValue() <= pageHeight, "slide " + (n + 1) + " in " + lang + " is "
                            + heights.get(n) + " px tall on paper, over the page's " + pageHeight);
                }
                page.pdf(new Page.PdfOptions().setPath(SCREENSHOTS.resolve("present-pack-" + lang + ".pdf")));
            }
        }
    }

    @Test
    void theOfflinePackOpensFromAFileWithNoNetwork() throws Exception {
        int count = PresentPagesTest.titles().size();
        Path file = Path.of("target", "present", "launch-ledger-ro.html").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, given().when().get("/present/offline.html?lang=ro").then().statusCode(200)
                .extract().asString(), StandardCharsets.UTF_8);
        try (BrowserContext context = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 720))) {
            List<String> fetched = new ArrayList<>();
            context.route("**/*", route -> {
                if (route.request().url().startsWith("file:")) {
                    route.resume();
                } else {
                    fetched.add(route.request().url());
                    route.abort();
                }
            });
            Page page = context.newPage();
            page.navigate(file.toUri().toString());
            assertTrue(page.locator("#slide-1 .slide-title").isVisible());
            page.keyboard().press("ArrowRight");
            page.waitForURL(file.toUri() + "#slide-2");
            page.keyboard().press("End");
            page.waitForURL(file.toUri() + "#slide-" + count);
            assertTrue(page.locator("#slide-" + count + " .slide-title").isVisible());
            double smallest = ((Number) page.evaluate(SMALLEST_TEXT)).doubleValue();
            assertTrue(smallest >= 28, "the pack's slides have text of " + smallest + " px");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("present-offline-ro.png")));
            assertEquals(List.of(), fetched, "the pack asked the network for nothing");
        }
    }
}
