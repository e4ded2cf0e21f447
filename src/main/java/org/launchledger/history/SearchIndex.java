package org.launchledger.history;

import static io.quarkus.hibernate.orm.panache.Panache.getEntityManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The search columns of every mission and person ({@link Mission#search}, {@link Person#search}), indexed by
 * trigram in memory ({@link TextIndex}), and who launched on what: what text search asks first, so that it
 * reads the rows it finds rather than every row. Built from three narrow queries once per data version and
 * shared ({@link PerDataVersion}). At a hundred thousand missions (bench/scale.sh) it holds some 20 MB (reckoned:
 * the names, two million trigram entries, 300,000 seats) and the first search after each change waits 1.4–2.2 s
 * for it, where a scan of the columns took 0.2–0.7 s on every search.
 */
public final class SearchIndex {

    /**
     * The most matches a search answers by id: more are read by scanning the columns (a list of ids that
     * long would cost more to send than the scan), which then costs what a search finding that many would.
     */
    public static final int MAX_MATCHES = 1000;

    private static final PerDataVersion<SearchIndex> CURRENT = new PerDataVersion<>(SearchIndex::read);

    private final long[] missionIds;
    private final TextIndex missions;
    private final long[] personIds;
    private final TextIndex people;
    /** For each person's position, the ids of the missions they launched on. */
    private final long[][] launchedOn;

    SearchIndex(long[] missionIds, List<String> missionTexts, long[] personIds, List<String> personTexts,
                long[][] launchedOn) {
        this.missionIds = missionIds;
        this.missions = new TextIndex(missionTexts);
        this.personIds = personIds;
        this.people = new TextIndex(personTexts);
        this.launchedOn = launchedOn;
    }

    /** The index of the committed history; built here when the data version moved on since the last one. */
    public static SearchIndex current() {
        return CURRENT.get();
    }

    /**
     * The ids, ascending, of the missions a text finds by name: a mission's slug or designation, or the name of
     * anyone who launched on it, partial and blind to case, accents and script ({@link Slugs}); none for a
     * text that folds to nothing. Empty when more than {@link #MAX_MATCHES} match.
     */
    public Optional<List<Long>> missionsCalled(String text) {
        Optional<int[]> named = positions(missions, text);
        Optional<int[]> crews = positions(people, text);
        if (named.isEmpty() || crews.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Long> found = new TreeSet<>();
        for (int position : named.get()) {
            found.add(missionIds[position]);
        }
        for (int position : crews.get()) {
            for (long mission : launchedOn[position]) {
                found.add(mission);
            }
        }
        return found.size() > MAX_MATCHES ? Optional.empty() : Optional.of(List.copyOf(found));
    }

    /** The ids, ascending, of the people a text finds by any of their names; as {@link #missionsCalled}. */
    public Optional<List<Long>> peopleCalled(String text) {
        return positions(people, text).map(found -> Arrays.stream(found).mapToObj(position -> personIds[position]).toList());
    }

    /**
     * The positions of the texts in {@code index} that contain the folded text: none for a text that folds
     * to nothing, empty (left to a scan) for more than {@link #MAX_MATCHES}.
     */
    private static Optional<int[]> positions(TextIndex index, String text) {
        String folded = Slugs.of(text);
        int[] found = folded.isEmpty() ? new int[0] : index.containing(folded);
        return found.length > MAX_MATCHES ? Optional.empty() : Optional.of(found);
    }

    private static SearchIndex read() {
        List<Object[]> missionRows = getEntityManager()
                .createQuery("select m.id, m.search from Mission m order by m.id", Object[].class).getResultList();
        List<Object[]> personRows = getEntityManager()
                .createQuery("select p.id, p.search from Person p order by p.id", Object[].class).getResultList();
        List<Object[]> seats = getEntityManager()
                .createQuery("select s.person.id, s.mission.id from CrewSeat s", Object[].class).getResultList();
        long[] missionIds = missionRows.stream().mapToLong(row -> (Long) row[0]).toArray();
        long[] personIds = personRows.stream().mapToLong(row -> (Long) row[0]).toArray();
        Map<Long, Integer> personPosition = new HashMap<>();
        for (int i = 0; i < personIds.length; i++) {
            personPosition.put(personIds[i], i);
        }
        List<List<Long>> flights = new ArrayList<>();
        for (int i = 0; i < personIds.length; i++) {
            flights.add(new ArrayList<>(2));
        }
        for (Object[] seat : seats) {
            // A seat committed after the people were read may name someone not among them: the data version
            // has then moved on, so the next search builds the index again.
            Integer position = personPosition.get((Long) seat[0]);
            if (position != null) {
                flights.get(position).add((Long) seat[1]);
            }
        }
        long[][] launchedOn = flights.stream()
                .map(missionsOfOne -> missionsOfOne.stream().mapToLong(Long::longValue).toArray())
                .toArray(long[][]::new);
        return new SearchIndex(missionIds, missionRows.stream().map(row -> (String) row[1]).toList(),
                personIds, personRows.stream().map(row -> (String) row[1]).toList(), launchedOn);
    }
}
