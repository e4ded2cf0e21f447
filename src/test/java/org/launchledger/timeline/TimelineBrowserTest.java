package org.launchledger.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.launchledger.web.Axe;
import org.launchledger.web.BrowserTest;

/** The pages in a real headless Chromium, on a projector and on a phone: visible, no sideways scrolling. */
@QuarkusTest
class TimelineBrowserTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"projector, 1280, 720", "phone, 375, 800"})
    void theChartIsVisibleAndThePageDoesNotScrollSideways(String name, int width, int height) {
        try (Page page = browser().newPage(new Browser.NewPageOptions().setViewportSize(width, height))) {
            page.navigate(url("/"));
            var chart = page.locator("svg.timeline");
            assertTrue(chart.isVisible(), "chart visible on " + name);
            var box = chart.boundingBox();
            assertTrue(box.width > 300 && box.height > 150, "chart has a real size on " + name + ": " + box.width + "x" + box.height);
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertTrue(scrollWidth <= width, "page is " + scrollWidth + " px wide on a " + width + " px " + name);
            Axe.assertNoViolations(page, "the timeline on a " + name);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("timeline-" + name + ".png")));
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("timeline-" + name + "-full.png")));
            page.locator(".chart-box").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("timeline-" + name + "-chart.png")));
        }
    }

    @ParameterizedTest
    @CsvSource({"projector, 1280, 720", "phone, 375, 800"})
    void theRomanianTimelineFitsAndPassesAxe(String name, int width, int height) {
        try (Page page = browser().newPage(new Browser.NewPageOptions().setViewportSize(width, height))) {
            page.navigate(url("/?lang=ro"));
            assertTrue(page.locator("svg.timeline").isVisible(), "chart visible on " + name);
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertTrue(scrollWidth <= width, "the Romanian page is " + scrollWidth + " px wide on a " + width + " px " + name);
            assertEquals(List.of(), page.evaluate(CUT_OR_BROKEN), "the Romanian timeline on a " + name);
            Axe.assertNoViolations(page, "the Romanian timeline on a " + name);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("timeline-ro-" + name + "-full.png")));
        }
    }

    /**
     * What a screen must not show, as a list of faults (empty when none): a caption of a sideways-scrolling
     * table running past the screen's edge; a mission's designation, in a table or a sentence, broken over two
     * lines ("STS-" / "101"); a chart whose line "scroll it sideways" shows when the chart does not scroll, or is
     * missing when it does; a cell squeezed into a column narrower than 10 em (15 em on a projector) and more
     * than six lines; on a projector (1280 px), a table that has to scroll at all.
     */
    private static final String CUT_OR_BROKEN = """
            (() => {
              const faults = [];
              const width = document.documentElement.clientWidth;
              for (const c of document.querySelectorAll('.table-wrap caption')) {
                const r = c.getBoundingClientRect();
                if (r.right > width + 0.5) faults.push('caption cut at ' + Math.round(r.right) + ' px: ' + c.textContent.trim());
              }
              for (const a of document.querySelectorAll('a.designation')) {
                if (a.getClientRects().length > 1) faults.push('designation on two lines: ' + a.textContent);
              }
              if (width >= 1280) {
                for (const t of document.querySelectorAll('.table-wrap')) {
                  if (t.scrollWidth > t.clientWidth + 1) faults.push('table scrolls on a projector: ' + t.getAttribute('aria-labelledby'));
                }
              }
              // A cell squeezed into a narrow column: under 15 em on a projector, under 10 em on a phone, over six lines.
              const minEms = width >= 1280 ? 15 : 10;
              for (const c of document.querySelectorAll('.table-wrap td, .table-wrap th')) {
                const range = document.createRange();
                range.selectNodeContents(c);
                const style = getComputedStyle(c);
                const lines = range.getBoundingClientRect().height / parseFloat(style.lineHeight);
                const ems = c.getBoundingClientRect().width / parseFloat(style.fontSize);
                if (lines > 6.5 && ems < minEms) {
                  faults.push('a cell squeezed to ' + Math.round(ems) + ' em and ' + Math.round(lines) + ' lines: '
                      + c.textContent.trim().slice(0, 40));
                }
              }
              return faults;
            })()""";

    @ParameterizedTest
    @CsvSource({
            "missions, /missions", "mission, /missions/demo-2", "vehicle, /vehicles/soyuz",
            "person, /people/peggy-whitson", "stats, /stats", "search, /search?q=endeavour",
            "timeline, /", "mission-shuttle, /missions/sts-135", "expedition, /expeditions/1"
    })
    void otherPagesFitAPhoneAndAProjector(String name, String path) {
        for (int[] size : new int[][] {{1280, 720}, {375, 800}}) {
            try (Page page = browser().newPage(new Browser.NewPageOptions().setViewportSize(size[0], size[1]))) {
                page.navigate(url(path));
                assertTrue(page.locator("main h1").isVisible(), path + " has a visible heading");
                int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                assertTrue(scrollWidth <= size[0], path + " is " + scrollWidth + " px wide on a " + size[0] + " px screen");
                assertEquals(List.of(), page.evaluate(CUT_OR_BROKEN), path + " on a " + size[0] + " px screen");
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve(name + "-" + size[0] + ".png")));
                Axe.assertNoViolations(page, path + " on a " + size[0] + " px screen");
                // Romanian words are longer: the same layout checks on the Romanian page.
                String romanian = path + (path.contains("?") ? "&" : "?") + "lang=ro";
                page.navigate(url(romanian));
                int romanianWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                assertTrue(romanianWidth <= size[0], romanian + " is " + romanianWidth + " px wide on a " + size[0] + " px screen");
                assertEquals(List.of(), page.evaluate(CUT_OR_BROKEN), romanian + " on a " + size[0] + " px screen");
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve(name + "-ro-" + size[0] + ".png")));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"/stats, #launches .legend .swatch", "/, figcaption .legend .swatch[class*=tone-]"})
    void legendSwatchesEachShowTheirOwnColour(String path, String selector) {
        try (Page page = browser().newPage()) {
            page.navigate(url(path));
            @SuppressWarnings("unchecked")
            List<String> colours = (List<String>) page.evaluate("s => [...document.querySelectorAll(s)]"
                    + ".map(e => getComputedStyle(e).backgroundColor)", selector);
            assertTrue(colours.size() >= 2, path + " has a legend");
            assertTrue(colours.stream().distinct().count() == colours.size(),
                    path + " legend colours repeat: " + colours);
        }
    }
}
