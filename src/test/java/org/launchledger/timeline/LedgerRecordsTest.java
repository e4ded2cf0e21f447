package org.launchledger.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Precision;

/**
 * The cached ledger can be shared by every request: its records copy their lists and cannot be changed,
 * and what is derived from it is computed once.
 */
class LedgerRecordsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Moment at(String iso) {
        return new Moment(Instant.parse(iso), Precision.MINUTE);
    }

    @Test
    void theListsAreCopiedAndCannotBeChanged() {
        List<Integer> seatExpeditions = new ArrayList<>(List.of(63));
        List<LedgerSeat> crew = new ArrayList<>(List.of(new LedgerSeat("someone", "Someone", "US", "Commander", null, null,
                seatExpeditions)));
        List<Integer> expeditions = new ArrayList<>(List.of(63, 64));
        List<LedgerVehicle> vehicles = new ArrayList<>(List.of(new LedgerVehicle("dragon", "Dragon", "US", null)));
        List<LedgerMission> missions = new ArrayList<>(List.of(new LedgerMission("up-1", "Up-1", "dragon",
                Outcome.IN_PROGRESS, at("2020-05-30T19:22:00Z"), null, null, null, expeditions, crew, false)));
        List<LedgerStandDown> standDowns = new ArrayList<>(List.of(new LedgerStandDown("dragon",
                at("2021-01-01T00:00:00Z"), at("2021-02-01T00:00:00Z"), "grounded", null)));
        Ledger ledger = Ledger.of(vehicles, missions, standDowns, NOW);

        seatExpeditions.clear();
        crew.clear();
        expeditions.clear();
        vehicles.clear();
        missions.clear();
        standDowns.clear();

        assertEquals(1, ledger.vehicles().size());
        assertEquals(1, ledger.standDowns().size());
        LedgerMission mission = ledger.missions().get(0);
        assertEquals(List.of(63, 64), mission.expeditions());
        assertEquals(List.of(63), mission.crew().get(0).expeditions());
        assertUnmodifiable(() -> ledger.vehicles().clear());
        assertUnmodifiable(() -> ledger.missions().remove(0));
        assertUnmodifiable(() -> ledger.standDowns().clear());
        assertUnmodifiable(() -> mission.crew().clear());
        assertUnmodifiable(() -> mission.expeditions().add(65));
        assertUnmodifiable(() -> mission.crew().get(0).expeditions().add(65));
        assertUnmodifiable(() -> ledger.access().segments().clear());
        assertEquals(ledger, ledger.asOf(NOW), "the same moment gives the same ledger");
    }

    /** Counted by {@link #COUNT_MISSIONS}: how many times it ran. */
    private static final AtomicInteger COUNTED = new AtomicInteger();

    private static final Function<Ledger, List<String>> COUNT_MISSIONS = ledger -> {
        COUNTED.incrementAndGet();
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ledger.missions().stream().map(LedgerMission::slug).toList();
    };

    @Test
    void aDerivedValueIsComputedOnceForEveryoneAskingAtOnce() throws Exception {
        Ledger ledger = Ledger.of(List.of(new LedgerVehicle("dragon", "Dragon", "US", null)), List.of(), List.of(), NOW);
        COUNTED.set(0);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(readers.submit(() -> ledger.derived(COUNT_MISSIONS)));
            }
            List<String> first = answers.get(0).get();
            for (Future<List<String>> answer : answers) {
                assertSame(first, answer.get());
            }
        } finally {
            readers.shutdownNow();
        }
        assertEquals(1, COUNTED.get(), "computed once");
        assertSame(ledger.derived(COUNT_MISSIONS), ledger.derived(COUNT_MISSIONS));
        Ledger aMinuteLater = ledger.asOf(NOW.plusSeconds(60));
        aMinuteLater.derived(COUNT_MISSIONS);
        assertEquals(2, COUNTED.get(), "a ledger of another moment computes its own");
        ledger.derivedFromFacts(COUNT_MISSIONS);
        aMinuteLater.derivedFromFacts(COUNT_MISSIONS);
        assertEquals(3, COUNTED.get(), "from the facts alone: once for the same history at any moment");
    }

    /** The change is refused: the cached ledger is shared by every request and must never change. */
    private static void assertUnmodifiable(org.junit.jupiter.api.function.Executable change) {
        assertThrows(UnsupportedOperationException.class, change);
    }
}
