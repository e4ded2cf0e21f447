package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a request chooses its language: query, then cookie, then Accept-Language, else English. */
class LanguageTest {

    @ParameterizedTest(name = "lang={0} cookie={1} Accept-Language={2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "ro, en, en, RO",
            "en, ro, ro, EN",
            "-, ro, en, RO",
            "-, -, 'ro-RO,ro;q=0.9,en;q=0.8', RO",
            "-, -, 'de-DE, ro;q=0.5', RO",
            "-, -, 'de, fr', EN",
            "-, -, 'en;q=abc', EN",
            "-, -, 'ro;q=0', EN",
            "xx, -, -, EN",
            "xx, ro, -, RO",
            "RO, -, -, RO",
            "-, -, -, EN",
    })
    void choosesInOrder(String query, String cookie, String acceptLanguage, Language expected) {
        assertEquals(expected, Language.choose(query, cookie, acceptLanguage));
    }
}
