package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The version of a static file follows its bytes; the Cache-Control follows the version asked for. */
class AssetsTest {

    @Test
    void theVersionChangesWithTheBytes() {
        String before = Assets.fingerprint("body { color: black; }".getBytes(StandardCharsets.UTF_8));
        String after = Assets.fingerprint("body { color: blue; }".getBytes(StandardCharsets.UTF_8));
        assertNotEquals(before, after);
        assertEquals(before, Assets.fingerprint("body { color: black; }".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aVersionIsTheStartOfTheSha256InHex() {
        // SHA-256 of the empty input: e3b0c44298fc1c149afbf4c8996fb924...
        assertEquals("e3b0c44298", Assets.fingerprint(new byte[0]));
    }

    @Test
    void aFileOnTheClasspathHasAVersionAndAnAddressWithIt() {
        String version = Assets.version("/style.css").orElseThrow();
        assertTrue(version.matches("[0-9a-f]{10}"), version);
        assertEquals("/style.css?v=" + version, Assets.url("/style.css"));
    }

    @Test
    void noVersionForWhatIsNotATopLevelStaticFile() {
        assertEquals(Optional.empty(), Assets.version("/no-such-file.css"));
        assertEquals(Optional.empty(), Assets.version("/../application.properties"));
        assertEquals(Optional.empty(), Assets.version("/missions"));
        assertEquals(Optional.empty(), Assets.version(null));
        assertThrows(IllegalArgumentException.class, () -> Assets.url("/no-such-file.css"));
    }

    @Test
    void onlyTheCurrentVersionIsImmutable() {
        String current = Assets.version("/style.css").orElseThrow();
        String quarkus = "public, immutable, max-age=86400";
        assertEquals(Assets.IMMUTABLE, Assets.cacheControl("/style.css", current, quarkus));
        assertEquals("public, max-age=86400", Assets.cacheControl("/style.css", "0000000000", quarkus));
        assertEquals("public, max-age=86400", Assets.cacheControl("/style.css", null, quarkus));
        assertEquals("public, max-age=86400", Assets.cacheControl("/style.css", null, "public, max-age=86400"));
        assertEquals(null, Assets.cacheControl("/style.css", null, null));
    }
}
