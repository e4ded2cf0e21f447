package org.launchledger.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The trigram index finds exactly what reading every text would, for strings of any length. */
class TextIndexTest {

    @Test
    void findsWhatAScanOfEveryTextFinds() {
        // A small alphabet, so that trigrams repeat across texts and strings are found often; "é" and
        // "_" stand for characters outside the folded alphabet, which share one trigram code.
        Random random = new Random(20261202);
        String alphabet = "abc-1 é_";
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add(i % 37 == 0 ? null : randomText(random, alphabet, random.nextInt(30)));
        }
        TextIndex index = new TextIndex(texts);
        int found = 0;
        for (int i = 0; i < 2000; i++) {
            String wanted = randomText(random, alphabet, 1 + random.nextInt(6));
            int[] expected = IntStream.range(0, texts.size())
                    .filter(position -> texts.get(position) != null && texts.get(position).contains(wanted)).toArray();
            assertArrayEquals(expected, index.containing(wanted), () -> "texts containing \"" + wanted + "\"");
            found += expected.length;
        }
        // Not an empty agreement: the strings looked for were found tens of thousands of times.
        assertEquals(true, found > 10_000, "found " + found);
    }

    @Test
    void anEmptyStringIsInEveryTextAndAnUnknownTrigramInNone() {
        TextIndex index = new TextIndex(Arrays.asList("soyuz-ms-10 soyuz-ms-10", null, "crew-dragon"));
        assertArrayEquals(new int[] {0, 1, 2}, index.containing(""));
        assertArrayEquals(new int[0], index.containing("zzz"));
        assertArrayEquals(new int[] {0}, index.containing("ms-10"));
        assertArrayEquals(new int[] {0, 2}, index.containing("o"));
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
