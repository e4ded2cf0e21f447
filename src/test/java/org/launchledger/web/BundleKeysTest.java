package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message files and the code agree: every key is in both languages and not empty, every key
 * a template or class uses exists, every key exists because something uses it, and Romanian is
 * written with comma-below ș and ț, never the cedilla forms.
 */
class BundleKeysTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    /** {m:t('key'...)} in templates. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("m:t\\('([A-Za-z0-9._-]+)'");
    /** A key in Java: a string literal passed to Messages.text or Words.text, or named by a KEY constant. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)+)\"");
    /** A family of keys chosen at run time: a literal ending with '.' joined to a value ("error.title." + status). */
    private static final Pattern JAVA_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.)\"\\s*\\+");
    /** The same in templates: m:t('outcome.', code) passes a prefix and a suffix. */
    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("m:t\\('([A-Za-z0-9._-]+\\.)'");

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Path> files(Path root, String suffix) throws IOException {
        return Files.walk(root).filter(p -> p.toString().endsWith(suffix));
    }

    private static Set<String> matches(Pattern pattern, Stream<Path> files) {
        Set<String> found = new TreeSet<>();
        files.forEach(f -> {
            Matcher m = pattern.matcher(read(f));
            while (m.find()) {
                found.add(m.group(1));
            }
        });
        return found;
    }

    @Test
    void everyKeyIsInBothLanguagesAndNotEmpty() {
        assertEquals(Messages.keys(Language.EN), Messages.keys(Language.RO));
        for (Language language : Language.values()) {
            for (String key : Messages.keys(language)) {
                assertFalse(Messages.pattern(language, key).isBlank(), language + " " + key + " is empty");
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> known = Messages.keys(Language.EN);
        Set<String> used = matches(TEMPLATE_KEY, files(TEMPLATES, ".html"));
        used.removeIf(k -> k.endsWith("."));
        Set<String> javaLiterals = matches(JAVA_KEY, files(JAVA, ".java"));
        // A Java literal that looks like a key and starts like one of ours is a key.
        Set<String> areas = new TreeSet<>();
        known.forEach(k -> areas.add(k.substring(0, k.indexOf('.') + 1)));
        // File names ("missions.csv") look like keys but are not.
        javaLiterals.stream().filter(k -> areas.stream().anyMatch(k::startsWith))
                .filter(k -> !k.matches(".*\\.(csv|json|sql|html|properties|txt|svg|ico|png|xml)"))
                .forEach(used::add);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(known);
        assertTrue(missing.isEmpty(), "keys used but in no message file: " + missing);
        assertTrue(used.size() > 20, "keys found in the code: " + used.size());
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> used = matches(TEMPLATE_KEY, files(TEMPLATES, ".html"));
        used.addAll(matches(JAVA_KEY, files(JAVA, ".java")));
        Set<String> prefixes = matches(JAVA_PREFIX, files(JAVA, ".java"));
        prefixes.addAll(matches(TEMPLATE_PREFIX, files(TEMPLATES, ".html")));
        Set<String> unused = new TreeSet<>(Messages.keys(Language.EN));
        unused.removeIf(k -> used.contains(k) || prefixes.stream().anyMatch(k::startsWith));
        assertTrue(unused.isEmpty(), "keys nothing uses: " + unused);
    }

    @Test
    void romanianUsesCommaBelowNeverCedilla() throws IOException {
        try (Stream<Path> files = files(MESSAGES, "_ro.properties")) {
            files.forEach(f -> {
                String text = read(f);
                for (char cedilla : new char[] {'ş', 'Ş', 'ţ', 'Ţ'}) {
                    assertEquals(-1, text.indexOf(cedilla), f + " has the cedilla form " + cedilla);
                }
            });
        }
    }
}
