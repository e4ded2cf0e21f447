package org.launchledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slugs and search text fold every script and letter to ASCII the same way. */
class SlugsTest {

    @ParameterizedTest
    @CsvSource({
            "Alper Gezeravcı, alper-gezeravci",
            "Sławosz Uznański-Wiśniewski, slawosz-uznanski-wisniewski",
            "Guy Laliberté, guy-laliberte",
            "Andreas Mogensen Ø Æ, andreas-mogensen-o-ae",
            "Straße, strasse",
            "Đorđe, dorde",
            "Œuvre, oeuvre",
            "Новицкий, novickij",
            "Пётр Дубров, petr-dubrov",
            "Петр Дубров, petr-dubrov",
            "Ю́лия Переси́льд, ulia-peresild",
            "Soyuz TMA-01M, soyuz-tma-01m",
            "'?!', ''",
    })
    void foldsToAscii(String text, String slug) {
        assertEquals(slug, Slugs.of(text));
    }
}
