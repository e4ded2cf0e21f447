package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** axe-core (src/test/js) run inside a page the browser tests opened. */
public final class Axe {

    static final Path SCRIPT = Prerequisites.NODE_PACKAGES.resolve(Paths.get("axe-core", "axe.min.js"));

    /** WCAG 2.0, 2.1 and 2.2 levels A and AA, and axe's best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    /** Each violation as "rule (impact): help; the nodes' selectors". */
    private static final String RUN = """
            async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags } }))
                .violations.map(v => `${v.id} (${v.impact}): ${v.help}; `
                    + v.nodes.map(n => n.target.join(' ')).join(', '))""";

    /**
     * Where the page loads axe-core from: an address on the page's own site, answered by the test's
     * browser itself, so the site's Content-Security-Policy (scripts from the site only, none inline)
     * stays in force while axe runs.
     */
    private static final String ADDRESS = "/axe-core-injected-by-the-browser-test.js";

    private Axe() {
    }

    /**
     * Injects axe-core into the page and returns its violations, one line each. Skips the calling
     * test (in CI: fails it) when axe-core is not installed.
     */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        Prerequisites.require(Files.isRegularFile(SCRIPT), "axe-core not installed at " + SCRIPT + " (npm ci --prefix src/test/js)");
        if (!page.url().startsWith("http")) {
            // A page the test wrote itself (setContent): no site, so no policy to keep.
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(SCRIPT));
        } else {
            String url = URI.create(page.url()).resolve(ADDRESS).toString();
            page.route(url, route -> route.fulfill(new Route.FulfillOptions().setPath(SCRIPT)
                    .setContentType("text/javascript")));
            try {
                page.addScriptTag(new Page.AddScriptTagOptions().setUrl(url));
            } finally {
                page.unroute(url);
            }
        }
        return (List<String>) page.evaluate(RUN, TAGS);
    }

    /** Fails, listing every violation, unless axe-core finds none in the page. */
    public static void assertNoViolations(Page page, String what) {
        List<String> violations = violations(page);
        assertTrue(violations.isEmpty(), what + ": " + violations.size() + " axe violations\n  "
                + String.join("\n  ", violations));
    }
}
