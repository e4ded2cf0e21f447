package org.launchledger.contribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle on the test database, with a clock of its own that the test moves: counts per name,
 * the window, a success, and what it keeps of a name (a digest only). Through HTTP: AccountsTest (the sixth
 * attempt is answered 429); across two instances: TwoInstancesIT.
 */
@QuarkusTest
class LoginThrottleTest {

    /** A clock the test sets; each test starts at its own day, far from the others' rows. */
    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theLimitCountsFailuresWithinTheWindowPerNameInAnySpelling() {
        MovingClock clock = new MovingClock(Instant.parse("2031-01-01T10:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(clock);
        String name = "Throttle-Window-" + System.nanoTime();
        for (int i = 1; i < LoginThrottle.LIMIT; i++) {
            throttle.failed(name);
            clock.now = clock.now.plusSeconds(60);
        }
        assertFalse(throttle.blocked(name), "one failure short of the limit");
        throttle.failed("  " + name.toLowerCase() + " ");
        assertTrue(throttle.blocked(name), "the limit reached, the name spelt differently");
        assertFalse(throttle.blocked(name + "-other"), "another name is not throttled");

        // The first failure leaves the window a minute after the others' first: one short again.
        clock.now = Instant.parse("2031-01-01T10:00:00Z").plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertFalse(throttle.blocked(name), "the oldest failure left the window");
        throttle.failed(name);
        assertTrue(throttle.blocked(name), "and one more failure reaches the limit again");
    }

    @Test
    void aSuccessClearsTheNameAndExpiredFailuresAreDeleted() {
        MovingClock clock = new MovingClock(Instant.parse("2032-01-01T10:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(clock);
        String name = "throttle-success-" + System.nanoTime();
        for (int i = 0; i < LoginThrottle.LIMIT; i++) {
            throttle.failed(name);
        }
        assertTrue(throttle.blocked(name));
        throttle.succeeded(name);
        assertFalse(throttle.blocked(name), "a success starts the name afresh");
        assertEquals(0, rowsOf(name).size());

        throttle.failed(name);
        assertEquals(1, rowsOf(name).size());
        clock.now = clock.now.plus(LoginThrottle.WINDOW).plus(Duration.ofMinutes(1));
        throttle.failed("someone-else-" + System.nanoTime());
        assertEquals(0, rowsOf(name).size(), "a failure older than the window is deleted by the next failure");
    }

    @Test
    void onlyADigestOfTheNameIsStored() {
        LoginThrottle throttle = new LoginThrottle(new MovingClock(Instant.parse("2033-01-01T10:00:00Z")));
        String typed = "my-secret-password-" + System.nanoTime();
        throttle.failed(typed);
        List<SignInFailure> rows = rowsOf(typed);
        assertEquals(1, rows.size());
        String stored = rows.get(0).nameHash;
        assertTrue(stored.matches("[0-9a-f]{64}"), "64 hex digits: " + stored);
        assertFalse(stored.contains(typed), "the name is not stored as typed");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() ->
                SignInFailure.count("nameHash like ?1", "%" + typed + "%")));
    }

    private static List<SignInFailure> rowsOf(String name) {
        String hash = LoginThrottle.digest(name);
        return QuarkusTransaction.requiringNew().call(() -> SignInFailure.<SignInFailure>list("nameHash", hash));
    }
}
