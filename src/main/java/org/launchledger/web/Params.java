package org.launchledger.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads query parameters as text and checks them, so a bad value is a clear 400, never a 500. */
public final class Params {

    public static final int MIN_YEAR = 1957;
    public static final int MAX_YEAR = 2100;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Params() {
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (isBlank(value)) {
            return defaultValue;
        }
        Integer parsed = parseInt(value.trim());
        if (parsed == null || parsed < min || parsed > max) {
            throw new BadParameterException(name, "whole-number", String.valueOf(min), String.valueOf(max),
                    abbreviate(value));
        }
        return parsed;
    }

    /** A year, or null when absent. */
    public static Integer year(String name, String value) {
        return isBlank(value) ? null : integer(name, value, 0, MIN_YEAR, MAX_YEAR);
    }

    /** A year ("2011") or an ISO date ("2011-07-21"); a year means its first day, or its last with {@code end}. */
    public static LocalDate yearOrDate(String name, String value, boolean end) {
        if (isBlank(value)) {
            return null;
        }
        String v = value.trim();
        try {
            // A year out of range breaks the same rule as a bad date: one message says what the field takes.
            LocalDate date;
            if (v.matches("\\d{4}")) {
                int year = Integer.parseInt(v);
                date = end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            } else {
                date = LocalDate.parse(v);
            }
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new DateTimeParseException("out of range", v, 0);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "year-or-date", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR),
                    abbreviate(value));
        }
    }

    /** One of the given codes (case-insensitive), or null when absent. */
    public static <T> T oneOf(String name, String value, T[] choices, Function<T, String> code) {
        if (isBlank(value)) {
            return null;
        }
        return Arrays.stream(choices)
                .filter(c -> code.apply(c).equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new BadParameterException(name, "one-of",
                        Arrays.stream(choices).map(code).collect(Collectors.joining(", ")), abbreviate(value)));
    }

    /**
     * An ISO 3166 alpha-2 country code, upper-cased, or null when absent.
     *
     * @throws BadParameterException when the value is not a code ISO 3166 assigns (ZZ, USA)
     */
    public static String country(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new BadParameterException(name, "country", abbreviate(value));
        }
        return code;
    }

    /** Free text, limited in length so a search stays cheap. */
    public static String text(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > 100) {
            throw new BadParameterException(name, "max-length", 100);
        }
        return value.trim();
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static Integer parseInt(String value) {
        if (!value.matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(value);
    }

    /** Echo at most a few characters of what the user sent, never a whole payload. */
    public static String abbreviate(String value) {
        String v = value.strip();
        return v.length() > 20 ? v.substring(0, 20) + "…" : v;
    }
}
