package org.launchledger.history;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * What the search box finds for a text: vehicles (by name), ISS expeditions (by number), missions (by
 * designation, airframe or crew name), people and airframes, each partial and blind to case and
 * accents. The first {@link #LIMIT} missions and people; the full lists are /missions?q= and
 * /people?q=. Expeditions are those the data links to a flight or a seat ({@link Mission#expeditionNumbers});
 * when the text names exactly one, {@code expeditionFlights} are its flights, in launch order, as its page lists
 * them ({@link Mission#ofExpedition(int, List)}), and empty otherwise.
 */
public record Search(String text, List<Vehicle> vehicles, List<Integer> expeditions, List<Mission> expeditionFlights,
                     Page<Mission> missions, Page<Person> people, List<Spacecraft> spacecraft) {

    public static final int LIMIT = 20;

    /**
     * Searches for {@code text}, in the data's words (vehicle names as the data has them).
     * {@code expeditions} tests expedition numbers the text asks for; empty when it names none.
     */
    public static Search of(String text, Optional<IntPredicate> expeditions) {
        List<Integer> numbers = expeditions
                .map(asked -> Mission.expeditionNumbers().stream().filter(asked::test).toList())
                .orElse(List.of());
        return new Search(text,
                Vehicle.search(text),
                numbers,
                numbers.size() == 1 ? Mission.ofExpedition(numbers.get(0), CrewSeat.ofExpedition(numbers.get(0))) : List.of(),
                new MissionQuery(null, null, null, null, null, text, MissionQuery.Sort.LAUNCH, 0, LIMIT).run(),
                new PersonQuery(text, null, null, null, 0, LIMIT).run(),
                Spacecraft.search(text));
    }

    public boolean foundNothing() {
        return vehicles.isEmpty() && expeditions.isEmpty() && missions.total() == 0 && people.total() == 0
                && spacecraft.isEmpty();
    }
}
