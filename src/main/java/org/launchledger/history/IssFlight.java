package org.launchledger.history;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;

/**
 * What counts as an ISS flight, in one place for every page, count, filter and the API: a seat on
 * a flight that reached the station. A launch abort (Soyuz MS-10's crew) is a flight up, shown for
 * what it was, but not an ISS flight: it adds nothing to a person's flights or time, a vehicle's
 * seats or a country's seats. A flight not launched yet is not one either.
 */
public final class IssFlight {

    /** Outcomes of flights that never reached the station. */
    static final List<Outcome> NEVER_ARRIVED = Arrays.stream(Outcome.values())
            .filter(o -> !o.reachedStation()).toList();

    private static final String PARAMETER = "neverArrived";

    private IssFlight() {
    }

    /** Whether a seat on this mission is an ISS flight. */
    public static boolean counts(Mission mission) {
        return counts(mission.outcome);
    }

    /** Whether a seat on a mission with this outcome is an ISS flight. */
    public static boolean counts(Outcome outcome) {
        return outcome.reachedStation();
    }

    /**
     * An HQL condition: the mission named {@code missionAlias} reached the station. Bind its
     * parameter with {@link #bind(Parameters)}.
     */
    public static String reached(String missionAlias) {
        return missionAlias + ".outcome not in :" + PARAMETER;
    }

    /** Adds the parameter {@link #reached(String)} needs. */
    public static Parameters bind(Parameters parameters) {
        return parameters.and(PARAMETER, NEVER_ARRIVED);
    }

    /** Adds the parameter {@link #reached(String)} needs to a JPA query. */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query) {
        return query.setParameter(PARAMETER, NEVER_ARRIVED);
    }

    /** The parameter {@link #reached(String)} needs, for queries that take no others. */
    public static Parameters parameters() {
        return Parameters.with(PARAMETER, NEVER_ARRIVED);
    }
}
