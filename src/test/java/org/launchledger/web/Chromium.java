package org.launchledger.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright, for the browser tests. It starts on the first
 * {@link #browser()} call; a test class keeps one in a static field and closes it after all.
 * {@code -Dchromium.path=...} points at another build.
 */
public final class Chromium implements AutoCloseable {

    /** The browser the tests drive; Playwright must never download one of its own. */
    public static final Path EXECUTABLE = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private Playwright playwright;
    private Browser browser;

    /**
     * The running browser, started on first use. Skips the calling test when Chromium is not
     * installed, or fails it in CI (see {@link Prerequisites}).
     */
    public Browser browser() {
        Prerequisites.require(Files.isExecutable(EXECUTABLE),
                "headless Chromium not found at " + EXECUTABLE + " (apt-get install chromium)");
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        }
        return browser;
    }

    /** Closes the browser and Playwright's driver, if they were started. */
    @Override
    public void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
