package org.launchledger.access;

import org.launchledger.history.Mission;

/**
 * A change in words, with the mission it names kept apart so a page can link it:
 * "the landing of " + STS-135 + ", the last Space Shuttle flight".
 */
public record Phrase(String before, Mission mission, String after) {

    public String text() {
        return before + (mission == null ? "" : mission.designation) + after;
    }
}
