package org.launchledger.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.launchledger.history.MissionQuery;
import org.launchledger.history.Outcome;
import org.launchledger.history.Vehicle;

/** Turns the query parameters shared by /missions and /api/missions into a checked MissionQuery. */
public final class MissionFilters {

    private MissionFilters() {
    }

    public static MissionQuery read(String page, String size, List<String> vehicles, String year, String from,
                                    String to, String country, String outcome, String q, String sort) {
        Integer exactYear = Params.year("year", year);
        Integer fromYear = exactYear != null ? exactYear : Params.year("from", from);
        Integer toYear = exactYear != null ? exactYear : Params.year("to", to);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new BadParameterException("to", "must not be before 'from' (" + fromYear + ")");
        }
        return new MissionQuery(
                vehicleSlugs(vehicles),
                Params.country("country", country),
                Params.oneOf("outcome", outcome, Outcome.values(), o -> o.code),
                fromYear,
                toYear,
                Params.text("q", q),
                Params.oneOf("sort", sort, MissionQuery.Sort.values(), MissionQuery.Sort::code),
                Params.integer("page", page, 0, 0, 1_000_000),
                Params.integer("size", size, MissionQuery.DEFAULT_SIZE, 1, MissionQuery.MAX_SIZE));
    }

    /** Known vehicle slugs, or a 400 naming the ones that exist. */
    public static List<String> vehicleSlugs(List<String> requested) {
        List<String> slugs = requested == null ? List.of()
                : requested.stream().filter(Objects::nonNull).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        if (slugs.isEmpty()) {
            return slugs;
        }
        Set<String> known = Vehicle.<Vehicle>listAll().stream().map(v -> v.slug).collect(Collectors.toSet());
        for (String slug : slugs) {
            if (!known.contains(slug)) {
                throw new BadParameterException("vehicle", "must be one of " + known.stream().sorted()
                        .collect(Collectors.joining(", ")));
            }
        }
        return slugs;
    }
}
