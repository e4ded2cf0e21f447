package org.launchledger.timeline;

import org.launchledger.history.Mission;

/**
 * A change in words, with the mission it names kept apart so a page can link it ("the landing of "
 * + STS-135 + ", the last Space Shuttle flight"), and a quote from the data kept apart so a page can
 * mark its language (a stand-down's reason is recorded in English).
 */
public record Phrase(String before, Mission mission, String quote, String after) {

    /** The phrase as plain text, for an SVG title. */
    public String text() {
        return before + (mission == null ? "" : mission.designation) + (quote == null ? "" : quote) + after;
    }

    /** The phrase as HTML: the mission linked, the quote marked as English. */
    public String html() {
        return Html.escape(before) + (mission == null ? "" : Html.link(mission))
                + (quote == null ? "" : "<span lang=\"en\">" + Html.escape(quote) + "</span>") + Html.escape(after);
    }
}
