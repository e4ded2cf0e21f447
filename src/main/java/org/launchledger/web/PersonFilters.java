package org.launchledger.web;

import java.util.List;
import org.launchledger.history.Person;
import org.launchledger.history.PersonQuery;

/** Turns the query parameters shared by /people and /api/people into a checked PersonQuery. */
public final class PersonFilters {

    private PersonFilters() {
    }

    /** One of the agencies people flew with, as the filter lists them (case ignored), or null when absent. */
    static String agency(String value) {
        String text = Params.text("agency", value);
        if (text == null) {
            return null;
        }
        List<String> agencies = Person.agencies();
        return agencies.stream().filter(a -> a.equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new BadParameterException("agency", "one-of", String.join(", ", agencies),
                        text.length() > 20 ? text.substring(0, 20) + "…" : text));
    }

    public static PersonQuery read(String page, String size, String q, String nationality, String agency,
                                   List<String> vehicles) {
        return new PersonQuery(
                Params.text("q", q),
                Params.country("nationality", nationality),
                agency(agency),
                MissionFilters.vehicleSlugs(vehicles),
                Params.integer("page", page, 0, 0, 1_000_000),
                Params.integer("size", size, PersonQuery.DEFAULT_SIZE, 1, PersonQuery.MAX_SIZE));
    }
}
