package org.launchledger.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.launchledger.access.AccessHistory;
import org.launchledger.access.CrewedAccess;
import org.launchledger.history.Mission;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/**
 * The history as the timeline needs it: entities and the access analysis as known at
 * {@code asOf} (today, on a page). Facts only, the same in every language: {@link Wording} turns
 * them into words. Cached and shared by every page with a timeline.
 */
public record Ledger(List<Vehicle> vehicles, List<Mission> missions, List<StandDown> standDowns,
                     Instant asOf, AccessHistory access) {

    /** The history read from the database, analysed as known at {@code asOf}. */
    public static Ledger of(List<Vehicle> vehicles, List<Mission> missions, List<StandDown> standDowns,
                            Instant asOf) {
        return new Ledger(vehicles, missions, standDowns, asOf, CrewedAccess.analyse(
                vehicles.stream().map(v -> new CrewedAccess.Vehicle(v.slug, v.country, v.retired())).toList(),
                missions.stream().map(m -> new CrewedAccess.Flight(m.slug, m.vehicle.slug, m.launch(), m.landing(),
                        m.carriedCrewToStation())).toList(),
                standDowns.stream().map(s -> new CrewedAccess.StandDown(s.vehicle.slug, s.from(), s.to(), s.reason))
                        .toList(),
                asOf));
    }

    /** The same history analysed as known at another moment. */
    public Ledger asOf(Instant moment) {
        return moment.equals(asOf) ? this : of(vehicles, missions, standDowns, moment);
    }

    /** The mission with this slug, if the history has it. */
    public Optional<Mission> mission(String slug) {
        return slug == null ? Optional.empty() : missions.stream().filter(m -> m.slug.equals(slug)).findFirst();
    }

    /** The vehicle with this slug, if the history has it. */
    public Optional<Vehicle> vehicle(String slug) {
        return vehicles.stream().filter(v -> v.slug.equals(slug)).findFirst();
    }

    /**
     * The first crew rotation of the same vehicle after the given flight: the next flight of it
     * that carried crew to the station for an ISS expedition (short private visits carry none).
     */
    public Optional<Mission> nextRotationAfter(Mission flight) {
        return missions.stream()
                .filter(m -> m.vehicle.slug.equals(flight.vehicle.slug) && m.launchAt.isAfter(flight.launchAt))
                .filter(m -> m.carriedCrewToStation() && !m.expeditions.isEmpty())
                .findFirst();
    }
}
