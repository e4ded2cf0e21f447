package org.launchledger.access;

import org.launchledger.history.Moment;

/**
 * A maximal interval in which one country alone could fly crews to the ISS (gaps with no access
 * at all, between two of its sole-access segments, belong to it). {@code to} and {@code endedBy}
 * are null while it lasts.
 */
public record Era(String country, Moment from, Moment to, Change startedBy, Change endedBy) {

    public boolean isOpen() {
        return to == null;
    }
}
