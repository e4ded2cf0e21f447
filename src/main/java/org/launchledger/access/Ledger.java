package org.launchledger.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.launchledger.history.Mission;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;
import org.launchledger.web.Formats;

/** The history as the timeline needs it: entities, the access analysis, and words for its changes. */
public record Ledger(List<Vehicle> vehicles, List<Mission> missions, List<StandDown> standDowns,
                     AccessHistory access) {

    public Map<String, Mission> missionsBySlug() {
        return missions.stream().collect(Collectors.toMap(m -> m.slug, Function.identity()));
    }

    public Optional<Mission> mission(String slug) {
        return slug == null ? Optional.empty() : missions.stream().filter(m -> m.slug.equals(slug)).findFirst();
    }

    public Optional<Vehicle> vehicle(String slug) {
        return vehicles.stream().filter(v -> v.slug.equals(slug)).findFirst();
    }

    /** The first crewed flight of the same vehicle after the given one. */
    public Optional<Mission> nextCrewedFlightAfter(Mission flight) {
        return missions.stream()
                .filter(m -> m.vehicle.slug.equals(flight.vehicle.slug) && m.launchAt.isAfter(flight.launchAt))
                .filter(m -> m.outcome.reachedStation() && !m.crew.isEmpty())
                .findFirst();
    }

    /** A change in words: "the landing of STS-135, the last Space Shuttle flight". */
    public String describe(Change change) {
        if (change == null) {
            return "";
        }
        String vehicle = vehicle(change.vehicle()).map(v -> v.name).orElse(change.vehicle());
        String flight = mission(change.mission()).map(m -> m.designation).orElse(null);
        return switch (change.kind()) {
            case FIRST_FLIGHT -> "the launch of " + flight + ", the first crewed " + vehicle + " flight to the ISS";
            case RETIRED -> flight == null ? vehicle + " retired"
                    : "the landing of " + flight + ", the last " + vehicle + " flight";
            case STAND_DOWN_ENDED -> flight == null ? "the end of the " + vehicle + " stand-down"
                    : "the launch of " + flight + ", " + vehicle + "'s return to flight";
            case STAND_DOWN_BEGAN -> vehicle + " stood down: " + firstSentence(change.reason());
        };
    }

    /** The day a change happened and what it was, for lists and titles. */
    public String dated(Change change) {
        return Formats.day(change.at()) + ": " + describe(change);
    }

    static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf(". ");
        String sentence = end < 0 ? text : text.substring(0, end + 1);
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
