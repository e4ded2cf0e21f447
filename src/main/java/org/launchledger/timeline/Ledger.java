package org.launchledger.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.launchledger.access.AccessHistory;
import org.launchledger.access.CrewedAccess;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/**
 * The history as the timeline needs it: immutable records built from the database (no entity) and
 * the access analysis as known at {@code asOf} (today, on a page). Facts only, the same in every
 * language: {@link Wording} turns them into words. Cached and shared by every page with a timeline,
 * keyed by the data version ({@link AccessService}). Missions are indexed by slug and by vehicle
 * once, since every page looks them up and the history may hold a hundred thousand of them.
 */
public final class Ledger {

    private final List<LedgerVehicle> vehicles;
    private final List<LedgerMission> missions;
    private final List<LedgerStandDown> standDowns;
    private final Instant asOf;
    private final AccessHistory access;
    private final Map<String, LedgerMission> bySlug;
    private final Map<String, List<LedgerMission>> byVehicle;
    /** What {@link #derived} computed, by the function that computed it. */
    private final Map<Function<Ledger, ?>, Once<?>> derived = new ConcurrentHashMap<>();
    /** What {@link #derivedFromFacts} computed: shared with the same history at other moments ({@link #asOf(Instant)}). */
    private final Map<Function<Ledger, ?>, Once<?>> derivedFromFacts;

    /** The lists are copied: a ledger cannot be changed through them. Missions in launch order. */
    public Ledger(List<LedgerVehicle> vehicles, List<LedgerMission> missions, List<LedgerStandDown> standDowns,
                  Instant asOf, AccessHistory access) {
        this(List.copyOf(vehicles), List.copyOf(missions), List.copyOf(standDowns), asOf, access, null, null, new ConcurrentHashMap<>());
    }

    private Ledger(List<LedgerVehicle> vehicles, List<LedgerMission> missions, List<LedgerStandDown> standDowns,
                   Instant asOf, AccessHistory access, Map<String, LedgerMission> bySlug,
                   Map<String, List<LedgerMission>> byVehicle, Map<Function<Ledger, ?>, Once<?>> derivedFromFacts) {
        this.vehicles = vehicles;
        this.missions = missions;
        this.standDowns = standDowns;
        this.asOf = asOf;
        this.access = access;
        if (bySlug == null) {
            bySlug = new HashMap<>();
            byVehicle = new HashMap<>();
            for (LedgerMission m : missions) {
                bySlug.putIfAbsent(m.slug(), m);
                byVehicle.computeIfAbsent(m.vehicle(), v -> new ArrayList<>()).add(m);
            }
            byVehicle.replaceAll((v, list) -> List.copyOf(list));
        }
        this.bySlug = bySlug;
        this.byVehicle = byVehicle;
        this.derivedFromFacts = derivedFromFacts;
    }

    /** The vehicles, in order of their first crewed flight. */
    public List<LedgerVehicle> vehicles() {
        return vehicles;
    }

    /** Every mission, in launch order. */
    public List<LedgerMission> missions() {
        return missions;
    }

    /** The missions of one vehicle, in launch order; empty for a vehicle without any. */
    public List<LedgerMission> missionsOf(String vehicle) {
        return byVehicle.getOrDefault(vehicle, List.of());
    }

    /** Every stand-down, in order. */
    public List<LedgerStandDown> standDowns() {
        return standDowns;
    }

    /** The moment (UTC) the analysis stands at: today, on a page. */
    public Instant asOf() {
        return asOf;
    }

    /** The analysis of crewed access as known at {@link #asOf()}. */
    public AccessHistory access() {
        return access;
    }

    /**
     * A value computed from this ledger alone (the statistics, say), computed at its first use and kept
     * with the ledger: once per data version and minute rather than once per request. {@code compute} is
     * the key, so it must be a constant (a static final function), and pure. Callers asking while it is
     * computed wait for that one computation rather than each starting their own (at a hundred thousand
     * missions eight readers of /stats at once took 1.9 s when each counted for itself).
     */
    public <T> T derived(Function<Ledger, T> compute) {
        return once(derived, compute);
    }

    /**
     * As {@link #derived}, for a value computed from the facts alone (vehicles, missions, seats,
     * stand-downs; never {@link #asOf()} or {@link #access()}): computed once per data version, since the
     * same history at the next minute shares it.
     */
    public <T> T derivedFromFacts(Function<Ledger, T> compute) {
        return once(derivedFromFacts, compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T once(Map<Function<Ledger, ?>, Once<?>> kept, Function<Ledger, T> compute) {
        return ((Once<T>) kept.computeIfAbsent(compute, key -> new Once<>(() -> compute.apply(this)))).get();
    }

    /** A value computed at most once, by the first caller; the others wait for it. A failure is not kept. */
    private static final class Once<T> {
        /** Dropped once computed: it holds the ledger that first asked, which a shared value must not keep alive. */
        private Supplier<T> compute;
        private volatile T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            T known = value;
            if (known == null) {
                synchronized (this) {
                    known = value;
                    if (known == null) {
                        known = compute.get();
                        value = known;
                        compute = null;
                    }
                }
            }
            return known;
        }
    }

    /** The history's facts, analysed as known at {@code asOf}. */
    public static Ledger of(List<LedgerVehicle> vehicles, List<LedgerMission> missions,
                            List<LedgerStandDown> standDowns, Instant asOf) {
        return new Ledger(vehicles, missions, standDowns, asOf, analyse(vehicles, missions, standDowns, asOf));
    }

    private static AccessHistory analyse(List<LedgerVehicle> vehicles, List<LedgerMission> missions,
                                         List<LedgerStandDown> standDowns, Instant asOf) {
        return CrewedAccess.analyse(
                vehicles.stream().map(v -> new CrewedAccess.Vehicle(v.slug(), v.country(), v.retired())).toList(),
                missions.stream().map(m -> new CrewedAccess.Flight(m.slug(), m.vehicle(), m.launch(), m.landing(),
                        m.carriedCrewToStation())).toList(),
                standDowns.stream().map(s -> new CrewedAccess.StandDown(s.vehicle(), s.from(), s.to(), s.reason()))
                        .toList(),
                asOf);
    }

    /**
     * The facts of loaded entities, analysed as known at {@code asOf}: vehicles; missions with
     * their vehicles and expeditions; their crews' seats (any order: each mission keeps its seats in
     * the order given) with people, flights home and expeditions; stand-downs with their vehicles.
     * Call it where they can still load (in the transaction that read them); nothing of them is kept.
     */
    public static Ledger read(List<Vehicle> vehicles, List<Mission> missions, List<CrewSeat> seats,
                              List<StandDown> standDowns, Instant asOf) {
        Map<String, List<CrewSeat>> crews = new LinkedHashMap<>();
        missions.forEach(m -> crews.put(m.slug, new ArrayList<>()));
        seats.forEach(s -> crews.computeIfAbsent(s.mission.slug, slug -> new ArrayList<>()).add(s));
        return of(vehicles.stream().map(LedgerVehicle::of).toList(),
                missions.stream().map(m -> LedgerMission.of(m, crews.get(m.slug))).toList(),
                standDowns.stream().map(LedgerStandDown::of).toList(), asOf);
    }

    /** The same history analysed as known at another moment (the indexes are shared). */
    public Ledger asOf(Instant moment) {
        return moment.equals(asOf) ? this : new Ledger(vehicles, missions, standDowns, moment,
                analyse(vehicles, missions, standDowns, moment), bySlug, byVehicle, derivedFromFacts);
    }

    /** The mission with this slug, if the history has it. */
    public Optional<LedgerMission> mission(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(bySlug.get(slug));
    }

    /** The vehicle with this slug, if the history has it. */
    public Optional<LedgerVehicle> vehicle(String slug) {
        return vehicles.stream().filter(v -> v.slug().equals(slug)).findFirst();
    }

    /**
     * The first crew rotation of the same vehicle after the given flight: the next flight of it
     * that carried crew to the station for an ISS expedition (short private visits carry none).
     */
    public Optional<LedgerMission> nextRotationAfter(LedgerMission flight) {
        return missionsOf(flight.vehicle()).stream()
                .filter(m -> m.launch().at().isAfter(flight.launch().at()))
                .filter(m -> m.carriedCrewToStation() && !m.expeditions().isEmpty())
                .findFirst();
    }
}
