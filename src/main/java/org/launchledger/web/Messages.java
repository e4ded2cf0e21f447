package org.launchledger.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Every word the product shows, in each {@link Language}: ICU MessageFormat patterns (plurals,
 * selects, numbers by the language's own rules) read from the UTF-8 files
 * {@code messages/<area>.properties} (English) and {@code messages/<area>_ro.properties}
 * (Romanian) on the classpath, listed in {@code messages/areas.txt}. Java computes facts; these
 * patterns turn them into sentences.
 */
public final class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class);

    /** The message files, one per area of the product; each area has a file per language. */
    static final String INDEX = "messages/areas.txt";

    private static final Map<Language, Map<String, String>> PATTERNS = load();
    /** Each language's keys, sorted; built once, as pages ask "is there a message for this?" many times each. */
    private static final Map<Language, Set<String>> KEYS = sortedKeys(PATTERNS);
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /**
     * The message {@code key} in {@code language}, its placeholders filled from {@code args}
     * ({0}, {1}, ...). A key no file holds gives the key itself and a warning in the log (the
     * bundle tests keep that from happening).
     */
    public static String text(Language language, String key, Object... args) {
        String pattern = PATTERNS.get(language).get(key);
        if (pattern == null) {
            LOG.warnf("no message '%s' in %s", key, language);
            return key;
        }
        MessageFormat format = FORMATS.computeIfAbsent(language.tag() + '\u0000' + key,
                k -> new MessageFormat(pattern, ULocale.forLocale(language.locale)));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** The keys one language's files hold, sorted. */
    public static Set<String> keys(Language language) {
        return KEYS.get(language);
    }

    private static Map<Language, Set<String>> sortedKeys(Map<Language, Map<String, String>> patterns) {
        Map<Language, Set<String>> keys = new EnumMap<>(Language.class);
        patterns.forEach((language, byKey) -> keys.put(language, Collections.unmodifiableSet(new TreeSet<>(byKey.keySet()))));
        return keys;
    }

    /** The raw pattern of a key, for tests; null when absent. */
    static String pattern(Language language, String key) {
        return PATTERNS.get(language).get(key);
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> patterns = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            patterns.put(language, new HashMap<>());
        }
        for (String area : read(INDEX).split("\\s+")) {
            if (area.isBlank()) {
                continue;
            }
            for (Language language : Language.values()) {
                String file = "messages/" + area + (language == Language.EN ? "" : "_" + language.tag()) + ".properties";
                Properties properties = new Properties();
                try (InputStreamReader in = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
                    properties.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                for (Enumeration<?> names = properties.propertyNames(); names.hasMoreElements(); ) {
                    String key = (String) names.nextElement();
                    if (patterns.get(language).put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("message '" + key + "' is defined twice (" + file + ")");
                    }
                }
            }
        }
        return patterns;
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
        if (url == null) {
            url = Messages.class.getClassLoader().getResource(resource);
        }
        if (url == null) {
            throw new IOException(resource + " is not on the classpath");
        }
        return url.openStream();
    }
}
