package org.launchledger.timeline;

import java.time.Instant;
import java.util.List;
import org.launchledger.history.CrewOrder;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.IssFlight;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;

/**
 * A mission as the cached {@link Ledger} holds it: its vehicle's slug, its moments (null where
 * unknown or still to come), its outcome, the expeditions the data links it to, its crew, and whether
 * its sources have yet to confirm it ({@code unverified}: every page that names it says so).
 */
public record LedgerMission(String slug, String designation, String vehicle, Outcome outcome, Moment launch,
                            Moment docking, Moment undocking, Moment landing, List<Integer> expeditions,
                            List<LedgerSeat> crew, boolean unverified) {

    /** The lists are copied: the record cannot be changed through them. */
    public LedgerMission {
        expeditions = List.copyOf(expeditions);
        crew = List.copyOf(crew);
    }

    /** The facts of a loaded mission (vehicle and expeditions loaded) with the given crew. */
    public static LedgerMission of(Mission mission, List<CrewSeat> crew) {
        return new LedgerMission(mission.slug, mission.designation, mission.vehicle.slug, mission.outcome,
                mission.launch(), mission.docking(), mission.undocking(), mission.landing(), mission.expeditions,
                crew.stream().map(LedgerSeat::of).toList(), mission.unverified);
    }

    /**
     * The crew as it is read out ({@link CrewOrder}): the flight's commander, its pilot, then the source's order. A
     * seat serving other expeditions than the flight's has expeditions of its own (the ledger gives a seat's own,
     * else its flight's), and its role is the expedition's.
     */
    public List<LedgerSeat> crewCommandFirst() {
        return CrewOrder.commandFirst(crew, LedgerSeat::role,
                seat -> !seat.expeditions().isEmpty() && !seat.expeditions().equals(expeditions));
    }

    /** The names of {@link #crewCommandFirst()}. */
    public List<String> crewNames() {
        return crewCommandFirst().stream().map(LedgerSeat::personName).toList();
    }

    /** Whether it had launched by {@code now}: a planned flight, or one launching later, has not flown. */
    public boolean launchedBy(Instant now) {
        return outcome != Outcome.PLANNED && !launch.at().isAfter(now);
    }

    /** Launched by {@code now} and not home by then: still in flight (a launch abort never is). */
    public boolean inFlightAt(Instant now) {
        return launchedBy(now) && outcome != Outcome.LAUNCH_ABORT && (landing == null || landing.at().isAfter(now));
    }

    /** Whether a seat on it is an ISS flight ({@link IssFlight}): it reached the station. */
    public boolean issFlight() {
        return IssFlight.counts(outcome);
    }

    /** Whether this flight opened crewed access: it reached the station with people aboard. */
    public boolean carriedCrewToStation() {
        return issFlight() && !crew.isEmpty();
    }
}
