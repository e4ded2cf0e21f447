package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Tools some tests need from outside Maven: Debian's Chromium and the Node packages under
 * src/test/js. On a developer machine without them those tests are skipped, each saying why;
 * in CI (environment variable CI set, as .ci/run does after installing them) they fail instead,
 * so a missing tool can never pass for a green run.
 */
public final class Prerequisites {

    /** Where {@code npm ci --prefix src/test/js} installs axe-core and html-validate. */
    public static final Path NODE_PACKAGES = Paths.get("src", "test", "js", "node_modules");

    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    private Prerequisites() {
    }

    /** Whether this run is CI's: there every prerequisite must be present. */
    public static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci) && !"0".equals(ci);
    }

    /**
     * Skips the calling test (outside CI) or fails it (in CI) unless {@code present}.
     *
     * @param missing what is missing and how to install it, shown as the skip or failure reason
     */
    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (inCi()) {
            fail(missing + "; CI must run every test");
        }
        String reason = missing + ": test skipped";
        // Surefire's summary counts skipped tests but never says why: say it once, in the run's output.
        if (ANNOUNCED.add(reason)) {
            System.err.println("[WARNING] SKIPPED: " + reason + " (every test that needs it; CI fails instead)");
        }
        Assumptions.abort(reason);
    }
}
