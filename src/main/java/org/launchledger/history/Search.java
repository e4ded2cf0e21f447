package org.launchledger.history;

import java.util.List;

/**
 * What the search box finds for a text: missions (by designation, airframe or crew name), people
 * and airframes, each partial and blind to case and accents. The first {@link #LIMIT} missions and
 * people; the full lists are /missions?q= and /people?q=.
 */
public record Search(String text, Page<Mission> missions, Page<Person> people, List<Spacecraft> spacecraft) {

    public static final int LIMIT = 20;

    public static Search of(String text) {
        return new Search(text,
                new MissionQuery(null, null, null, null, null, text, MissionQuery.Sort.LAUNCH, 0, LIMIT).run(),
                new PersonQuery(text, null, null, null, 0, LIMIT).run(),
                Spacecraft.search(text));
    }

    public boolean foundNothing() {
        return missions.total() == 0 && people.total() == 0 && spacecraft.isEmpty();
    }
}
