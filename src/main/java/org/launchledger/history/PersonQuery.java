package org.launchledger.history;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** People filtered by text, nationality, agency and vehicle flown, sorted by name, paginated. */
public record PersonQuery(String text, String nationality, String agency, List<String> vehicles, int page,
                          int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PersonQuery {
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
    }

    /**
     * Runs the query: two statements for the page (its total, its ids) and one for its rows; a text is
     * looked up in {@link SearchIndex} first.
     */
    public Page<Person> run() {
        return run(true);
    }

    /** As {@link #run()}, with a text matched by scanning the search columns, never by {@link SearchIndex}: what the index must agree with. */
    Page<Person> runScanning() {
        return run(false);
    }

    private Page<Person> run(boolean byIndex) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            // By the search index when it finds few enough, else by scanning the search column.
            Optional<List<Long>> called = byIndex ? SearchIndex.current().peopleCalled(text) : Optional.empty();
            if (called.isEmpty()) {
                where.add(Person.calledBy("p"));
                Person.bindCalledBy(params, text);
            } else if (called.get().isEmpty()) {
                where.add("1 = 0");
            } else {
                where.add("p.id in :called");
                params.and("called", called.get());
            }
        }
        if (nationality != null) {
            where.add("p.nationality = :nationality");
            params.and("nationality", nationality);
        }
        if (agency != null) {
            where.add("lower(p.agency) = :agency");
            params.and("agency", agency.toLowerCase(Locale.ROOT));
        }
        if (!vehicles.isEmpty()) {
            // Flown up or home on, on an ISS flight: the person page lists both.
            where.add("exists (select 1 from CrewSeat s join s.mission up left join s.landedOn home where s.person = p"
                    + " and " + IssFlight.reached("up")
                    + " and (up.vehicle.slug in :vehicles or home.vehicle.slug in :vehicles))");
            params.and("vehicles", vehicles);
            IssFlight.bind(params);
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = Person.count("from Person p" + filter, params);
        List<Long> ids = Page.idsOfPage("select p.id from Person p" + filter + " order by p.name", params, page, size);
        List<Person> items = ids.isEmpty() ? List.of()
                : Page.inOrderOf(ids, Person.list("from Person p where p.id in ?1", ids), p -> p.id);
        return new Page<>(total, page, size, items);
    }
}
