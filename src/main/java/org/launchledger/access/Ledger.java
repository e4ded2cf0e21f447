package org.launchledger.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.launchledger.history.Mission;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/**
 * The history as the timeline needs it: entities, the access analysis as known at {@code asOf}
 * (today, on a page), and words for its changes.
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

    public Optional<Mission> mission(String slug) {
        return slug == null ? Optional.empty() : missions.stream().filter(m -> m.slug.equals(slug)).findFirst();
    }

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

    /** A change in words: "the landing of STS-135, the last Space Shuttle flight". */
    public String describe(Change change) {
        return change == null ? "" : phrase(change).text();
    }

    public Phrase phrase(Change change) {
        String vehicle = vehicle(change.vehicle()).map(v -> v.name).orElse(change.vehicle());
        Mission flight = mission(change.mission()).orElse(null);
        return switch (change.kind()) {
            case FIRST_FLIGHT -> new Phrase("the launch of ", flight, ", the first crewed " + vehicle + " flight to the ISS");
            case RETIRED -> flight == null ? new Phrase(vehicle + " retired", null, "")
                    : new Phrase("the landing of ", flight, ", the last " + vehicle + " flight");
            case STAND_DOWN_ENDED -> flight == null ? new Phrase("the end of the " + vehicle + " stand-down", null, "")
                    : new Phrase("the launch of ", flight, ", " + vehicle + "'s return to flight");
            case STAND_DOWN_BEGAN -> new Phrase(vehicle + " stood down: " + firstClause(change.reason()), null, "");
        };
    }


    /** The reason up to its first full stop, semicolon or colon: the cause, without the provenance. */
    static String firstClause(String text) {
        if (text == null) {
            return "";
        }
        int end = text.length();
        for (String stop : new String[] {". ", "; ", ": "}) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String clause = text.substring(0, end).strip();
        return clause.endsWith(".") ? clause.substring(0, clause.length() - 1) : clause;
    }
}
