package org.launchledger.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.launchledger.history.MissionQuery;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Precision;
import org.launchledger.history.Span;

/**
 * How pages write dates, lengths of time, countries and outcomes, so templates stay
 * declarative. Dates are UTC and never more precise than their source.
 */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** "30 May 2020, 19:22 UTC"; only the date ("1 February 2003") when the source gave no time. */
    public static String human(Moment moment) {
        return switch (moment.precision()) {
            case DAY -> DAY.format(moment.at());
            case MINUTE -> MINUTE.format(moment.at());
            case SECOND -> SECOND.format(moment.at());
        };
    }

    /** The UTC date alone, "2020-05-30", for tables. */
    public static String day(Moment moment) {
        return SHORT.format(moment.at());
    }

    public static String precisionNote(Moment moment) {
        return "to the " + moment.precision().name().toLowerCase(Locale.ROOT);
    }

    /**
     * "12d 19h"; "19 min" under an hour, "5h 12m" under a day; only whole days ("about 13d")
     * when either end is a bare date.
     */
    public static String dh(Span span) {
        Duration d = span.length();
        if (span.precision() == Precision.DAY) {
            return "about " + Math.round(d.toMinutes() / 1440.0) + "d";
        }
        long minutes = Math.round(d.toSeconds() / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + "h " + minutes % 60 + "m";
        }
        long hours = Math.round(d.toSeconds() / 3600.0);
        return hours / 24 + "d " + hours % 24 + "h";
    }

    /** The time between two moments as {@link #dh(Span)} writes it; empty when either is unknown. */
    @TemplateExtension(namespace = "fmt")
    public static String elapsed(Moment from, Moment to) {
        Span span = Span.between(from, to);
        return span == null ? "" : dh(span);
    }

    /** "2 years, 5 months, 25 days" between the dates of two moments; empty when either is unknown. */
    @TemplateExtension(namespace = "fmt")
    public static String ymd(Moment from, Moment to) {
        if (from == null || to == null) {
            return "";
        }
        Period p = Period.between(from.date(), to.date());
        List<String> parts = new ArrayList<>();
        addUnit(parts, p.getYears(), "year");
        addUnit(parts, p.getMonths(), "month");
        addUnit(parts, p.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(", ", parts);
    }

    private static void addUnit(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }

    /** The English name of an ISO 3166 alpha-2 code ("RU" → "Russia"); the code itself if unknown. */
    @TemplateExtension(namespace = "fmt")
    public static String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            String name = new Locale.Builder().setRegion(code.trim()).build().getDisplayCountry(Locale.ENGLISH);
            return name.isEmpty() ? code : name;
        } catch (IllformedLocaleException e) {
            return code;
        }
    }

    /** "launch-abort" → "Launch abort": the code, said in words. */
    public static String label(Outcome outcome) {
        String words = outcome.code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String label(MissionQuery.Sort sort) {
        return switch (sort) {
            case LAUNCH -> "Launch date";
            case DURATION -> "Longest flight";
            case CREW -> "Largest crew";
        };
    }

    /** A short name for a source link: "Wikipedia: Soyuz MS-10", else the site ("spacenews.com"). */
    @TemplateExtension(namespace = "fmt")
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
