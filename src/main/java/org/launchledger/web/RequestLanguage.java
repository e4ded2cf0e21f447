package org.launchledger.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The language of the request being answered, and the addresses of this page in the other
 * languages (for the switcher and {@code <link rel="alternate" hreflang>}). Templates read it as
 * {@code {inject:language...}}; {@link LanguageFilters} fills it in.
 */
@RequestScoped
@Named("language")
public class RequestLanguage {

    private Language language = Language.EN;
    private String path = "/";
    private String rawQuery;

    /** The language a raw request asks for ({@link Language#choose}), outside Quarkus REST too. */
    public static Language of(HttpServerRequest request) {
        io.vertx.core.http.Cookie cookie = request.getCookie(Language.PARAMETER);
        return Language.choose(queryLanguage(request), cookie == null ? null : cookie.getValue(),
                request.getHeader("Accept-Language"));
    }

    /** Whether the query itself names one of our languages (the switcher's link): then it is remembered. */
    static boolean queryChoice(HttpServerRequest request) {
        return Language.of(queryLanguage(request)).isPresent();
    }

    /** The query's {@code lang}; none when the address cannot be decoded (a broken %-escape). */
    private static String queryLanguage(HttpServerRequest request) {
        try {
            return request.getParam(Language.PARAMETER);
        } catch (RuntimeException undecodable) {
            return null;
        }
    }

    void set(Language language, HttpServerRequest request) {
        this.language = language;
        this.path = request.path();
        this.rawQuery = request.query();
    }

    public Language get() {
        return language;
    }

    /** "en" or "ro", for {@code <html lang>}. */
    public String tag() {
        return language.tag();
    }

    /** The languages other than this one, for the switcher. */
    public List<Language> others() {
        return Language.all().stream().filter(l -> l != language).toList();
    }

    /**
     * This page in {@code other}: the same path and query (as sent, never decoded), with
     * {@code lang} set. Following it sets the reader's cookie too.
     */
    public String href(Language other) {
        List<String> pairs = new ArrayList<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            if (!pair.isEmpty() && !pair.split("=", 2)[0].equals(Language.PARAMETER)) {
                pairs.add(pair);
            }
        }
        pairs.add(Language.PARAMETER + "=" + URLEncoder.encode(other.tag(), StandardCharsets.UTF_8));
        return path + "?" + String.join("&", pairs);
    }
}
