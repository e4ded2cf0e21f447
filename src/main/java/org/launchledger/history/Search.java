package org.launchledger.history;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * What the search box finds for a text: vehicles (by name), ISS expeditions (by number), missions (by
 * designation, airframe or crew name), people and airframes, each partial and blind to case and
 * accents. The first {@link #LIMIT} missions and people; the full lists are /missions?q= and
 * /people?q=. Expeditions are those the data links to a flight or a seat ({@link Mission#expeditionNumbers}).
 */
public record Search(String text, List<Vehicle> vehicles, List<Integer> expeditions, Page<Mission> missions,
                     Page<Person> people, List<Spacecraft> spacecraft) {

    public static final int LIMIT = 20;

    /**
     * Searches for {@code text}, in the data's words (vehicle names as the data has them).
     * {@code expeditions} tests expedition numbers the text asks for; empty when it names none.
     */
    public static Search of(String text, Optional<IntPredicate> expeditions) {
        return new Search(text,
                Vehicle.search(text),
                expeditions.map(asked -> Mission.expeditionNumbers().stream().filter(asked::test).toList())
                        .orElse(List.of()),
                new MissionQuery(null, null, null, null, null, text, MissionQuery.Sort.LAUNCH, 0, LIMIT).run(),
                new PersonQuery(text, null, null, null, 0, LIMIT).run(),
                Spacecraft.search(text));
    }

    public boolean foundNothing() {
        return vehicles.isEmpty() && expeditions.isEmpty() && missions.total() == 0 && people.total() == 0
                && spacecraft.isEmpty();
    }
}
