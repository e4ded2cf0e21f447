package org.launchledger.history;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs: lower case, ASCII, words joined by '-'. Also folds search text the same way. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('ı', 'i')
                .replace('ł', 'l')
                .replace('Ł', 'l')
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /**
     * A LIKE pattern for slugs that contain the folded text. Text that folds to nothing ("?")
     * gets a pattern that matches no slug, rather than one that matches them all.
     */
    public static String containing(String text) {
        String slug = of(text);
        return slug.isEmpty() ? "" : "%" + slug + "%";
    }

    /**
     * A LIKE pattern that finds the text anywhere, lower-cased, with the wildcards a user may type
     * (%, _) taken literally; queries pair it with {@code escape '\\'}.
     */
    public static String likeAnywhere(String text) {
        String literal = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
