package org.launchledger.browse;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.LedgerMission;

/**
 * What the ledger says of one vehicle: its tally of flights, seats and people, its first and
 * last crewed flights that reached the station, and the stand-down it is in, if any. Built for several vehicles in a fixed number of
 * queries, whatever the number of flights.
 */
public record VehicleRecord(Vehicle vehicle, Vehicle.Tally tally, LedgerMission firstToStation, LedgerMission lastToStation,
                            StandDown openStandDown) {

    /**
     * The records of these vehicles, in a fixed number of statements whatever their number;
     * the first and last crewed flights to the station and the tallies from the cached {@code ledger}.
     */
    public static List<VehicleRecord> of(List<Vehicle> vehicles, Ledger ledger) {
        return of(vehicles, StandDown.listAllInOrder(), ledger);
    }

    /** One vehicle's record, given its stand-downs in order (its page reads them anyway, so they are not read twice). */
    public static VehicleRecord of(Vehicle vehicle, List<StandDown> itsStandDowns, Ledger ledger) {
        return of(List.of(vehicle), itsStandDowns, ledger).get(0);
    }

    private static List<VehicleRecord> of(List<Vehicle> vehicles, List<StandDown> standDowns, Ledger ledger) {
        Map<String, Vehicle.Tally> tallies = LedgerStats.talliesOf(ledger);
        Map<String, StandDown> open = standDowns.stream().filter(s -> s.toAt == null)
                .collect(Collectors.toMap(s -> s.vehicle.slug, Function.identity(), (a, b) -> a));
        return vehicles.stream().map(v -> {
            // A vehicle's first and last crewed flights that reached the station, from the ledger (in launch order).
            List<LedgerMission> ends = ledger.missionsOf(v.slug).stream().filter(LedgerMission::carriedCrewToStation)
                    .toList();
            return new VehicleRecord(v, tallies.getOrDefault(v.slug, Vehicle.Tally.none(v.slug)),
                    ends.isEmpty() ? null : ends.get(0), ends.isEmpty() ? null : ends.get(ends.size() - 1),
                    open.get(v.slug));
        }).toList();
    }
}
