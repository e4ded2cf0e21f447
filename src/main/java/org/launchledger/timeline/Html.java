package org.launchledger.timeline;

import org.launchledger.history.Moment;

/**
 * The few pieces of markup that go inside the timeline's sentences (a linked mission, a date),
 * escaped, so that a sentence stays one message with parameters. Public for the slides of
 * teach/, which write their sentences the same way.
 */
public final class Html {

    private Html() {
    }

    /** The text with the five characters that mean something in HTML written as entities. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The mission's designation, linked to its page, and {@code unverifiedWord} marked after it when its sources
     * have yet to confirm it (as the lists and its own page mark it).
     */
    public static String link(LedgerMission mission, String unverifiedWord) {
        return "<a class=\"designation\" href=\"/missions/" + escape(mission.slug()) + "\">" + escape(mission.designation()) + "</a>"
                + (mission.unverified() ? " <span class=\"unverified\">" + escape(unverifiedWord) + "</span>" : "");
    }

    /** {@code <time>} with the exact moment for machines and the date in words for people. */
    public static String time(Moment moment, String shown) {
        return "<time datetime=\"" + escape(moment.iso()) + "\">" + escape(shown) + "</time>";
    }

    /** The text, escaped, in {@code <strong>}. */
    public static String strong(String text) {
        return "<strong>" + escape(text) + "</strong>";
    }
}
