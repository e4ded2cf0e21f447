package org.launchledger.timeline;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Precision;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/**
 * Reads the whole history into a {@link Ledger} as plain values: six statements whatever the number
 * of missions, and no entity for a mission or a seat. With a hundred thousand missions, loading
 * them as entities (each managed, with its proxies and snapshots) took longer than a transaction
 * may last; columns straight into records take a small part of that, and leave nothing in the
 * persistence context. Vehicles and stand-downs, a handful, are still read as entities.
 */
final class LedgerReader {

    /** Expeditions of each mission, by mission id. */
    private static final String MISSION_EXPEDITIONS = "select m.id, e from Mission m join m.expeditions e order by m.id, e";
    /** Expeditions of each seat that names its own, by seat id (a seat without them has its mission's). */
    private static final String SEAT_EXPEDITIONS = "select s.id, e from CrewSeat s join s.expeditions e order by s.id, e";
    private static final String SEATS = "select s.id, m.id, p.slug, p.name, s.role, l.slug, l.landingAt,"
            + " l.landingPrecision, p.nationality from CrewSeat s join s.mission m join s.person p left join s.landedOn l"
            + " order by m.id, s.position";
    private static final String MISSIONS = "select m.id, m.slug, m.designation, v.slug, m.outcome, m.launchAt,"
            + " m.launchPrecision, m.dockingAt, m.dockingPrecision, m.undockingAt, m.undockingPrecision,"
            + " m.landingAt, m.landingPrecision, m.unverified from Mission m join m.vehicle v order by m.launchAt, m.id";

    /**
     * The four HQL statements of {@link #read}'s own, in its order, for {@link LedgerWarmUp#prepareParser} (it
     * also lists vehicles and stand-downs through their entities, with statements of theirs).
     */
    static final List<String> STATEMENTS = List.of(MISSION_EXPEDITIONS, SEAT_EXPEDITIONS, SEATS, MISSIONS);

    private LedgerReader() {
    }

    /** The history as committed, analysed as known at {@code asOf}. Call it inside a transaction. */
    static Ledger read(Instant asOf) {
        EntityManager em = Mission.getEntityManager();
        Map<Long, List<Integer>> missionExpeditions = numbers(em, MISSION_EXPEDITIONS);
        Map<Long, List<Integer>> seatExpeditions = numbers(em, SEAT_EXPEDITIONS);
        Map<Long, List<LedgerSeat>> crews = new HashMap<>();
        // A person flies many times: one copy of their slug and name for all their seats.
        Map<String, String> strings = new HashMap<>();
        for (Object[] row : em.createQuery(SEATS, Object[].class).getResultList()) {
            Long mission = (Long) row[1];
            List<Integer> expeditions = seatExpeditions.get((Long) row[0]);
            crews.computeIfAbsent(mission, id -> new ArrayList<>()).add(new LedgerSeat(
                    strings.computeIfAbsent((String) row[2], s -> s), strings.computeIfAbsent((String) row[3], s -> s),
                    strings.computeIfAbsent((String) row[8], s -> s), (String) row[4],
                    (String) row[5], Moment.of((Instant) row[6], (Precision) row[7]),
                    expeditions != null ? expeditions : missionExpeditions.getOrDefault(mission, List.of())));
        }
        List<LedgerMission> missions = new ArrayList<>();
        for (Object[] row : em.createQuery(MISSIONS, Object[].class).getResultList()) {
            Long id = (Long) row[0];
            missions.add(new LedgerMission((String) row[1], (String) row[2], (String) row[3], (Outcome) row[4],
                    Moment.of((Instant) row[5], (Precision) row[6]), Moment.of((Instant) row[7], (Precision) row[8]),
                    Moment.of((Instant) row[9], (Precision) row[10]), Moment.of((Instant) row[11], (Precision) row[12]),
                    missionExpeditions.getOrDefault(id, List.of()), crews.getOrDefault(id, List.of()), (Boolean) row[13]));
        }
        return Ledger.of(Vehicle.listInOrderOfFirstFlight().stream().map(LedgerVehicle::of).toList(), missions,
                StandDown.listAllInOrder().stream().map(LedgerStandDown::of).toList(), asOf);
    }

    /** Numbers (expeditions) by the id of what they belong to, in the order the query gives. */
    private static Map<Long, List<Integer>> numbers(EntityManager em, String query) {
        Map<Long, List<Integer>> numbers = new HashMap<>();
        for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
            numbers.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Integer) row[1]);
        }
        return numbers;
    }
}
