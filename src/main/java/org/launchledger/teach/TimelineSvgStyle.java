package org.launchledger.teach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The rules a standalone timeline SVG needs, taken from the site's own stylesheet at start so the
 * file and the page never drift apart: the first {@code :root} block (the light colours and the
 * font; a file keeps no dark mode) and every one-line rule for {@code svg.timeline} and the
 * country tones, outside {@code @media} blocks.
 */
final class TimelineSvgStyle {

    private static final String STYLESHEET = "META-INF/resources/style.css";

    /** The CSS text, ready to go inside a {@code <style>} element (it has no {@code <} or {@code &}). */
    static final String CSS = extract(read());

    private TimelineSvgStyle() {
    }

    static String extract(String stylesheet) {
        int rootStart = stylesheet.indexOf(":root {");
        String root = stylesheet.substring(rootStart, stylesheet.indexOf("\n}", rootStart) + 2);
        StringBuilder rules = new StringBuilder(root).append('\n');
        int depth = 0;
        for (String line : stylesheet.split("\n")) {
            if (depth == 0 && (line.startsWith("svg.timeline") || line.startsWith(".tone-k"))) {
                rules.append(line).append('\n');
            }
            depth += count(line, '{') - count(line, '}');
        }
        // A file has no page behind it: it brings its own background, and a page's minimum width means nothing to it.
        rules.append("svg.timeline { background: var(--bg); }\n");
        return rules.toString().replace("color-scheme: light dark;", "color-scheme: light;")
                .lines().filter(l -> !l.contains("min-width")).collect(Collectors.joining("\n"));
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    private static String read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException(STYLESHEET + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
