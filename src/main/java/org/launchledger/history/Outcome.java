package org.launchledger.history;

import java.util.Arrays;
import java.util.Optional;

/** How a mission ended, with the codes the reference data and the API use (outcome.* messages say them in words). */
public enum Outcome {
    NOMINAL("nominal"),
    LAUNCH_ABORT("launch-abort"),
    CREW_RETURNED_ON_OTHER_VEHICLE("crew-returned-on-other-vehicle"),
    IN_PROGRESS("in-progress"),
    PLANNED("planned"),
    OTHER("other");

    /** The code the reference data and the API use; pages say it in words from the message files. */
    public final String code;

    Outcome(String code) {
        this.code = code;
    }

    public static Optional<Outcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equalsIgnoreCase(code)).findFirst();
    }

    /** A launch abort opens no access: the flight never reached the station. */
    public boolean reachedStation() {
        return this != LAUNCH_ABORT && this != PLANNED;
    }
}
