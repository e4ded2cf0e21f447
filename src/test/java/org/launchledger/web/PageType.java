package org.launchledger.web;

import java.util.List;

/**
 * One of each kind of page the app serves, with the status it answers: what the markup checkers
 * (html-validate, axe-core) go through.
 *
 * @param name a short name, used for saved files and test names
 * @param path the path and query to request
 * @param status the HTTP status the page answers with
 */
public record PageType(String name, String path, int status) {

    /** Every page type, including the error pages. */
    public static final List<PageType> ALL = List.of(
            new PageType("timeline", "/", 200),
            new PageType("timeline-bad-filter", "/?from=abc&vehicle=soyuz", 400),
            new PageType("missions", "/missions", 200),
            new PageType("missions-bad-page", "/missions?page=bogus", 400),
            new PageType("mission-crewed", "/missions/demo-2", 200),
            new PageType("mission-aborted", "/missions/soyuz-ms-10", 200),
            new PageType("vehicles", "/vehicles", 200),
            new PageType("vehicle", "/vehicles/soyuz", 200),
            new PageType("spacecraft", "/spacecraft/crew-dragon-endeavour", 200),
            new PageType("people", "/people", 200),
            new PageType("person", "/people/peggy-whitson", 200),
            new PageType("mission-history", "/missions/demo-2/history", 200),
            new PageType("person-history", "/people/peggy-whitson/history", 200),
            new PageType("expedition", "/expeditions/1", 200),
            new PageType("search", "/search?q=soyuz", 200),
            new PageType("search-nothing-found", "/search?q=xyzzy", 200),
            new PageType("search-expeditions", "/search?q=expediții&lang=ro", 200),
            new PageType("search-one-expedition", "/search?q=expedition+64", 200),
            new PageType("search-day", "/search?q=2011-07-08", 200),
            new PageType("search-month-ro", "/search?q=2011-08&lang=ro", 200),
            new PageType("search-bad-date", "/search?q=2011-02-30", 400),
            new PageType("search-other-name", "/search?q=Новицкий", 200),
            new PageType("stats", "/stats", 200),
            new PageType("present", "/present", 200),
            new PageType("present-slide", "/present/1", 200),
            new PageType("present-slide-ro", "/present/1?lang=ro", 200),
            new PageType("login", "/login", 200),
            new PageType("login-failed", "/login?error=true", 200),
            new PageType("signup", "/signup", 200),
            new PageType("on-this-day", "/on/2011-07-15", 200),
            new PageType("on-this-day-ro", "/on/2018-11-01?lang=ro", 200),
            new PageType("on-this-day-bad-date", "/on/1998-11-19", 400),
            new PageType("embed-timeline", "/embed/timeline?from=2011&to=2020", 200),
            new PageType("embed-timeline-ro", "/embed/timeline?lang=ro", 200),
            new PageType("not-found", "/no-such-page", 404));

    /**
     * The pages only a signed-in editor or admin reaches (forms, review, accounts, import), each
     * also in Romanian: the browser tests sign in as the admin account before opening them. The
     * English ones name their language, since the one signed-in browser keeps the last choice.
     */
    public static final List<PageType> SIGNED_IN = List.of(
            new PageType("new-mission-form", "/contribute/missions/new?lang=en", 200),
            new PageType("new-mission-form-ro", "/contribute/missions/new?lang=ro", 200),
            new PageType("mission-edit-form", "/missions/demo-2/edit?lang=en", 200),
            new PageType("mission-edit-form-ro", "/missions/demo-2/edit?lang=ro", 200),
            new PageType("person-edit-form", "/people/peggy-whitson/edit?lang=en", 200),
            new PageType("vehicle-edit-form", "/vehicles/soyuz/edit?lang=en", 200),
            new PageType("vehicle-edit-form-ro", "/vehicles/soyuz/edit?lang=ro", 200),
            new PageType("stand-down-form", "/stand-downs/new?lang=en", 200),
            new PageType("review-queue", "/review?lang=en", 200),
            new PageType("review-queue-ro", "/review?lang=ro", 200),
            new PageType("my-changes", "/review/mine?lang=en", 200),
            new PageType("accounts", "/admin/users?lang=en", 200),
            new PageType("accounts-ro", "/admin/users?lang=ro", 200),
            new PageType("import", "/admin/import?lang=en", 200),
            new PageType("import-ro", "/admin/import?lang=ro", 200));

    /** All page types, as a JUnit {@code @MethodSource}. */
    public static List<PageType> all() {
        return ALL;
    }

    /** The signed-in page types, as a JUnit {@code @MethodSource}. */
    public static List<PageType> signedIn() {
        return SIGNED_IN;
    }

    @Override
    public String toString() {
        return name + " " + path;
    }
}
