package org.launchledger.web;

import java.time.LocalDate;
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

    /**
     * The checked query. {@code from} and {@code to} are a year or an ISO date, as on the timeline
     * (a year means its first day for {@code from}, its last for {@code to}); an exact {@code year}
     * overrides both, though they are still checked.
     *
     * @throws BadParameterException naming the first parameter that breaks its rule
     */
    public static MissionQuery read(String page, String size, List<String> vehicles, String year, String from,
                                    String to, String country, String outcome, String q, String sort) {
        Integer exactYear = Params.year("year", year);
        LocalDate fromDate = Params.yearOrDate("from", from, false);
        LocalDate toDate = Params.yearOrDate("to", to, true);
        if (exactYear != null) {
            fromDate = LocalDate.of(exactYear, 1, 1);
            toDate = LocalDate.of(exactYear, 12, 31);
        }
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadParameterException("to", "not-before-from", fromDate.toString());
        }
        return new MissionQuery(
                vehicleSlugs(vehicles),
                Params.country("country", country),
                Params.oneOf("outcome", outcome, Outcome.values(), o -> o.code),
                fromDate,
                toDate,
                VehicleNames.inData(Params.text("q", q)),
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
                throw new BadParameterException("vehicle", "one-of", known.stream().sorted()
                        .collect(Collectors.joining(", ")), slug);
            }
        }
        return slugs;
    }
}
