package org.launchledger.history;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Slugs: lower case, ASCII, words joined by '-'. Text in any script is first transliterated to
 * Latin and folded to ASCII by ICU ("Any-Latin; Latin-ASCII": ł → l, ı → i, ß → ss, Новицкий →
 * Novickij), so search text is folded the same way and "Slawosz" finds "Sławosz".
 */
public final class Slugs {

    /** ICU transliterators keep internal state while they work: one per thread. */
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(() ->
            Transliterator.getInstance("Any-Latin; [ʹʺ] Remove; NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; NFC"));

    private Slugs() {
    }

    /** The slug of a name or designation: "Alper Gezeravcı" → "alper-gezeravci"; empty if nothing is left. */
    public static String of(String text) {
        return TO_ASCII.get().transliterate(text).toLowerCase(Locale.ROOT)
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
