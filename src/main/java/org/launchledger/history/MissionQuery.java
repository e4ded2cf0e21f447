package org.launchledger.history;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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


    public Page<Mission> run() {
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
            // A person's name in any spelling lists the flights they launched on.
            where.add("(lower(m.designation) like :text escape '\\' or m.slug like :slug or lower(sc.name) like :text escape '\\'"
                    + " or lower(m.vehicle.name) like :text escape '\\'"
                    + " or exists (select 1 from CrewSeat s join s.person crew where s.mission = m and "
                    + Person.calledBy("crew") + "))");
            Person.bindCalledBy(params, text);
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = Mission.count("from Mission m left join m.spacecraft sc" + filter, params);
        List<Mission> items = Mission.find("from Mission m join fetch m.vehicle left join fetch m.spacecraft sc"
                        + filter + " order by " + sort.orderBy, params)
                .page(page, size)
                .list();
        return new Page<>(total, page, size, items);
    }
}
