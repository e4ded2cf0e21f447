package org.launchledger.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.launchledger.history.MissionQuery;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Precision;
import org.launchledger.history.Search;
import org.launchledger.history.Span;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/**
 * The one place that writes dates, lengths of time, countries and outcomes, in either language.
 * Dates are UTC and never more precise than their source; words and plurals come from the
 * message files ({@link Messages}). Templates reach these through {@link FormatExtensions}.
 */
public final class Formats {

    private record DateFormats(DateTimeFormatter day, DateTimeFormatter minute, DateTimeFormatter second,
                               DateTimeFormatter month, DateTimeFormatter monthShort, DateTimeFormatter dayAndMonth) {
    }

    private static final Map<Language, DateFormats> DATES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            DATES.put(language, new DateFormats(pattern("d MMMM yyyy", language),
                    pattern("d MMMM yyyy, HH:mm 'UTC'", language), pattern("d MMMM yyyy, HH:mm:ss 'UTC'", language),
                    pattern("LLLL yyyy", language), pattern("LLL", language), pattern("d LLL", language)));
        }
    }

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** The plural of days ({@link #ymd}), which {@link #prepare} formats in every language. */
    static final String DAYS = "count.days";

    /**
     * Reads, for every language, what formatting needs the first time it runs: the message files, ICU's plural
     * rules and number formats for their plurals, java.time's month names (about 0.4 s of CPU in a new JVM,
     * JFR at start-up), which the first page would otherwise spend. {@link Main} calls this on a thread of its
     * own while the app starts.
     *
     * @throws IllegalStateException a language's files lack {@link #DAYS}, so nothing of ICU's
     *                               plurals would be prepared (the bundle tests keep that from happening)
     */
    public static void prepare() {
        for (Language language : Language.values()) {
            if (!Messages.keys(language).contains(DAYS)) {
                throw new IllegalStateException("no message '" + DAYS + "' in " + language);
            }
            Messages.text(language, DAYS, 2);
            DATES.get(language).day().format(Instant.EPOCH);
        }
    }

    private static DateTimeFormatter pattern(String pattern, Language language) {
        return DateTimeFormatter.ofPattern(pattern, language.locale).withZone(ZoneOffset.UTC);
    }

    /**
     * "30 May 2020, 19:22 UTC" / "30 mai 2020, 19:22 UTC"; only the date ("21 iulie 2011") when the
     * source gave no time of day.
     */
    public static String human(Moment moment, Language language) {
        DateFormats formats = DATES.get(language);
        return switch (moment.precision()) {
            case DAY -> formats.day().format(moment.at());
            case MINUTE -> formats.minute().format(moment.at());
            case SECOND -> formats.second().format(moment.at());
        };
    }

    /** What a search's launch dates name: "2011", "July 2011" / "iulie 2011", "8 July 2011" / "8 iulie 2011". */
    public static String named(Search.LaunchDates dates, Language language) {
        DateFormats formats = DATES.get(language);
        return dates.oneDay() ? formats.day().format(dates.from())
                : dates.oneMonth() ? formats.month().format(dates.from()) : dates.year();
    }

    /** A month's short name, for a chart's axis: "Jul" / "iul.". */
    public static String monthShort(LocalDate month, Language language) {
        return DATES.get(language).monthShort().format(month);
    }

    /** A UTC date written out, as in a sentence: "29 March 2005" / "29 martie 2005". */
    public static String human(LocalDate date, Language language) {
        return DATES.get(language).day().format(date);
    }

    /** A day and its month's short name, for a chart's axis: "1 Jul" / "1 iul.". */
    public static String dayAndMonth(LocalDate day, Language language) {
        return DATES.get(language).dayAndMonth().format(day);
    }

    /** The UTC date alone, "2020-05-30", for tables: the same in every language. */
    public static String day(Moment moment) {
        return SHORT.format(moment.at());
    }

    /** "to the minute" / "la minut": how precise the source was. */
    public static String precisionNote(Moment moment, Language language) {
        return Messages.text(language, "format.precision." + moment.precision().name().toLowerCase(Locale.ROOT));
    }

    /**
     * "12d 19h" / "12 z 19 h"; minutes under an hour, hours and minutes under a day; only whole days
     * ("about 13d") when either end is a bare date.
     */
    public static String dh(Span span, Language language) {
        Duration d = span.length();
        if (span.precision() == Precision.DAY) {
            return Messages.text(language, "format.duration.about-days", Math.round(d.toMinutes() / 1440.0));
        }
        long minutes = Math.round(d.toSeconds() / 60.0);
        if (minutes < 60) {
            return Messages.text(language, "format.duration.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return Messages.text(language, "format.duration.hours-minutes", minutes / 60, minutes % 60);
        }
        long hours = Math.round(d.toSeconds() / 3600.0);
        return Messages.text(language, "format.duration.days-hours", hours / 24, hours % 24);
    }

    /** The time between two moments as {@link #dh} writes it; empty when either is unknown. */
    public static String elapsed(Moment from, Moment to, Language language) {
        Span span = Span.between(from, to);
        return span == null ? "" : dh(span, language);
    }

    /**
     * "8 years, 10 months, 9 days" / "8 ani, 10 luni și 9 zile" between the dates of two moments,
     * by each language's plural rules; empty when either is unknown.
     */
    public static String ymd(Moment from, Moment to, Language language) {
        if (from == null || to == null) {
            return "";
        }
        Period p = Period.between(from.date(), to.date());
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(Messages.text(language, "count.years", p.getYears()));
        }
        if (p.getMonths() != 0) {
            parts.add(Messages.text(language, "count.months", p.getMonths()));
        }
        if (p.getDays() != 0 || parts.isEmpty()) {
            parts.add(Messages.text(language, DAYS, p.getDays()));
        }
        return joined(parts, "count.join.last", language);
    }

    /** "a, b and c" / "a, b și c": a list of names as each language writes it. */
    public static String list(List<String> items, Language language) {
        return joined(items, "list.join.last", language);
    }

    /**
     * The items joined by commas, the last by the message {@code lastKey}: lists of names take "and" in English,
     * where durations stay "12 years, 7 months, 17 days".
     */
    private static String joined(List<String> items, String lastKey, Language language) {
        if (items.isEmpty()) {
            return "";
        }
        String text = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            text = Messages.text(language, i == items.size() - 1 ? lastKey : "count.join.two", text, items.get(i));
        }
        return text;
    }

    /**
     * The name of an ISO 3166 alpha-2 code in the language ("RU" → "Russia" / "Rusia"); the message
     * files may give a shorter common name ("Statele Unite"); the code itself if unknown.
     */
    public static String country(String code, Language language) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = "country." + code.trim().toUpperCase(Locale.ROOT);
        if (Messages.keys(language).contains(key)) {
            return Messages.text(language, key);
        }
        try {
            String name = new Locale.Builder().setRegion(code.trim()).build().getDisplayCountry(language.locale);
            return name.isEmpty() ? code : name;
        } catch (IllformedLocaleException e) {
            return code;
        }
    }

    /**
     * A vehicle family's name as the language writes it ("Soyuz" / "Soiuz"); the name in the data
     * for a vehicle the message files do not name.
     */
    public static String vehicle(Vehicle vehicle, Language language) {
        return vehicle(vehicle.slug, vehicle.name, language);
    }

    /** A vehicle family's name by its slug, as the language writes it; {@code name} where the message files have none. */
    public static String vehicle(String slug, String name, Language language) {
        return orAsWritten("vehicle.name." + slug, name, language);
    }

    /**
     * A vehicle family's name as it stands inside a sentence, as subject or object: "the Space Shuttle" (English
     * gives it an article, as it does not to Soyuz), "naveta spațială" (Romanian writes a common noun in lower case
     * there); {@link #vehicle} where the message files give no such form. Adjectival uses ("the last Space Shuttle
     * flight") take {@link #vehicle}.
     */
    public static String vehicleInText(String slug, String name, Language language) {
        return orAsWritten("vehicle.in-text." + slug, vehicle(slug, name, language), language);
    }

    /**
     * The lead of an airframe's page: "One Crew Dragon airframe" / "O navă Crew Dragon"; a vehicle whose airframes
     * the language names otherwise has its own words ({@code vehicle.one-airframe.<slug>}: "Un orbiter al navetei
     * spațiale").
     */
    public static String oneAirframe(String slug, String name, Language language) {
        return orAsWritten("vehicle.one-airframe." + slug,
                Messages.text(language, "vehicles.spacecraft.one", vehicle(slug, name, language)), language);
    }

    /**
     * What an airframe's name follows in "the flights of ...": "Crew Dragon" / "navei Crew Dragon"; a vehicle whose
     * airframes the language names otherwise has its own words ({@code vehicle.airframe-of.<slug>}: "orbiterului").
     */
    public static String airframeOf(String slug, String name, Language language) {
        return orAsWritten("vehicle.airframe-of." + slug,
                Messages.text(language, "vehicles.spacecraft.of", vehicle(slug, name, language)), language);
    }

    /** {@code text} with its first letter in upper case, for a sentence or title that begins with a phrase. */
    public static String sentenceStart(String text, Language language) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(language.locale) + text.substring(1);
    }

    /**
     * A crew seat's role in the language ("Flight Engineer" / "Inginer de zbor"); a role the
     * message files do not name, as the data writes it.
     */
    public static String role(String role, Language language) {
        return role == null || role.isBlank() ? "" : orAsWritten("role." + keyOf(role), role, language);
    }

    /**
     * A vehicle variant in the language ("Space Shuttle orbiter" / "orbiter al navetei spațiale"); a variant
     * the message files do not name (most are proper names, "Soyuz-MS"), as the data writes it.
     */
    public static String variant(String variant, Language language) {
        return variant == null || variant.isBlank() ? "" : orAsWritten("vehicle.variant." + keyOf(variant), variant, language);
    }

    /** The end of a message key for data text (English): "Flight Engineer" → "flight-engineer". */
    private static String keyOf(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The message {@code key} in the language, or the data's own {@code text} where no file has the key. */
    private static String orAsWritten(String key, String text, Language language) {
        return Messages.keys(language).contains(key) ? Messages.text(language, key) : text;
    }

    /**
     * Words the data itself holds in both languages (a stand-down's reason, a vehicle's notes):
     * the Romanian where the page is Romanian and the data has it, else the English.
     */
    public static String text(String english, String romanian, Language language) {
        return language == Language.RO && romanian != null && !romanian.isBlank() ? romanian : english;
    }

    /** A stand-down's reason in the language. */
    public static String reason(StandDown standDown, Language language) {
        return reason(standDown.reason, standDown.reasonRo, language);
    }

    /** A stand-down's reason in the language, from its English and Romanian (null where the data has none). */
    public static String reason(String reason, String reasonRo, Language language) {
        return text(reason, reasonRo, language);
    }

    /**
     * A country in a few letters, for a narrow label ("US" / "SUA"); the ISO code where the message
     * files give no short name.
     */
    public static String countryShort(String code, Language language) {
        String key = "country.short." + code.trim().toUpperCase(Locale.ROOT);
        return Messages.keys(language).contains(key) ? Messages.text(language, key) : code;
    }

    /** "Launch abort" / "Lansare eșuată": the outcome, said in words. */
    public static String label(Outcome outcome, Language language) {
        return Messages.text(language, "outcome." + outcome.code);
    }

    /** What the outcome means, in a sentence. */
    public static String explanation(Outcome outcome, Language language) {
        return Messages.text(language, "outcome.explained." + outcome.code);
    }

    /** "Launch date" / "Data lansării": a sort order's name. */
    public static String label(MissionQuery.Sort sort, Language language) {
        return Messages.text(language, "sort." + sort.code());
    }

    /** A short name for a source link: "Wikipedia: Soyuz MS-10", else the site ("spacenews.com"). */
    public static String sourceName(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            String host = uri.getHost() == null ? url : uri.getHost().replaceFirst("^www\\.", "");
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (host.endsWith("wikipedia.org") && path.startsWith("/wiki/")) {
                return "Wikipedia: " + java.net.URLDecoder.decode(path.substring(6), StandardCharsets.UTF_8).replace('_', ' ');
            }
            return host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Text made safe for a query string ("Peggy Whitson" → "Peggy+Whitson"). */
    public static String asQueryValue(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
