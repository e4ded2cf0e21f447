package org.launchledger.web;

import com.microsoft.playwright.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;

/**
 * What the browser tests share: a headless Chromium, started by the first test of a class that
 * needs it and closed after the class, and the test app's address.
 */
public abstract class BrowserTest {

    /** Where the browser tests save what they saw, for a person to look at. */
    protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final Chromium CHROMIUM = new Chromium();

    @TestHTTPResource("/")
    URL home;

    @AfterAll
    static void stopChromium() {
        CHROMIUM.close();
    }

    /** The running browser; the calling test is skipped (or, in CI, fails) when Chromium is missing. */
    protected static Browser browser() {
        return CHROMIUM.browser();
    }

    /** The test app's address for a path such as {@code /missions?page=2}. */
    protected String url(String path) {
        return home.toString().replaceAll("/$", "") + path;
    }
}
