package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The search box's words for an ISS expedition, in English and Romanian, and what is not one. */
class ExpeditionNamesTest {

    @ParameterizedTest
    @CsvSource({
            "Expedition 64, 64",
            "expedition 1, 1",
            "EXPEDITION 1, 1",
            "Expediția 64, 64",
            "expeditia 64, 64",
            "exp 64, 64",
            "exped. 7, 7",
            "Expeditions 12, 12",
            "ISS Expedition 64, 64",
            "64, 64",
            "expedition-64, 64",
            "Expedition64, 64",
            "exp64, 64",
    })
    void aNumberWithOrWithoutTheWordAsksForThatExpedition(String text, int number) {
        IntPredicate asked = ExpeditionNames.asked(text).orElseThrow();
        assertTrue(asked.test(number), text);
        assertEquals(1, IntStream.rangeClosed(0, 999).filter(asked).count(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"expedition", "Expeditions", "expediția", "expediții", "Expediţii", "exped"})
    void theWordAloneAsksForEveryExpedition(String text) {
        IntPredicate asked = ExpeditionNames.asked(text).orElseThrow();
        assertTrue(IntStream.rangeClosed(1, 999).allMatch(asked), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soyuz", "ms-10", "sts 64", "sts64", "Soyuz MS-10", "ex 64", "expo", "2011", "64 65", "expedition 2011", "", "–"})
    void otherTextAsksForNone(String text) {
        assertFalse(ExpeditionNames.asked(text).isPresent(), text);
    }
}
