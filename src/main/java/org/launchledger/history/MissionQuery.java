package org.launchledger.history;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A filtered, sorted, paginated list of missions: the one query behind /missions and
 * /api/missions. Filters left null do not apply; {@code from} and {@code to} are UTC launch
 * dates, both included.
 */
public record MissionQuery(
        List<String> vehicles,
        String country,
        Outcome outcome,
        LocalDate from,
        LocalDate to,
        String text,
        Sort sort,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** Where a letter meets a digit: "STS|135". */
    private static final Pattern LETTER_THEN_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{Nd})");

    public enum Sort {
        LAUNCH("m.launchAt"),
        DURATION("(extract(epoch from m.landingAt) - extract(epoch from m.launchAt)) desc nulls last, m.launchAt"),
        CREW("(select count(s) from CrewSeat s where s.mission = m) desc, m.launchAt");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public MissionQuery {
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        sort = sort == null ? Sort.LAUNCH : sort;
    }


    /**
     * Runs the query: two statements for the page (its total, its ids) and one for its rows, and for a
     * text the lookups of {@link #textFilter}.
     */
    public Page<Mission> run() {
        return run(true);
    }

    /** As {@link #run()}, with a text matched by scanning the search columns, never by {@link SearchIndex}: what the index must agree with. */
    Page<Mission> runScanning() {
        return run(false);
    }

    /**
     * A text that finds nothing (with the other filters) is tried once more with a space wherever a letter meets a
     * digit, as designations are written: "STS135" finds STS-135, "ms22" Soyuz MS-22, "crew12" Crew-12. Only when the
     * text as written finds nothing, as a name may hold letters and digits together (an airframe called "C206" would
     * be found so).
     */
    private Page<Mission> run(boolean byIndex) {
        Page<Mission> found = runAsWritten(byIndex);
        if (found.total() == 0 && text != null) {
            String separated = separated(text);
            if (!separated.equals(text)) {
                return new MissionQuery(vehicles, country, outcome, from, to, separated, sort, page, size)
                        .runAsWritten(byIndex);
            }
        }
        return found;
    }

    /** The text with a space wherever a letter meets a digit ("STS135" → "STS 135"); the same text if there is none. */
    static String separated(String text) {
        return LETTER_THEN_DIGIT.matcher(text).replaceAll(" ");
    }

    private Page<Mission> runAsWritten(boolean byIndex) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!vehicles.isEmpty()) {
            where.add("m.vehicle.slug in :vehicles");
            params.and("vehicles", vehicles);
        }
        if (country != null) {
            where.add("m.vehicle.country = :country");
            params.and("country", country.toUpperCase(Locale.ROOT));
        }
        if (outcome != null) {
            where.add("m.outcome = :outcome");
            params.and("outcome", outcome);
        }
        if (from != null) {
            where.add("m.launchAt >= :from");
            params.and("from", from.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (to != null) {
            where.add("m.launchAt < :to");
            params.and("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (text != null && !text.isBlank()) {
            where.add(textFilter(params, byIndex));
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = Mission.count("from Mission m" + filter, params);
        List<Long> ids = Page.idsOfPage("select m.id from Mission m" + filter + " order by " + sort.orderBy, params,
                page, size);
        List<Mission> items = ids.isEmpty() ? List.of()
                : Page.inOrderOf(ids, Mission.list("from Mission m join fetch m.vehicle left join fetch m.spacecraft"
                        + " where m.id in ?1", ids), m -> m.id);
        return new Page<>(total, page, size, items);
    }

    /**
     * The missions a text finds: by their names or their crew's ({@link SearchIndex}), and those of the
     * airframes and vehicles called so, looked up first (a few rows), as H2 would run such a subquery
     * again for every mission. When the index finds too many, the search columns are scanned instead.
     */
    private String textFilter(Parameters params, boolean byIndex) {
        List<String> or = new ArrayList<>();
        Optional<List<Long>> called = byIndex ? SearchIndex.current().missionsCalled(text) : Optional.empty();
        if (called.isPresent()) {
            if (!called.get().isEmpty()) {
                or.add("m.id in :called");
                params.and("called", called.get());
            }
        } else {
            Person.bindCalledBy(params, text);
            or.add(Mission.designated("m"));
            or.add("m.id in (select s.mission.id from CrewSeat s where s.person.id in"
                    + " (select crew.id from Person crew where " + Person.calledBy("crew") + "))");
        }
        String like = Slugs.likeAnywhere(text);
        List<Long> spacecraft = Spacecraft.idsCalled(like);
        if (!spacecraft.isEmpty()) {
            or.add("m.spacecraft.id in :spacecraft");
            params.and("spacecraft", spacecraft);
        }
        List<Long> vehicleIds = Vehicle.idsCalled(like);
        if (!vehicleIds.isEmpty()) {
            or.add("m.vehicle.id in :vehicleIds");
            params.and("vehicleIds", vehicleIds);
        }
        return or.isEmpty() ? "1 = 0" : "(" + String.join(" or ", or) + ")";
    }
}
