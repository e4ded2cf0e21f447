package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.launchledger.history.Search;

/** Launch dates as readers type them into the search box, in English and Romanian, and what is not one. */
class ReaderDatesTest {

    private static Optional<Search.LaunchDates> read(String text) {
        return ReaderDates.read(List.of(text.split(" ")), true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-07-08", "2011-7-8", "8 July 2011", "8 july 2011", "July 8, 2011", "July 8 2011",
            "July 8th, 2011", "8 Jul 2011", "Jul. 8, 2011", "8 iulie 2011", "8 Iulie 2011", "8 iul. 2011", "8.07.2011",
            "08.07.2011", "8.7.2011", "08 July 2011", "8th Jul 2011", "2011/07/08"})
    void aDayIsReadInEitherLanguage(String text) {
        Search.LaunchDates day = read(text).orElseThrow();
        assertEquals(LocalDate.of(2011, 7, 8), day.from(), text);
        assertTrue(day.oneDay(), text);
    }

    @ParameterizedTest
    @CsvSource({
            "2011-07, 2011-07-01, 2011-07-31",
            "July 2011, 2011-07-01, 2011-07-31",
            "iulie 2011, 2011-07-01, 2011-07-31",
            "February 2012, 2012-02-01, 2012-02-29",
            "februarie 2011, 2011-02-01, 2011-02-28",
            "mai 2020, 2020-05-01, 2020-05-31",
            "2012-02, 2012-02-01, 2012-02-29",
            "Sept 2000, 2000-09-01, 2000-09-30",
            "dec. 2000, 2000-12-01, 2000-12-31",
            "2011 July, 2011-07-01, 2011-07-31",
            "07/2011, 2011-07-01, 2011-07-31",
    })
    void aMonthIsItsFirstToItsLastDay(String text, LocalDate from, LocalDate to) {
        Search.LaunchDates month = read(text).orElseThrow();
        assertEquals(new Search.LaunchDates(from, to), month, text);
        assertTrue(month.oneMonth(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"29 February 2012", "2012-02-29", "29.02.2012", "February 29, 2012"})
    void aLeapDayIsADay(String text) {
        assertEquals(LocalDate.of(2012, 2, 29), read(text).orElseThrow().from(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011", "1998", "2030"})
    void aYearIsItsFirstToItsLastDay(String text) {
        Search.LaunchDates year = read(text).orElseThrow();
        assertEquals(LocalDate.of(Integer.parseInt(text), 1, 1), year.from());
        assertEquals(LocalDate.of(Integer.parseInt(text), 12, 31), year.to());
        assertEquals(text, year.year());
        assertTrue(!year.oneDay() && !year.oneMonth(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-02-30", "2011-13", "2011-13-01", "2011-00-10", "30 February 2011", "31 April 2011",
            "31 aprilie 2011", "February 30, 2011", "31.04.2011", "8.13.2011", "29.02.2011",
            "32 July 2011", "0 July 2011", "00 July 2011", "64 December 2020", "December 64, 2020", "13/2011", "0/2011",
            "00/2011", "2011/13/01", "2011/02/30"})
    void aDateTheCalendarDoesNotHaveIsAnErrorNamingTheText(String text) {
        BadParameterException e = assertThrows(BadParameterException.class, () -> read(text));
        assertEquals("q", e.parameter);
        assertTrue(e.rule(Language.EN).contains("'" + text + "'"), e.rule(Language.EN));
        assertTrue(e.rule(Language.EN).contains("21 July 2011"), e.rule(Language.EN));
        assertTrue(e.rule(Language.RO).contains("21 iulie 2011"), e.rule(Language.RO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"07/08/2011", "8/7/2011", "8-7-2011", "08-07-2011", "8.07.11", "7/8/11"})
    void dayAndMonthInAnOrderOnlyTheWriterKnowsAreRefusedWithAHint(String text) {
        BadParameterException e = assertThrows(BadParameterException.class, () -> read(text));
        assertEquals("q", e.parameter);
        assertTrue(e.rule(Language.EN).contains("cannot read for certain") && e.rule(Language.EN).contains("21 July 2011"),
                e.rule(Language.EN));
        assertTrue(e.rule(Language.RO).contains("21 iulie 2011"), e.rule(Language.RO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"64 December 2020", "32 July 2011", "0 July 2011", "30 February 2012", "31 April 2012"})
    void besideOtherWordsANumberThatIsNoDayIsPartOfAName(String text) {
        assertEquals(Optional.empty(), ReaderDates.read(List.of(text.split(" ")), false), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soyuz", "July", "8 July", "Soyuz 2011 July", "1900", "1900-07-08",
            "8 July 1900", "July 2101", "12345", "2011-07-08-01", "STS-135", "8 soyuz 2011", "july july 2011", "8 july 2011 x",
            "soyuz ms 22", "0/2011x", "2011/07/08/01"})
    void otherWordsAreNotADate(String text) {
        assertEquals(Optional.empty(), read(text), text);
    }
}
