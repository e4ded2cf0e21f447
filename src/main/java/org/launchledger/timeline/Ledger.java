package org.launchledger.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.launchledger.access.AccessHistory;
import org.launchledger.access.CrewedAccess;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/**
 * The history as the timeline needs it: immutable records built from the database (no entity) and
 * the access analysis as known at {@code asOf} (today, on a page). Facts only, the same in every
 * language: {@link Wording} turns them into words. Cached and shared by every page with a timeline,
 * keyed by the data version ({@link AccessService}).
 */
public record Ledger(List<LedgerVehicle> vehicles, List<LedgerMission> missions, List<LedgerStandDown> standDowns,
                     Instant asOf, AccessHistory access) {

    /** The lists are copied: a ledger cannot be changed through them. */
    public Ledger {
        vehicles = List.copyOf(vehicles);
        missions = List.copyOf(missions);
        standDowns = List.copyOf(standDowns);
    }

    /** The history's facts, analysed as known at {@code asOf}. */
    public static Ledger of(List<LedgerVehicle> vehicles, List<LedgerMission> missions,
                            List<LedgerStandDown> standDowns, Instant asOf) {
        return new Ledger(vehicles, missions, standDowns, asOf, CrewedAccess.analyse(
                vehicles.stream().map(v -> new CrewedAccess.Vehicle(v.slug(), v.country(), v.retired())).toList(),
                missions.stream().map(m -> new CrewedAccess.Flight(m.slug(), m.vehicle(), m.launch(), m.landing(),
                        m.carriedCrewToStation())).toList(),
                standDowns.stream().map(s -> new CrewedAccess.StandDown(s.vehicle(), s.from(), s.to(), s.reason()))
                        .toList(),
                asOf));
    }

    /**
     * The facts of loaded entities, analysed as known at {@code asOf}: vehicles; missions with
     * their vehicles and expeditions; their crews' seats (any order: each mission keeps its seats in
     * the order given) with people, flights home and expeditions; stand-downs with their vehicles.
     * Call it where they can still load (in the transaction that read them); nothing of them is kept.
     */
    public static Ledger read(List<Vehicle> vehicles, List<Mission> missions, List<CrewSeat> seats,
                              List<StandDown> standDowns, Instant asOf) {
        Map<String, List<CrewSeat>> crews = new LinkedHashMap<>();
        missions.forEach(m -> crews.put(m.slug, new ArrayList<>()));
        seats.forEach(s -> crews.computeIfAbsent(s.mission.slug, slug -> new ArrayList<>()).add(s));
        return of(vehicles.stream().map(LedgerVehicle::of).toList(),
                missions.stream().map(m -> LedgerMission.of(m, crews.get(m.slug))).toList(),
                standDowns.stream().map(LedgerStandDown::of).toList(), asOf);
    }

    /** The same history analysed as known at another moment. */
    public Ledger asOf(Instant moment) {
        return moment.equals(asOf) ? this : of(vehicles, missions, standDowns, moment);
    }

    /** The mission with this slug, if the history has it. */
    public Optional<LedgerMission> mission(String slug) {
        return slug == null ? Optional.empty() : missions.stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    /** The vehicle with this slug, if the history has it. */
    public Optional<LedgerVehicle> vehicle(String slug) {
        return vehicles.stream().filter(v -> v.slug().equals(slug)).findFirst();
    }

    /**
     * The first crew rotation of the same vehicle after the given flight: the next flight of it
     * that carried crew to the station for an ISS expedition (short private visits carry none).
     */
    public Optional<LedgerMission> nextRotationAfter(LedgerMission flight) {
        return missions.stream()
                .filter(m -> m.vehicle().equals(flight.vehicle()) && m.launch().at().isAfter(flight.launch().at()))
                .filter(m -> m.carriedCrewToStation() && !m.expeditions().isEmpty())
                .findFirst();
    }
}
