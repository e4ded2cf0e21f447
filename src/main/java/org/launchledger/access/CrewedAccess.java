package org.launchledger.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.launchledger.history.Moment;

/**
 * Who could fly crews to the ISS, and when: the definitions of DESIGN.md as code.
 *
 * <p>A vehicle provides access from the launch of its first flight that carried a crew to the
 * station until it is retired, except during its stand-downs. A country has access while any of
 * its vehicles does. Plain Java: no framework type comes in or goes out.
 *
 * <p>The analysis knows only what had happened by the moment it is asked for ({@code now}): a
 * flight launched later has not flown, a landing, retirement or end of a stand-down still to come
 * has not happened, so what is still under way at {@code now} comes out open ({@code to} null).
 */
public final class CrewedAccess {

    /** A vehicle family; {@code retired} is null while in service. */
    public record Vehicle(String slug, String country, Moment retired) {
    }

    /** One flight; {@code carriedCrewToStation} is false for a launch abort or an uncrewed flight. */
    public record Flight(String mission, String vehicle, Moment launch, Moment landing, boolean carriedCrewToStation) {
    }

    /** A period in which a vehicle could not fly crews; {@code to} is null while it lasts. */
    public record StandDown(String vehicle, Moment from, Moment to, String reason) {
    }

    private CrewedAccess() {
    }

    /** Segments, eras and changes of the given history, as known at {@code now}. */
    public static AccessHistory analyse(Collection<Vehicle> vehicles, Collection<Flight> flights,
                                        Collection<StandDown> standDowns, Instant now) {
        vehicles = vehicles.stream().map(v -> new Vehicle(v.slug(), v.country(), byNow(v.retired(), now))).toList();
        flights = flights.stream().filter(f -> f.launch().at().compareTo(now) <= 0)
                .map(f -> new Flight(f.mission(), f.vehicle(), f.launch(), byNow(f.landing(), now),
                        f.carriedCrewToStation()))
                .toList();
        standDowns = standDowns.stream().filter(s -> s.from().at().compareTo(now) <= 0)
                .map(s -> new StandDown(s.vehicle(), s.from(), byNow(s.to(), now), s.reason()))
                .toList();
        Map<String, String> countryOf = new LinkedHashMap<>();
        vehicles.forEach(v -> countryOf.put(v.slug(), v.country()));

        List<Change> changes = new ArrayList<>();
        for (Vehicle vehicle : vehicles) {
            changes.addAll(changesOf(vehicle, flightsOf(vehicle, flights), standDownsOf(vehicle, standDowns)));
        }
        changes.sort(Comparator.comparing(Change::at));

        List<Segment> segments = segments(changes, countryOf);
        return new AccessHistory(segments, Eras.of(segments, changes), changes);
    }

    /** The moment if it had come by {@code now}; null (not yet) otherwise. */
    private static Moment byNow(Moment moment, Instant now) {
        return moment == null || moment.at().isAfter(now) ? null : moment;
    }

    /** The moments at which one vehicle gained or lost access, in time order. */
    private static List<Change> changesOf(Vehicle vehicle, List<Flight> flights, List<StandDown> standDowns) {
        Optional<Flight> first = flights.stream().filter(Flight::carriedCrewToStation).findFirst();
        if (first.isEmpty()) {
            return List.of();
        }
        Moment opened = first.get().launch();
        Moment retired = retirement(vehicle, flights);
        if (retired != null && retired.compareTo(opened) <= 0) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(opened, Change.Kind.FIRST_FLIGHT, vehicle.slug(), vehicle.country(),
                first.get().mission(), null, null));
        for (StandDown s : standDowns) {
            boolean empty = s.to() != null && s.to().compareTo(s.from()) <= 0;
            boolean outOfService = (s.to() != null && s.to().compareTo(opened) <= 0)
                    || (retired != null && s.from().compareTo(retired) >= 0);
            if (empty || outOfService) {
                continue;
            }
            // A stand-down already in force at the first flight holds from that flight on.
            Moment from = s.from().compareTo(opened) < 0 ? opened : s.from();
            changes.add(new Change(from, Change.Kind.STAND_DOWN_BEGAN, vehicle.slug(), vehicle.country(),
                    missionAt(flights, s.from(), true), s.reason(), s.from()));
            if (s.to() != null && (retired == null || s.to().compareTo(retired) < 0)) {
                changes.add(new Change(s.to(), Change.Kind.STAND_DOWN_ENDED, vehicle.slug(), vehicle.country(),
                        missionAt(flights, s.to(), false), s.reason(), s.from()));
            }
        }
        if (retired != null) {
            changes.add(new Change(retired, Change.Kind.RETIRED, vehicle.slug(), vehicle.country(),
                    lastLandingBy(flights, retired), null, null));
        }
        return changes;
    }

    /**
     * When the vehicle stopped giving access: its retirement, made exact by the last landing on
     * that day where the record gives only the day (retirement is the landing of the last flight).
     */
    private static Moment retirement(Vehicle vehicle, List<Flight> flights) {
        Moment retired = vehicle.retired();
        if (retired == null || retired.hasTime()) {
            return retired;
        }
        return flights.stream()
                .map(Flight::landing)
                .filter(landing -> landing != null && landing.date().equals(retired.date()))
                .max(Comparator.naturalOrder())
                .orElse(retired);
    }

    /** Sweeps the changes in time order, keeping the set of vehicles in service and not stood down. */
    private static List<Segment> segments(List<Change> changes, Map<String, String> countryOf) {
        TreeMap<Moment, List<Change>> byMoment = new TreeMap<>(Comparator.comparing(Moment::at));
        changes.forEach(c -> byMoment.computeIfAbsent(c.at(), k -> new ArrayList<>()).add(c));

        Map<String, Integer> standDownDepth = new LinkedHashMap<>();
        Set<String> inService = new TreeSet<>();
        List<Segment> segments = new ArrayList<>();
        Moment segmentStart = null;
        Set<String> current = Set.of();
        for (Map.Entry<Moment, List<Change>> entry : byMoment.entrySet()) {
            for (Change change : entry.getValue()) {
                String v = change.vehicle();
                switch (change.kind()) {
                    case FIRST_FLIGHT -> inService.add(v);
                    case RETIRED -> inService.remove(v);
                    case STAND_DOWN_BEGAN -> standDownDepth.merge(v, 1, Integer::sum);
                    case STAND_DOWN_ENDED -> standDownDepth.merge(v, -1, Integer::sum);
                }
            }
            Set<String> available = new TreeSet<>();
            for (String v : inService) {
                if (standDownDepth.getOrDefault(v, 0) <= 0) {
                    available.add(v);
                }
            }
            if (segmentStart == null) {
                segmentStart = entry.getKey();
                current = available;
            } else if (!available.equals(current)) {
                segments.add(Segment.of(segmentStart, entry.getKey(), current, countryOf));
                segmentStart = entry.getKey();
                current = available;
            }
        }
        if (segmentStart != null) {
            segments.add(Segment.of(segmentStart, null, current, countryOf));
        }
        return segments;
    }

    private static List<Flight> flightsOf(Vehicle vehicle, Collection<Flight> flights) {
        return flights.stream()
                .filter(f -> f.vehicle().equals(vehicle.slug()))
                .sorted(Comparator.comparing(Flight::launch))
                .toList();
    }

    private static List<StandDown> standDownsOf(Vehicle vehicle, Collection<StandDown> standDowns) {
        return standDowns.stream()
                .filter(s -> s.vehicle().equals(vehicle.slug()))
                .sorted(Comparator.comparing(StandDown::from))
                .toList();
    }

    /** The flight that launched (or, for the start of a stand-down, launched or landed) at that moment. */
    private static String missionAt(List<Flight> flights, Moment at, boolean orLanded) {
        return flights.stream()
                .filter(f -> sameMoment(f.launch(), at) || (orLanded && f.landing() != null && sameMoment(f.landing(), at)))
                .map(Flight::mission)
                .findFirst()
                .orElse(null);
    }

    /** The vehicle's last flight home at or before its retirement. */
    private static String lastLandingBy(List<Flight> flights, Moment retired) {
        return flights.stream()
                .filter(f -> f.landing() != null && f.landing().compareTo(retired) <= 0)
                .max(Comparator.comparing(Flight::landing))
                .map(Flight::mission)
                .orElse(null);
    }

    /** Equal instants, or the same day where either side is only known to the day. */
    private static boolean sameMoment(Moment a, Moment b) {
        return a.at().equals(b.at())
                || ((!a.hasTime() || !b.hasTime()) && a.date().equals(b.date()));
    }
}
