package org.launchledger.access;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.launchledger.history.Moment;

/** An interval with one set of vehicles (and so of countries) able to fly crews; {@code to} null while open. */
public record Segment(Moment from, Moment to, Set<String> countries, Set<String> vehicles) {

    static Segment of(Moment from, Moment to, Set<String> vehicles, Map<String, String> countryOf) {
        TreeSet<String> countries = new TreeSet<>();
        vehicles.forEach(v -> countries.add(countryOf.get(v)));
        return new Segment(from, to, Collections.unmodifiableSortedSet(countries),
                Collections.unmodifiableSortedSet(new TreeSet<>(vehicles)));
    }

    public boolean isEmpty() {
        return vehicles.isEmpty();
    }

    /** The one country with access, where exactly one has it. */
    public String soleCountry() {
        return countries.size() == 1 ? countries.iterator().next() : null;
    }
}
