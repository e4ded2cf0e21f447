package org.launchledger.access;

import org.launchledger.history.Moment;

/**
 * A moment at which one vehicle gained or lost crewed access, with the mission that marks it
 * (null where none does, e.g. the loss of Columbia, which was not an ISS flight).
 */
public record Change(Moment at, Kind kind, String vehicle, String country, String mission, String reason,
                     Moment standDownFrom) {

    public enum Kind {
        FIRST_FLIGHT, STAND_DOWN_ENDED, STAND_DOWN_BEGAN, RETIRED;

        public boolean opensAccess() {
            return this == FIRST_FLIGHT || this == STAND_DOWN_ENDED;
        }
    }

    /** How the API names it: the mission's slug, or else the stand-down, by vehicle and start. */
    public String reference() {
        if (mission != null) {
            return mission;
        }
        return standDownFrom == null ? vehicle + ":" + at.iso() : "stand-down:" + vehicle + ":" + standDownFrom.iso();
    }
}
