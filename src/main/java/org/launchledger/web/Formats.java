package org.launchledger.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.launchledger.history.Moment;

/** How pages write dates, durations and countries, so templates stay declarative. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** "2011-07-21", "2020-05-30 19:22 UTC" or "2011-07-21 09:57:54 UTC": never a time the source did not give. */
    public static String display(Moment moment) {
        if (moment == null) {
            return "";
        }
        return switch (moment.precision()) {
            case DAY -> moment.iso();
            case MINUTE -> MINUTES.format(moment.at());
            case SECOND -> SECONDS.format(moment.at());
        };
    }

    /** The calendar date alone. */
    public static String day(Moment moment) {
        return moment == null ? "" : moment.date().toString();
    }

    /** "8 years, 10 months, 9 days" between two moments' dates. */
    public static String calendarSpan(Moment from, Moment to) {
        Period p = Period.between(from.date(), to.date());
        List<String> parts = new ArrayList<>();
        add(parts, p.getYears(), "year");
        add(parts, p.getMonths(), "month");
        add(parts, p.getDays(), "day");
        return parts.isEmpty() ? "less than a day" : String.join(", ", parts);
    }

    /** "182 d 3 h" for a flight; days alone when long. */
    public static String flightTime(Duration d) {
        if (d == null) {
            return "";
        }
        long days = d.toDays();
        long hours = d.minusDays(days).toHours();
        if (days == 0) {
            return hours + " h " + d.minusHours(d.toHours()).toMinutes() + " min";
        }
        return days + " d " + hours + " h";
    }

    /** "Russia" for "RU", in English. */
    public static String countryName(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        return new Locale("", isoCode).getDisplayCountry(Locale.ENGLISH);
    }

    private static void add(List<String> parts, int n, String unit) {
        if (n > 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }
}
