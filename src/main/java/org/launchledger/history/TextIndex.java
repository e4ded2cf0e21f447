package org.launchledger.history;

import java.util.Arrays;
import java.util.List;

/**
 * Which of a fixed list of folded texts ({@link Slugs}: lower-case ASCII letters, digits, '-', words
 * separated by a space) contain a given folded string: a trigram index, as PostgreSQL's pg_trgm
 * builds, kept in memory. A string of three characters or more is looked for only in the texts that
 * hold its rarest trigram, so a search costs about what it finds rather than the whole list; a
 * shorter one is looked for in every text. Immutable once built; framework-free.
 */
final class TextIndex {

    /** Letters, digits, '-', ' ' and one code for any other character. */
    private static final int SYMBOLS = 26 + 10 + 2 + 1;
    private static final int[] NONE = new int[0];

    private final String[] texts;
    /** For each trigram's code, the positions of the texts holding it, ascending, each once; null for none. */
    private final int[][] postings;

    /** Indexes the texts in their order: a position in the list is a text's position in every answer. Null reads as empty. */
    TextIndex(List<String> texts) {
        this.texts = texts.stream().map(text -> text == null ? "" : text).toArray(String[]::new);
        int[] counts = new int[SYMBOLS * SYMBOLS * SYMBOLS];
        int[] lastText = new int[counts.length];
        Arrays.fill(lastText, -1);
        forEachTrigram((code, position) -> counts[code]++, lastText);
        postings = new int[counts.length][];
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                postings[code] = new int[counts[code]];
            }
        }
        int[] filled = new int[counts.length];
        Arrays.fill(lastText, -1);
        forEachTrigram((code, position) -> postings[code][filled[code]++] = position, lastText);
    }

    /**
     * The positions, ascending, of the texts that contain {@code folded}; every position for an empty
     * string.
     */
    int[] containing(String folded) {
        if (folded.length() < 3) {
            return matching(folded, null);
        }
        int[] rarest = null;
        for (int i = 0; i + 3 <= folded.length(); i++) {
            int[] posting = postings[code(folded, i)];
            if (posting == null) {
                return NONE;
            }
            if (rarest == null || posting.length < rarest.length) {
                rarest = posting;
            }
        }
        return matching(folded, rarest);
    }

    /** The positions among {@code candidates} (every text when null) whose text contains {@code folded}. */
    private int[] matching(String folded, int[] candidates) {
        int count = candidates == null ? texts.length : candidates.length;
        int[] found = new int[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int position = candidates == null ? i : candidates[i];
            if (texts[position].contains(folded)) {
                found[size++] = position;
            }
        }
        return Arrays.copyOf(found, size);
    }

    private interface TrigramVisitor {
        void visit(int code, int position);
    }

    /** Visits each distinct trigram of each text once ({@code lastText} remembers the last text a code was seen in). */
    private void forEachTrigram(TrigramVisitor visitor, int[] lastText) {
        for (int position = 0; position < texts.length; position++) {
            String text = texts[position];
            for (int i = 0; i + 3 <= text.length(); i++) {
                int code = code(text, i);
                if (lastText[code] != position) {
                    lastText[code] = position;
                    visitor.visit(code, position);
                }
            }
        }
    }

    private static int code(String text, int at) {
        return (symbol(text.charAt(at)) * SYMBOLS + symbol(text.charAt(at + 1))) * SYMBOLS + symbol(text.charAt(at + 2));
    }

    private static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        if (c == '-') {
            return 36;
        }
        return c == ' ' ? 37 : 38;
    }
}
