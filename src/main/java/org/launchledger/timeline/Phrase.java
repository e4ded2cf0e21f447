package org.launchledger.timeline;

/**
 * A change in words, with the mission it names kept apart so a page can link it ("the landing of "
 * + STS-135 + ", the last Space Shuttle flight"), and a quote from the data kept apart so a page can
 * mark its language where it differs from the page's ({@code quoteLanguage}, a BCP 47 tag; null when
 * the data gives the quote in the page's language). {@code unverifiedWord}, in the page's language, marks
 * the linked mission where its sources have yet to confirm it.
 */
public record Phrase(String before, LedgerMission mission, String quote, String quoteLanguage, String after,
                     String unverifiedWord) {

    /** The phrase as plain text, for an SVG title. */
    public String text() {
        return before + (mission == null ? "" : mission.designation()) + (quote == null ? "" : quote) + after;
    }

    /** The phrase as HTML: the mission linked, a quote in another language marked as such. */
    public String html() {
        String quoted = quote == null ? "" : quoteLanguage == null ? Html.escape(quote)
                : "<span lang=\"" + quoteLanguage + "\">" + Html.escape(quote) + "</span>";
        return Html.escape(before) + (mission == null ? "" : Html.link(mission, unverifiedWord)) + quoted + Html.escape(after);
    }
}
