package org.launchledger.timeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.launchledger.history.DataVersion;
import org.launchledger.history.MadeUp;
import org.launchledger.history.Person;
import org.launchledger.history.SearchIndex;
import org.launchledger.history.Vehicle;

/**
 * The cached ledger is keyed by the data version: a change that increments it in its own
 * transaction is seen by the next {@code ledger()} after it commits, never before; a change that
 * does not increment it is not seen; the start-up warm-up ({@link LedgerWarmUp}) leaves the next reader nothing
 * to read but the version; and nothing in the ledger is an entity. The search index is kept by version too.
 */
@QuarkusTest
class DataVersionTest {

    private static final String SLUG = "version-test-capsule";

    @Inject
    AccessService access;

    @Inject
    EntityManagerFactory entityManagerFactory;

    private static void addVehicle() {
        Vehicle v = MadeUp.vehicle(SLUG, "CN");
        v.operator = "Test Agency";
        v.crewSeats = 3;
        v.persist();
    }

    private boolean ledgerHasIt() {
        return access.ledger().vehicle(SLUG).isPresent();
    }

    @AfterEach
    void removeIt() {
        QuarkusTransaction.requiringNew().run(() -> {
            Vehicle.delete("slug", SLUG);
            DataVersion.increment();
        });
    }

    @Test
    void aChangeThatIncrementsTheVersionIsSeenByTheNextLedger() {
        access.ledger();
        long before = QuarkusTransaction.requiringNew().call(DataVersion::current);
        QuarkusTransaction.requiringNew().run(() -> {
            addVehicle();
            DataVersion.increment();
        });
        assertEquals(before + 1, QuarkusTransaction.requiringNew().call(DataVersion::current));
        assertTrue(ledgerHasIt(), "the row added with the increment is in the next ledger");
    }

    @Test
    void withoutAnIncrementTheCachedLedgerIsServed() {
        access.ledger();
        QuarkusTransaction.requiringNew().run(DataVersionTest::addVehicle);
        assertFalse(ledgerHasIt(), "no new version, so the cached ledger, which lacks the row");
        QuarkusTransaction.requiringNew().run(DataVersion::increment);
        assertTrue(ledgerHasIt(), "a new version, so a ledger read again");
    }

    @Test
    void theSearchIndexIsKeptUntilTheVersionMovesOn() {
        SearchIndex index = SearchIndex.current();
        assertSame(index, SearchIndex.current(), "the same version: the index kept");
        QuarkusTransaction.requiringNew().run(() -> {
            Person someone = new Person();
            someone.slug = "version-test-person";
            someone.name = "Versiontest Ionescu";
            someone.nationality = "RO";
            someone.persist();
            DataVersion.increment();
        });
        try {
            SearchIndex rebuilt = SearchIndex.current();
            assertNotSame(index, rebuilt, "a new version: the index built again");
            assertTrue(index.peopleCalled("versiontest").orElseThrow().isEmpty(), "the old index lacks the person");
            assertEquals(1, rebuilt.peopleCalled("versiontest").orElseThrow().size(), "the new index has them");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Person.delete("slug", "version-test-person");
                DataVersion.increment();
            });
        }
    }

    @Test
    void theCacheIsRefreshedAfterCommitNeverBefore() {
        access.ledger();
        assertThrows(WriterFailed.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            addVehicle();
            DataVersion.increment();
            assertFalse(ledgerHasIt(), "inside the writing transaction: the committed history only");
            throw new WriterFailed();
        }));
        assertFalse(ledgerHasIt(), "rolled back: neither the version nor the row was committed");
    }

    @Test
    void afterTheWarmUpTheNextLedgerIsReadFromMemory() {
        QuarkusTransaction.requiringNew().run(() -> {
            addVehicle();
            DataVersion.increment();
        });

        long beforeWarmUp = statements();
        LedgerWarmUp.warm(access);
        long warmUp = statements() - beforeWarmUp;
        long beforeReader = statements();
        boolean seen = ledgerHasIt();
        long reader = statements() - beforeReader;

        assertTrue(warmUp > 1, "the warm-up read the history: " + warmUp + " statements");
        assertTrue(seen, "the ledger the warm-up read holds the change committed before it");
        assertTrue(reader <= 1, "the reader after it read at most the data version: " + reader + " statements");
    }

    @Test
    void aFailedWarmUpDoesNotStopTheStart() {
        AccessService failing = new AccessService() {
            @Override
            public Ledger ledger() {
                throw new IllegalStateException("database unreachable");
            }
        };
        assertDoesNotThrow(() -> LedgerWarmUp.warm(failing));
    }

    private long statements() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount();
    }

    /** A writer that fails after its change and its increment: its transaction rolls back. */
    private static final class WriterFailed extends RuntimeException {
    }

    @Test
    void onADatabaseOnlyThisProcessWritesTheVersionIsKnownUntilAChangeEnds() {
        long read = DataVersion.committed();
        assertEquals(OptionalLong.of(read), DataVersion.known(), "known without a statement after a read");
        assertEquals(QuarkusTransaction.requiringNew().call(DataVersion::current), read);

        QuarkusTransaction.requiringNew().run(DataVersion::increment);

        assertTrue(DataVersion.known().isEmpty(), "a change has ended: read again before it is known");
        assertEquals(read + 1, DataVersion.committed());
        assertEquals(OptionalLong.of(read + 1), DataVersion.known());
    }

    @Test
    void aRolledBackIncrementLeavesTheVersionToBeReadAgainUnchanged() {
        long read = DataVersion.committed();
        assertThrows(WriterFailed.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            DataVersion.increment();
            assertEquals(read, DataVersion.committed(), "inside the writing transaction: the committed version");
            throw new WriterFailed();
        }));

        assertTrue(DataVersion.known().isEmpty(), "ended, even rolled back: read again");
        assertEquals(read, DataVersion.committed());
    }

    @Test
    void onlyAnEmbeddedH2IsWrittenByThisProcessAlone() {
        assertTrue(DataVersion.onlyWriter("jdbc:h2:mem:ledger;DB_CLOSE_DELAY=-1"));
        assertTrue(DataVersion.onlyWriter("jdbc:h2:file:./data/ledger;WRITE_DELAY=0"));
        assertTrue(DataVersion.onlyWriter("jdbc:h2:./data/ledger"));
        assertFalse(DataVersion.onlyWriter("jdbc:h2:file:./data/ledger;AUTO_SERVER=TRUE"));
        assertFalse(DataVersion.onlyWriter("jdbc:h2:tcp://db.example:9092/ledger"));
        assertFalse(DataVersion.onlyWriter("jdbc:h2:ssl://db.example/ledger"));
        assertFalse(DataVersion.onlyWriter("jdbc:postgresql://127.0.0.1:5432/ledger"));
        assertFalse(DataVersion.onlyWriter(""));
    }

    @Test
    void anIncrementOutsideATransactionIsRefused() {
        assertThrows(IllegalStateException.class, DataVersion::increment);
    }

    @Test
    void noEntityIsReachableFromTheLedger() {
        Deque<Object> todo = new ArrayDeque<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        todo.push(access.ledger());
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o == null || seen.put(o, true) != null) {
                continue;
            }
            Class<?> type = o.getClass();
            assertFalse(type.isAnnotationPresent(jakarta.persistence.Entity.class), "an entity in the ledger: " + type);
            assertFalse(type.getName().startsWith("org.hibernate"), "a Hibernate object in the ledger: " + type);
            if (o instanceof Collection<?> c) {
                c.stream().filter(Objects::nonNull).forEach(todo::push);
            } else if (o instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    todo.push(k);
                    Optional.ofNullable(v).ifPresent(todo::push);
                });
            } else if (o instanceof Optional<?> opt) {
                opt.ifPresent(todo::push);
            } else if (type.getName().startsWith("org.launchledger")) {
                for (Field f : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                        f.setAccessible(true);
                        try {
                            Optional.ofNullable(f.get(o)).ifPresent(todo::push);
                        } catch (IllegalAccessException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }
        }
        assertTrue(seen.size() > 100, "the walk went through the ledger: " + seen.size() + " objects");
    }
}
