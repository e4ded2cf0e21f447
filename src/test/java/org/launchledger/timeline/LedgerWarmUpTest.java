package org.launchledger.timeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.launchledger.history.DataVersion;
import org.launchledger.history.MadeUp;
import org.launchledger.history.Vehicle;

/**
 * The start-up warm-up reads the history into the cached ledger, so the first reader's {@code ledger()} reads
 * nothing but (at most) the data version; a failed read is logged, never thrown into the start.
 */
@QuarkusTest
class LedgerWarmUpTest {

    private static final String SLUG = "warm-up-test-capsule";

    @Inject
    AccessService access;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void removeIt() {
        QuarkusTransaction.requiringNew().run(() -> {
            Vehicle.delete("slug", SLUG);
            DataVersion.increment();
        });
    }

    @Test
    void afterTheWarmUpTheNextLedgerIsReadFromMemory() {
        QuarkusTransaction.requiringNew().run(() -> {
            Vehicle v = MadeUp.vehicle(SLUG, "CN");
            v.operator = "Test Agency";
            v.crewSeats = 3;
            v.persist();
            DataVersion.increment();
        });

        long beforeWarmUp = statements();
        LedgerWarmUp.warm(access);
        long warmUp = statements() - beforeWarmUp;
        long beforeReader = statements();
        boolean seen = access.ledger().vehicle(SLUG).isPresent();
        long reader = statements() - beforeReader;

        assertTrue(warmUp > 1, "the warm-up read the history: " + warmUp + " statements");
        assertTrue(seen, "the ledger the warm-up read holds the change committed before it");
        assertTrue(reader <= 1, "the reader after it read at most the data version: " + reader + " statements");
    }

    @Test
    void aFailedReadDoesNotStopTheStart() {
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
}
