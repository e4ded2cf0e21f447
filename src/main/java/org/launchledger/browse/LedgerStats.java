package org.launchledger.browse;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.launchledger.access.AccessHistory;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Outcome;
import org.launchledger.history.Span;
import org.launchledger.history.Vehicle;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.LedgerMission;
import org.launchledger.timeline.LedgerSeat;

/**
 * The statistics of /stats and /api/stats, counted from the cached {@link Ledger} rather than by
 * aggregate queries: with a hundred thousand missions those took minutes on H2, while one pass
 * over the ledger in memory takes milliseconds. ISS flights only where the page says so: a seat on
 * a flight that reached the station ({@link LedgerMission#issFlight()}).
 */
public final class LedgerStats {

    /** One of the longest ISS flights: who, up on what, down on what, and for how long. */
    public record LongestFlight(String person, String personName, LedgerMission launchedOn, LedgerMission landedOn,
                                Span span) {
    }

    /**
     * Everything /stats and /api/stats show, counted from one ledger: launches per year, ISS seats per
     * nationality, tallies per vehicle, the longest flights ({@link CrewSeat#LONGEST_LISTED}), and the
     * seats per vehicle in each period of access ({@link #seatsPerPeriod}).
     */
    public record Figures(List<Mission.LaunchesInYear> launchesPerYear, List<CrewSeat.SeatsOfCountry> seatsByNationality,
                          Map<String, Vehicle.Tally> tallies, List<LongestFlight> longest,
                          List<Map<String, Long>> seatsPerPeriod) {
    }

    /** The figures that follow from the facts alone, whatever the moment of the analysis. */
    private record Counts(List<Mission.LaunchesInYear> launchesPerYear, List<CrewSeat.SeatsOfCountry> seatsByNationality,
                          Map<String, Vehicle.Tally> tallies, List<LongestFlight> longest) {
    }

    /** Unmodifiable: every request of the data version is handed the same lists. */
    private static final Function<Ledger, Counts> COUNTS = ledger -> new Counts(List.copyOf(launchesPerYear(ledger)),
            List.copyOf(seatsByNationality(ledger)), Collections.unmodifiableMap(tallies(ledger)),
            List.copyOf(longest(ledger, CrewSeat.LONGEST_LISTED)));

    private static final Function<Ledger, List<Map<String, Long>>> SEATS_PER_PERIOD = LedgerStats::seatsPerPeriod;

    private LedgerStats() {
    }

    /**
     * The figures of a ledger: the counts once per data version ({@link Ledger#derivedFromFacts}), as each
     * pass reads every seat (300,000 at a hundred thousand missions), which a page drawn again must not
     * repeat; the seats per period of access once per ledger ({@link Ledger#derived}), as the periods are
     * the analysis's at the ledger's minute.
     */
    public static Figures of(Ledger ledger) {
        Counts counts = ledger.derivedFromFacts(COUNTS);
        return new Figures(counts.launchesPerYear(), counts.seatsByNationality(), counts.tallies(), counts.longest(),
                ledger.derived(SEATS_PER_PERIOD));
    }

    /** The tallies per vehicle of {@link #of}, alone (the vehicle pages need nothing else). */
    public static Map<String, Vehicle.Tally> talliesOf(Ledger ledger) {
        return ledger.derivedFromFacts(COUNTS).tallies();
    }

    /**
     * Seats on ISS flights launched in each period of access (sole-access eras and the shared stretches
     * between, {@link AccessHistory#periods()}, in that order), per vehicle slug; a flight that closed an
     * era by its launch counts in the era it closed.
     */
    public static List<Map<String, Long>> seatsPerPeriod(Ledger ledger) {
        List<AccessHistory.Period> periods = ledger.access().periods();
        List<Map<String, Long>> seats = new ArrayList<>();
        periods.forEach(period -> seats.add(new HashMap<>()));
        for (LedgerMission m : ledger.missions()) {
            if (!m.issFlight()) {
                continue;
            }
            Instant at = ledger.access().countedAt(m.slug(), m.launch().at());
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).contains(at)) {
                    seats.get(i).merge(m.vehicle(), (long) m.crew().size(), Long::sum);
                    break;
                }
            }
        }
        return seats.stream().map(Map::copyOf).toList();
    }

    /** Crewed launches per UTC year and vehicle, aborts included, flights not yet launched left out; by year, then vehicle slug. */
    public static List<Mission.LaunchesInYear> launchesPerYear(Ledger ledger) {
        Map<Integer, Map<String, Long>> years = new TreeMap<>();
        for (LedgerMission m : ledger.missions()) {
            if (m.outcome() != Outcome.PLANNED && !m.crew().isEmpty()) {
                years.computeIfAbsent(m.launch().at().atOffset(ZoneOffset.UTC).getYear(), y -> new TreeMap<>())
                        .merge(m.vehicle(), 1L, Long::sum);
            }
        }
        List<Mission.LaunchesInYear> rows = new ArrayList<>();
        years.forEach((year, vehicles) -> vehicles.forEach((vehicle, launches) ->
                rows.add(new Mission.LaunchesInYear(year, vehicle, launches))));
        return rows;
    }

    /** ISS flights per nationality (seats, and different people in them), most seats first, then by code. */
    public static List<CrewSeat.SeatsOfCountry> seatsByNationality(Ledger ledger) {
        Map<String, Long> seats = new HashMap<>();
        Map<String, Set<String>> people = new HashMap<>();
        for (LedgerMission m : ledger.missions()) {
            if (m.issFlight()) {
                for (LedgerSeat s : m.crew()) {
                    seats.merge(s.nationality(), 1L, Long::sum);
                    people.computeIfAbsent(s.nationality(), n -> new HashSet<>()).add(s.person());
                }
            }
        }
        return seats.entrySet().stream()
                .map(e -> new CrewSeat.SeatsOfCountry(e.getKey(), e.getValue(), people.get(e.getKey()).size()))
                .sorted(Comparator.comparingLong(CrewSeat.SeatsOfCountry::seats).reversed()
                        .thenComparing(CrewSeat.SeatsOfCountry::country, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Per vehicle slug that carried a crew to the station: its ISS flights, their seats and the different people in them. */
    public static Map<String, Vehicle.Tally> tallies(Ledger ledger) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Set<String>> people = new HashMap<>();
        for (LedgerMission m : ledger.missions()) {
            if (m.issFlight() && !m.crew().isEmpty()) {
                long[] c = counts.computeIfAbsent(m.vehicle(), v -> new long[2]);
                c[0]++;
                c[1] += m.crew().size();
                m.crew().forEach(s -> people.computeIfAbsent(m.vehicle(), v -> new HashSet<>()).add(s.person()));
            }
        }
        Map<String, Vehicle.Tally> tallies = new LinkedHashMap<>();
        counts.forEach((vehicle, c) -> tallies.put(vehicle, new Vehicle.Tally(vehicle, c[0], c[1], people.get(vehicle).size())));
        return tallies;
    }

    /**
     * The {@code limit} longest ISS flights of a person, launch to the landing of the flight home
     * (both known): longest first, then by name.
     */
    public static List<LongestFlight> longest(Ledger ledger, int limit) {
        // Only the longest so far are kept (the shortest of them on top), so a history of any size
        // costs one pass and a heap of {@code limit} seats, not a sort of every seat.
        Comparator<Candidate> shorterFirst = Comparator.comparingLong(Candidate::seconds)
                .thenComparing(Comparator.comparing((Candidate c) -> c.seat().personName()).reversed());
        PriorityQueue<Candidate> kept = new PriorityQueue<>(shorterFirst);
        for (LedgerMission m : ledger.missions()) {
            if (!m.issFlight()) {
                continue;
            }
            for (LedgerSeat s : m.crew()) {
                if (s.landedOn() == null || s.landing() == null) {
                    continue;
                }
                Candidate candidate = new Candidate(m, s, Duration.between(m.launch().at(), s.landing().at()).toSeconds());
                if (kept.size() < limit) {
                    kept.add(candidate);
                } else if (limit > 0 && shorterFirst.compare(candidate, kept.peek()) > 0) {
                    kept.poll();
                    kept.add(candidate);
                }
            }
        }
        List<Candidate> longestFirst = new ArrayList<>(kept);
        longestFirst.sort(shorterFirst.reversed());
        List<LongestFlight> flights = new ArrayList<>();
        for (Candidate c : longestFirst) {
            ledger.mission(c.seat().landedOn()).ifPresent(home -> flights.add(new LongestFlight(c.seat().person(),
                    c.seat().personName(), c.launchedOn(), home, Span.between(c.launchedOn().launch(), c.seat().landing()))));
        }
        return flights;
    }

    /** A seat being weighed for {@link #longest}: launch to landing in whole seconds. */
    private record Candidate(LedgerMission launchedOn, LedgerSeat seat, long seconds) {
    }
}
