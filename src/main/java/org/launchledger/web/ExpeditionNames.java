package org.launchledger.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.launchledger.history.Slugs;

/**
 * Which ISS expeditions a search text asks for, in the reader's words: "Expedition 64", "expediția 64",
 * "exp 64" or a plain "64" ask for Expedition 64; the word alone ("expedition", "expeditii") asks for
 * all of them. The words are the pages' own ({@code people.expedition.title} in every language),
 * folded as search text is ({@link Slugs#of}), so case and accents do not matter.
 */
public final class ExpeditionNames {

    /** A shorter start of the word ("ex") is too likely to be part of a name to mean expeditions. */
    private static final int MIN_WORD_WITH_NUMBER = 3;
    private static final int MIN_WORD_ALONE = 4;
    /** Expedition numbers are small; a longer run of digits is a year or part of a designation. */
    private static final int MAX_DIGITS = 3;
    /** Letters a form of the word shares with it ("expedit"). */
    private static final int STEM = 7;

    /** The word in each of the pages' languages, folded ("expedition", "expeditia"); read once, at the first search. */
    private static final List<String> WORDS = Arrays.stream(Language.values())
            .map(language -> Slugs.of(Messages.text(language, "people.expedition.title", ""))).distinct().toList();

    private ExpeditionNames() {
    }

    /**
     * The expedition numbers {@code text} asks for, as a test on a number; empty when the text does
     * not name expeditions at all (so the search need not look them up).
     */
    public static Optional<IntPredicate> asked(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // "expedition64" and "exp64" are "expedition 64" and "exp 64" run together.
        List<String> words = Arrays.asList(Slugs.of(text).replaceAll("(?<=[a-z])(?=[0-9])", "-").split("-"));
        if (words.size() > 1 && words.get(0).equals("iss")) {
            words = words.subList(1, words.size());
        }
        if (words.size() == 1 && isNumber(words.get(0))) {
            int number = Integer.parseInt(words.get(0));
            return Optional.of(n -> n == number);
        }
        if (words.size() == 2 && isWord(words.get(0), MIN_WORD_WITH_NUMBER) && isNumber(words.get(1))) {
            int number = Integer.parseInt(words.get(1));
            return Optional.of(n -> n == number);
        }
        if (words.size() == 1 && isWord(words.get(0), MIN_WORD_ALONE)) {
            return Optional.of(n -> true);
        }
        return Optional.empty();
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.length() <= MAX_DIGITS && word.chars().allMatch(Character::isDigit);
    }

    /**
     * The word "expedition" in one of the pages' languages, or its start, or a form of it: a word
     * that agrees with it up to its own end or over {@link #STEM} letters ("expeditions", and the
     * Romanian plural "expediții", which the singular "expediția" does not contain).
     */
    private static boolean isWord(String word, int minLength) {
        if (word.length() < minLength) {
            return false;
        }
        for (String name : WORDS) {
            int agree = 0;
            while (agree < Math.min(word.length(), name.length()) && word.charAt(agree) == name.charAt(agree)) {
                agree++;
            }
            if (agree == word.length() || agree >= STEM) {
                return true;
            }
        }
        return false;
    }
}
