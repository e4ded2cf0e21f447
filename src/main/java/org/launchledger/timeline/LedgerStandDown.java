package org.launchledger.timeline;

import org.launchledger.history.Moment;
import org.launchledger.history.StandDown;

/**
 * A stand-down as the cached {@link Ledger} holds it: its vehicle's slug, its span ({@code to}
 * null while it lasts) and its reason in English and, where the data gives it, Romanian.
 */
public record LedgerStandDown(String vehicle, Moment from, Moment to, String reason, String reasonRo) {

    /** The facts of a loaded stand-down (its vehicle loaded too). */
    public static LedgerStandDown of(StandDown standDown) {
        return new LedgerStandDown(standDown.vehicle.slug, standDown.from(), standDown.to(), standDown.reason,
                standDown.reasonRo);
    }
}
