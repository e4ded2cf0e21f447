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
}
