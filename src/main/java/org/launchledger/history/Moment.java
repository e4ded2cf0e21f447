package org.launchledger.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * An instant in UTC together with the precision its source gave. Plain Java, so the pure
 * access analysis and the entities can share it.
 */
public record Moment(Instant at, Precision precision) implements Comparable<Moment> {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    public Moment {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(precision, "precision");
    }

    /** Reads {@code 2003-02-01}, {@code 2020-05-30T19:22Z} or {@code 2020-05-30T19:22:45Z}. */
    public static Moment parse(String text) {
        String s = text.trim();
        try {
            if (s.length() == 10) {
                return ofDay(LocalDate.parse(s));
            }
            Instant at = Instant.parse(s.length() == 17 ? s.substring(0, 16) + ":00Z" : s);
            return new Moment(at, s.length() == 17 ? Precision.MINUTE : Precision.SECOND);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a UTC date or instant: " + text, e);
        }
    }


    /** The start of a UTC day, at day precision. */
    public static Moment ofDay(LocalDate day) {
        return new Moment(day.atStartOfDay(ZoneOffset.UTC).toInstant(), Precision.DAY);
    }

    /** Null when the stored instant is null: an unknown or not-applicable value. */
    public static Moment of(Instant at, Precision precision) {
        return at == null ? null : new Moment(at, precision == null ? Precision.SECOND : precision);
    }

    /** ISO-8601 in UTC, cut to the stored precision. */
    public String iso() {
        return switch (precision) {
            case DAY -> DAYS.format(at);
            case MINUTE -> MINUTES.format(at);
            case SECOND -> SECONDS.format(at);
        };
    }

    public LocalDate date() {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public boolean hasTime() {
        return precision != Precision.DAY;
    }

    /** The coarser of two precisions: a difference is only as precise as its least precise end. */
    public Precision coarser(Moment other) {
        return precision.compareTo(other.precision) <= 0 ? precision : other.precision;
    }


    @Override
    public int compareTo(Moment other) {
        return at.compareTo(other.at);
    }

    @Override
    public String toString() {
        return iso();
    }
}
