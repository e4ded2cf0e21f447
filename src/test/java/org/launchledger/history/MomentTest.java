package org.launchledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MomentTest {

    @Test
    void keepsTheSourcesPrecision() {
        assertEquals(Precision.DAY, Moment.parse("2003-02-01").precision());
        assertEquals(Precision.MINUTE, Moment.parse("2020-05-30T19:22Z").precision());
        assertEquals(Precision.SECOND, Moment.parse("2011-07-21T09:57:54Z").precision());
    }

    @Test
    void printsNoTimeOfDayTheSourceDidNotGive() {
        assertEquals("2003-02-01", Moment.parse("2003-02-01").iso());
        assertEquals("2020-05-30T19:22Z", Moment.parse("2020-05-30T19:22Z").iso());
        assertEquals("2011-07-21T09:57:54Z", Moment.parse("2011-07-21T09:57:54Z").iso());
        assertFalse(Moment.parse("2003-02-01").hasTime());
        assertTrue(Moment.parse("2020-05-30T19:22Z").hasTime());
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThrows(IllegalArgumentException.class, () -> Moment.parse("30/05/2020"));
    }

    @Test
    void slugsAreAsciiWordsJoinedByDashes() {
        assertEquals("soyuz-tma-01m", Slugs.of("Soyuz TMA-01M"));
        assertEquals("guy-laliberte", Slugs.of("Guy Laliberté"));
        assertEquals("alper-gezeravci", Slugs.of("Alper Gezeravcı"));
    }
}
