package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plurals follow each language's own rules (ICU): Romanian has three forms, English two. */
class MessagesTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0 zile, 0 days",
            "1, 1 zi, 1 day",
            "2, 2 zile, 2 days",
            "19, 19 zile, 19 days",
            "20, 20 de zile, 20 days",
            "21, 21 de zile, 21 days",
            "101, 101 zile, 101 days",
            "120, 120 de zile, 120 days",
    })
    void daysInBothLanguages(int n, String romanian, String english) {
        assertEquals(romanian, Messages.text(Language.RO, "count.days", n));
        assertEquals(english, Messages.text(Language.EN, "count.days", n));
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1 an, 1 lună",
            "8, 8 ani, 8 luni",
            "20, 20 de ani, 20 de luni",
    })
    void yearsAndMonthsInRomanian(int n, String years, String months) {
        assertEquals(years, Messages.text(Language.RO, "count.years", n));
        assertEquals(months, Messages.text(Language.RO, "count.months", n));
    }
}
