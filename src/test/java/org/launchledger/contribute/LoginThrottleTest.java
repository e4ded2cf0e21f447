package org.launchledger.contribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle on the test database, with a clock of its own that the test moves: counts per name,
 * the window, a success, expiry, and what it keeps of a name (a keyed digest only).
 * Through HTTP: AccountsTest (the sixth attempt is answered 429, by the form and by HTTP Basic); across two
 * instances: TwoInstancesIT.
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

    static final byte[] KEY = "a test key for the throttle's digests".getBytes(StandardCharsets.UTF_8);

    @Test
    void theLimitCountsFailuresWithinTheWindowPerNameInAnySpelling() {
        Instant start = Instant.parse("2031-01-01T10:00:00Z");
        MovingClock clock = new MovingClock(start);
        LoginThrottle throttle = new LoginThrottle(clock, KEY);
        String name = "Throttle-Window-" + System.nanoTime();
        for (int i = 1; i < LoginThrottle.LIMIT; i++) {
            throttle.failed(name);
            clock.now = clock.now.plusSeconds(60);
        }
        assertFalse(throttle.blocked(name), "one failure short of the limit");
        throttle.failed("  " + name.toLowerCase() + " ");
        assertTrue(throttle.blocked(name), "the limit reached, the name spelt differently");
        assertTrue(throttle.blocked(name.toUpperCase()), "in any spelling");
        assertFalse(throttle.blocked(name + "-other"), "another name is not throttled");

        // The first failure leaves the window a minute before the second: one short again.
        clock.now = start.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertFalse(throttle.blocked(name), "the oldest failure left the window");
        throttle.failed(name);
        assertTrue(throttle.blocked(name), "and one more failure reaches the limit again");
    }

    @Test
    void aSuccessClearsTheFailuresBeforeItOnly() {
        Instant start = Instant.parse("2032-01-01T10:00:00Z");
        MovingClock clock = new MovingClock(start);
        LoginThrottle throttle = new LoginThrottle(clock, KEY);
        String name = "throttle-success-" + System.nanoTime();
        for (int i = 0; i < LoginThrottle.LIMIT; i++) {
            throttle.failed(name);
        }
        assertTrue(throttle.blocked(name));
        Instant signedIn = start.plusSeconds(30);
        clock.now = start.plusSeconds(60);
        throttle.failed(name); // after the success, written before the success was cleared
        throttle.succeeded(name, signedIn);
        assertFalse(throttle.blocked(name), "a success starts the name afresh");
        assertEquals(1, rowsOf(throttle, name).size(), "the failure after the success still counts");
    }

    @Test
    void expiredFailuresAreDeletedTheNamesOwnAtOnceTheRestByTheSweep() {
        Instant start = Instant.parse("2032-06-01T10:00:00Z");
        MovingClock clock = new MovingClock(start);
        LoginThrottle throttle = new LoginThrottle(clock, KEY);
        throttle.failed("throttle-first-" + System.nanoTime()); // its first failure sweeps: the next is a window away
        String name = "throttle-expiry-" + System.nanoTime();
        String never = "throttle-never-again-" + System.nanoTime();
        Instant expired = start.minus(LoginThrottle.WINDOW).minusSeconds(60);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String tried : List.of(name, name, never)) {
                SignInFailure row = new SignInFailure();
                row.nameHash = throttle.digest(tried);
                row.failedAt = expired;
                row.persist();
            }
        });
        throttle.failed(name);
        assertEquals(1, rowsOf(throttle, name).size(), "the name's expired failures go as it fails again");
        assertEquals(1, rowsOf(throttle, never).size(), "another name's stay until the sweep");
        clock.now = start.plus(LoginThrottle.WINDOW);
        throttle.failed("someone-else-" + System.nanoTime());
        assertEquals(0, rowsOf(throttle, never).size(), "a name never tried again goes with the next sweep");
    }

    @Test
    void onlyAKeyedDigestOfTheNameIsStored() throws Exception {
        LoginThrottle throttle = new LoginThrottle(new MovingClock(Instant.parse("2033-01-01T10:00:00Z")), KEY);
        String typed = "my-secret-password-" + System.nanoTime();
        throttle.failed(typed);
        List<SignInFailure> rows = rowsOf(throttle, typed);
        assertEquals(1, rows.size());
        String stored = rows.get(0).nameHash;
        assertTrue(stored.matches("[0-9a-f]{64}"), "64 hex digits: " + stored);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() ->
                SignInFailure.count("nameHash like ?1", "%" + typed + "%")));
        String unkeyed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(typed.getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(unkeyed, stored, "not a plain SHA-256, which a list of guesses would find");
        LoginThrottle otherKey = new LoginThrottle(Clock.systemUTC(), "another key".getBytes(StandardCharsets.UTF_8));
        assertNotEquals(otherKey.digest(typed), stored, "the digest depends on the key");
    }

    private static List<SignInFailure> rowsOf(LoginThrottle throttle, String name) {
        String hash = throttle.digest(name);
        return QuarkusTransaction.requiringNew().call(() -> SignInFailure.<SignInFailure>list("nameHash", hash));
    }
}
