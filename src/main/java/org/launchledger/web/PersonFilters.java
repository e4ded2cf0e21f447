package org.launchledger.web;

import java.util.List;
import org.launchledger.history.PersonQuery;

/** Turns the query parameters shared by /people and /api/people into a checked PersonQuery. */
public final class PersonFilters {

    private PersonFilters() {
    }

    public static PersonQuery read(String page, String size, String q, String nationality, String agency,
                                   List<String> vehicles) {
        return new PersonQuery(
                Params.text("q", q),
                Params.country("nationality", nationality),
                Params.text("agency", agency),
                MissionFilters.vehicleSlugs(vehicles),
                Params.integer("page", page, 0, 0, 1_000_000),
                Params.integer("size", size, PersonQuery.DEFAULT_SIZE, 1, PersonQuery.MAX_SIZE));
    }
}
