package org.launchledger.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;

/**
 * Generated bad inputs for the robustness tests, from jqwik's generators on a fixed seed (so a
 * failure comes back on every run): HTML and script, SQL fragments, odd Unicode, control
 * characters, NUL (U+0000), empty and huge strings, impossible dates, wrong JSON types.
 *
 * <p>jqwik's own {@code @Property} lifecycle does not run inside {@code @QuarkusTest}; its
 * {@code Arbitraries} do, sampled here on the calling thread.
 */
public final class BadValues {

    /** The seed of every sample; change it to explore, keep it to reproduce. */
    public static final String SEED = "20261130";

    /** Pieces no structured value (slug, code, date, URL, number) may contain. */
    static final List<String> TOKENS = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "' OR '1'='1", "'; DROP TABLE Mission; --", "1 UNION SELECT password FROM users",
            "\u202Egnp.exe", "a\u0000b", "\uFEFF", "e\u0301\u0301\u0301", "🚀👩‍🚀", "\uD800", "ｓｏｙｕｚ",
            "İı", "\t\r\n", "%00", "../../etc/passwd", "${7*7}", "{#for}", "\\u0000");

    /** Dates and instants that are well formed in shape but impossible, or not dates at all. */
    static final List<String> DATES = List.of(
            "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "0000-00-00", "2020-05-30T25:61Z",
            "2020-05-30T19:22:60Z", "+999999999-12-31", "-2020-01-01", "99999-01-01", "2020-5-3",
            "30.05.2020", "yesterday", "2020-05-30T19:22", "2020-05-30 19:22Z", "2020-05-30T19:22+99:00");

    private BadValues() {
    }

    /**
     * {@code count} strings none of which is a valid slug, code, date, number or http(s) address:
     * each starts with one of {@link #TOKENS} followed by generated text of any script.
     */
    public static List<String> structured(int count) {
        Arbitrary<String> suffix = Arbitraries.strings().all().ofMaxLength(12);
        return sample(Combinators.combine(Arbitraries.of(TOKENS), suffix).as(String::concat), count);
    }

    /** {@code count} impossible or malformed dates, the fixed ones first, then generated digit soup. */
    public static List<String> dates(int count) {
        Arbitrary<String> soup = Combinators.combine(Arbitraries.integers().between(-99999, 99999),
                Arbitraries.integers().between(13, 99), Arbitraries.integers().between(32, 99))
                .as((y, m, d) -> y + "-" + m + "-" + d);
        List<String> values = new ArrayList<>(DATES);
        values.addAll(sample(soup, Math.max(0, count - DATES.size())));
        return values.subList(0, Math.min(count, values.size()));
    }

    /** Values that are present but say nothing: empty, spaces, tabs, invisible characters. */
    public static List<String> blank() {
        return List.of("", " ", "   \t ", "\n", "\u00A0", "\u3000");
    }

    /**
     * Text holding U+0000 (NUL) alone, inside and at the end (where stripping would not remove
     * it): otherwise well formed for a free-text field, so only the NUL rule refuses it. PostgreSQL
     * refuses NUL in text with an error of its own; the app must refuse it first.
     */
    public static List<String> nul() {
        return List.of("\u0000", "text\u0000after", "https://example.org/nul\u0000");
    }

    /** A string of {@code length} characters, longer than any field takes. */
    public static String huge(int length) {
        return "ș".repeat(length);
    }

    /** JSON values of the wrong type for a text field (an object, an array). */
    public static List<Object> notText() {
        return List.of(List.of("a", "b"), java.util.Map.of("nested", "object"), List.of());
    }

    /** JSON values of the wrong type, or out of range, for a whole-number field. */
    public static List<Object> notWholeNumber() {
        return List.of("many", true, List.of(1), java.util.Map.of("n", 1), "1e400", "",
                new java.math.BigInteger("99999999999999999999999"));
    }

    /** {@code count} values of {@code arbitrary}, from the fixed seed. */
    static <T> List<T> sample(Arbitrary<T> arbitrary, int count) {
        SourceOfRandomness.create(SEED);
        return arbitrary.sampleStream().limit(count).toList();
    }

    /** Every list given, one after another. */
    @SafeVarargs
    public static <T> List<T> concat(List<? extends T>... lists) {
        return Stream.of(lists).<T>flatMap(List::stream).toList();
    }
}
