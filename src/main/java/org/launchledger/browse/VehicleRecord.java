package org.launchledger.browse;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.launchledger.history.Mission;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/**
 * What the ledger says of one vehicle: its tally of flights, seats and people, its first and
 * last crewed flights that reached the station, and the stand-down it is in, if any. Built for several vehicles in a fixed number of
 * queries, whatever the number of flights.
 */
public record VehicleRecord(Vehicle vehicle, Vehicle.Tally tally, Mission firstToStation, Mission lastToStation,
                            StandDown openStandDown) {

    /**
     * The records of these vehicles, in a fixed number of statements whatever their number;
     * {@code tallies} by vehicle slug ({@link LedgerStats#tallies}).
     */
    public static List<VehicleRecord> of(List<Vehicle> vehicles, Map<String, Vehicle.Tally> tallies) {
        return of(vehicles, StandDown.listAllInOrder(), tallies);
    }

    /** One vehicle's record, given its stand-downs in order (its page reads them anyway, so they are not read twice). */
    public static VehicleRecord of(Vehicle vehicle, List<StandDown> itsStandDowns, Map<String, Vehicle.Tally> tallies) {
        return of(List.of(vehicle), itsStandDowns, tallies).get(0);
    }

    private static List<VehicleRecord> of(List<Vehicle> vehicles, List<StandDown> standDowns,
                                          Map<String, Vehicle.Tally> tallies) {
        Map<String, List<Mission>> bounds = Mission.firstAndLastCrewedToStation().stream()
                .collect(Collectors.groupingBy(m -> m.vehicle.slug));
        Map<String, StandDown> open = standDowns.stream().filter(s -> s.toAt == null)
                .collect(Collectors.toMap(s -> s.vehicle.slug, Function.identity(), (a, b) -> a));
        return vehicles.stream().map(v -> {
            List<Mission> ends = bounds.getOrDefault(v.slug, List.of());
            return new VehicleRecord(v, tallies.getOrDefault(v.slug, Vehicle.Tally.none(v.slug)),
                    ends.isEmpty() ? null : ends.get(0), ends.isEmpty() ? null : ends.get(ends.size() - 1),
                    open.get(v.slug));
        }).toList();
    }
}
