package org.launchledger.history;

import java.util.Arrays;
import java.util.Optional;

/** How a mission ended, with the codes the reference data and the API use. */
public enum Outcome {
    NOMINAL("nominal", "Flew to the ISS and came home as planned."),
    LAUNCH_ABORT("launch-abort", "The launch failed; the crew escaped and never reached the station."),
    CREW_RETURNED_ON_OTHER_VEHICLE("crew-returned-on-other-vehicle", "Reached the ISS, but its crew came home on another spacecraft."),
    IN_PROGRESS("in-progress", "In flight: the crew has not come home yet."),
    PLANNED("planned", "Not launched yet."),
    OTHER("other", "An unusual flight: see the notes and sources.");

    public final String code;
    public final String explanation;

    Outcome(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    public static Optional<Outcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equalsIgnoreCase(code)).findFirst();
    }

    /** A launch abort opens no access: the flight never reached the station. */
    public boolean reachedStation() {
        return this != LAUNCH_ABORT && this != PLANNED;
    }
}
