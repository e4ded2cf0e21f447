package org.launchledger.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the product speaks, and how a request chooses one: {@code ?lang=} first, then
 * the cookie the language switcher sets, then {@code Accept-Language}, else English. An unknown
 * or malformed value is ignored, never an error.
 */
public enum Language {
    EN(Locale.ENGLISH),
    RO(Locale.forLanguageTag("ro"));

    /** The query parameter and the cookie that carry a reader's choice. */
    public static final String PARAMETER = "lang";

    public final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The BCP 47 tag: "en", "ro". */
    public String tag() {
        return locale.toLanguageTag();
    }

    /** The language a tag names ("ro", "RO", "ro-RO"); empty for anything else. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.locale.getLanguage().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale, English when it is none of ours. */
    public static Language of(Locale locale) {
        return locale == null ? EN : of(locale.getLanguage()).orElse(EN);
    }

    /**
     * The reader's language: the query's {@code lang}, else the cookie's, else the first of ours
     * that {@code Accept-Language} ranks above zero, else English.
     */
    public static Language choose(String query, String cookie, String acceptLanguage) {
        return of(query).or(() -> of(cookie)).or(() -> fromAcceptLanguage(acceptLanguage)).orElse(EN);
    }

    private static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Language> language = of(range.getRange());
                if (language.isPresent() && range.getWeight() > 0) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // "en;q=abc": a header we cannot read chooses nothing.
        }
        return Optional.empty();
    }

    /** Every language, for the switcher and the alternate links. */
    public static List<Language> all() {
        return List.of(values());
    }
}
