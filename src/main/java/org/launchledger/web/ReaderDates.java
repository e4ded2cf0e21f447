package org.launchledger.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.launchledger.history.Search;

/**
 * Launch dates as readers type them into the search box, in English or Romanian whatever the page's language:
 * a year ("2011"), a month ("2011-07", "July 2011", "iulie 2011") or a day ("2011-07-08", "8 July 2011",
 * "July 8, 2011", "8 iulie 2011", "8.07.2011", the Romanian numeric form, "2011/07/08"). Month names come from
 * java.time's (CLDR) names, full or short ("Jul", "iul."), before or after the year. Days are UTC calendar days, as
 * the ledger's launch dates are. Numbers alone with the day or month first and slashes or dashes ("07/08/2011",
 * "8-7-2011") are refused with a hint: they mean one day in the United States and another in Europe.
 */
final class ReaderDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern SLASHED_ISO = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    /** Day and month in an order only the writer knows (8/7/2011), or a year in two digits (8.07.11). */
    private static final Pattern UNCLEAR = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{2}|\\d{4})");
    /** A month and its year: 07/2011. */
    private static final Pattern SLASHED_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Map<String, Month> MONTHS = monthNames();

    private ReaderDates() {
    }

    /**
     * The launch dates {@code words} name together (one to three words of a search text, as typed; commas are
     * ignored), or empty when they do not have a date's form or its year is outside {@link Params#MIN_YEAR}..
     * {@link Params#MAX_YEAR}. {@code alone}: they are the whole search text. Beside other words, a number that is
     * no day of that month (0, 31 April, 32 to 99) is not a day but part of a name: "Expedition 64 December 2020",
     * "Expedition 30 February 2012".
     *
     * @throws BadParameterException ({@code q}) with rule {@code calendar-day} when they have a date's form but
     *                               name a day or month the calendar does not have ("2011-02-30", "31 April 2011"
     *                               alone), or {@code date-form} when they are a date the search cannot read for
     *                               certain ("8/7/2011", "8-7-2011": day or month first; "8.07.11": which century)
     */
    static Optional<Search.LaunchDates> read(List<String> words, boolean alone) {
        List<String> w = words.stream().map(s -> s.replace(",", "").toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        String phrase = String.join(" ", words);
        return switch (w.size()) {
            case 1 -> oneWord(w.get(0), phrase);
            case 2 -> month(w.get(0)).flatMap(month -> year(w.get(1)).map(year -> ofMonth(year, month.getValue(), phrase)))
                    .or(() -> year(w.get(0)).flatMap(year -> month(w.get(1)).map(month -> ofMonth(year, month.getValue(), phrase))));
            case 3 -> dayMonthYear(w, phrase, alone);
            default -> Optional.empty();
        };
    }

    private static Optional<Search.LaunchDates> oneWord(String word, String phrase) {
        Matcher iso = ISO.matcher(word);
        if (iso.matches()) {
            return year(iso.group(1)).map(year -> iso.group(2) == null ? Search.LaunchDates.ofYear(year)
                    : iso.group(3) == null ? ofMonth(year, Integer.parseInt(iso.group(2)), phrase)
                    : ofDay(year, Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)), phrase));
        }
        Matcher dotted = DOTTED.matcher(word);
        if (dotted.matches()) {
            return year(dotted.group(3)).map(year ->
                    ofDay(year, Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1)), phrase));
        }
        Matcher slashed = SLASHED_ISO.matcher(word);
        if (slashed.matches()) {
            return year(slashed.group(1)).map(year ->
                    ofDay(year, Integer.parseInt(slashed.group(2)), Integer.parseInt(slashed.group(3)), phrase));
        }
        Matcher slashedMonth = SLASHED_MONTH.matcher(word);
        if (slashedMonth.matches()) {
            return year(slashedMonth.group(2)).map(year -> ofMonth(year, Integer.parseInt(slashedMonth.group(1)), phrase));
        }
        if (UNCLEAR.matcher(word).matches()) {
            throw new BadParameterException("q", "date-form", Params.abbreviate(phrase));
        }
        return Optional.empty();
    }

    /** "8 July 2011", "8 iulie 2011" or "July 8 2011" (its comma already gone). */
    private static Optional<Search.LaunchDates> dayMonthYear(List<String> w, String phrase, boolean alone) {
        Optional<Integer> year = year(w.get(2));
        if (year.isEmpty()) {
            return Optional.empty();
        }
        Optional<Month> monthFirst = month(w.get(0));
        Optional<Month> month = monthFirst.or(() -> month(w.get(1)));
        Matcher day = DAY.matcher(monthFirst.isPresent() ? w.get(1) : w.get(0));
        if (month.isEmpty() || !day.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(day.group(1));
        if (!alone && !isDay(year.get(), month.get(), number)) {
            return Optional.empty();
        }
        return Optional.of(ofDay(year.get(), month.get().getValue(), number, phrase));
    }

    private static boolean isDay(int year, Month month, int day) {
        return day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    /** Whether {@code word} is a month's name in either language, full or short, in any case ("July", "iul."). */
    static boolean isMonth(String word) {
        return month(word.toLowerCase(Locale.ROOT)).isPresent();
    }

    /** Whether {@code word} could be a day of a month before its name: "8", "08", "8th". */
    static boolean isDayNumber(String word) {
        return DAY.matcher(word.toLowerCase(Locale.ROOT)).matches();
    }

    private static Optional<Integer> year(String word) {
        if (!YEAR.matcher(word).matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(word);
        return year < Params.MIN_YEAR || year > Params.MAX_YEAR ? Optional.empty() : Optional.of(year);
    }

    private static Optional<Month> month(String word) {
        return Optional.ofNullable(MONTHS.get(word.endsWith(".") ? word.substring(0, word.length() - 1) : word));
    }

    private static Search.LaunchDates ofMonth(int year, int month, String phrase) {
        try {
            return Search.LaunchDates.ofMonth(YearMonth.of(year, month));
        } catch (DateTimeException e) {
            throw notInCalendar(phrase);
        }
    }

    private static Search.LaunchDates ofDay(int year, int month, int day, String phrase) {
        try {
            return Search.LaunchDates.ofDay(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            throw notInCalendar(phrase);
        }
    }

    private static BadParameterException notInCalendar(String phrase) {
        return new BadParameterException("q", "calendar-day", Params.abbreviate(phrase));
    }

    /** Every month's full and short name in each language, lower case, without the short names' dots. */
    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Language language : Language.values()) {
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE)) {
                    String name = month.getDisplayName(style, language.locale).toLowerCase(language.locale);
                    names.put(name.endsWith(".") ? name.substring(0, name.length() - 1) : name, month);
                }
            }
        }
        return Map.copyOf(names);
    }
}
