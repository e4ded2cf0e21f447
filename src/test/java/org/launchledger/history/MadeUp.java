package org.launchledger.history;

import java.time.Instant;

/** Made-up entities for unit tests that need no database: a history stated in a few lines. */
public final class MadeUp {

    private MadeUp() {
    }

    /** A vehicle family; its name is its slug. */
    public static Vehicle vehicle(String slug, String country) {
        Vehicle v = new Vehicle();
        v.slug = slug;
        v.name = slug;
        v.country = country;
        return v;
    }

    /** A mission with no crew; times are ISO instants, null where they have not happened. */
    public static Mission mission(String slug, Vehicle vehicle, Outcome outcome, String launch, String docking,
                                  String undocking, String landing) {
        Mission m = new Mission();
        m.slug = slug;
        m.designation = slug;
        m.vehicle = vehicle;
        m.outcome = outcome;
        m.launchAt = Instant.parse(launch);
        m.launchPrecision = Precision.MINUTE;
        m.dockingAt = instant(docking);
        m.dockingPrecision = Precision.MINUTE;
        m.undockingAt = instant(undocking);
        m.undockingPrecision = Precision.MINUTE;
        m.landingAt = instant(landing);
        m.landingPrecision = Precision.MINUTE;
        return m;
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }
}
