package org.launchledger.contribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle on the test database, with a clock of its own that the test moves: counts per name,
 * the window, successes, attempts made all at once, and what it keeps of a name (a keyed digest only).
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

    /** Attempts that fail: each begins and is left as it is. Returns how many were let through. */
    static int fail(LoginThrottle throttle, String name, int times) {
        int through = 0;
        for (int i = 0; i < times; i++) {
            through += throttle.begin(name).isPresent() ? 1 : 0;
        }
        return through;
    }

    @Test
    void theLimitCountsFailuresWithinTheWindowPerNameInAnySpelling() {
        Instant start = Instant.parse("2031-01-01T10:00:00Z");
        MovingClock clock = new MovingClock(start);
        LoginThrottle throttle = new LoginThrottle(clock, KEY);
        String name = "Throttle-Window-" + System.nanoTime();
        for (int i = 1; i < LoginThrottle.LIMIT; i++) {
            assertEquals(1, fail(throttle, name, 1), "failure " + i + " let through");
            clock.now = clock.now.plusSeconds(60);
        }
        assertEquals(1, fail(throttle, "  " + name.toLowerCase() + " ", 1), "the fifth, spelt differently");
        assertTrue(throttle.begin(name).isEmpty(), "the sixth attempt is refused");
        assertTrue(throttle.begin(name.toUpperCase()).isEmpty(), "in any spelling");
        LoginThrottle.Attempt other = throttle.begin(name + "-other").orElseThrow();
        throttle.forget(other.id());

        // The first failure leaves the window: one attempt goes through, and its failure fills the limit again.
        clock.now = start.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertEquals(1, fail(throttle, name, 1), "the oldest failure left the window");
        assertTrue(throttle.begin(name).isEmpty(), "and that failure reaches the limit again");
        // Refused attempts are not kept: they do not lengthen the wait.
        assertEquals(LoginThrottle.LIMIT, rowsOf(throttle, name).size());
    }

    @Test
    void aFormSuccessClearsTheNameABasicSuccessOnlyItself() {
        LoginThrottle throttle = new LoginThrottle(new MovingClock(Instant.parse("2032-01-01T10:00:00Z")), KEY);
        String name = "throttle-success-" + System.nanoTime();
        fail(throttle, name, 3);
        LoginThrottle.Attempt basic = throttle.begin(name).orElseThrow();
        throttle.forget(basic.id());
        assertEquals(3, rowsOf(throttle, name).size(), "an HTTP Basic success removes its own row only");

        LoginThrottle.Attempt form = throttle.begin(name).orElseThrow();
        throttle.succeeded(form);
        assertEquals(0, rowsOf(throttle, name).size(), "a form success starts the name afresh");
        assertEquals(LoginThrottle.LIMIT, fail(throttle, name, LoginThrottle.LIMIT + 1), "five more, then refused");
    }

    @Test
    void expiredFailuresAreDeletedTheNamesOwnAtOnceTheRestByTheSweep() {
        Instant start = Instant.parse("2032-06-01T10:00:00Z");
        MovingClock clock = new MovingClock(start);
        LoginThrottle throttle = new LoginThrottle(clock, KEY);
        fail(throttle, "throttle-first-" + System.nanoTime(), 1); // its first attempt sweeps: the next is a window away
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
        fail(throttle, name, 1);
        assertEquals(1, rowsOf(throttle, name).size(), "the name's expired failures go as it tries again");
        assertEquals(1, rowsOf(throttle, never).size(), "another name's stay until the sweep");
        clock.now = start.plus(LoginThrottle.WINDOW);
        fail(throttle, "someone-else-" + System.nanoTime(), 1);
        assertEquals(0, rowsOf(throttle, never).size(), "a name never tried again goes with the next sweep");
    }

    @Test
    void attemptsMadeAllAtOnceGetNoMoreThanTheLimitThrough() throws Exception {
        LoginThrottle throttle = new LoginThrottle(new MovingClock(Instant.parse("2033-06-01T10:00:00Z")), KEY);
        String name = "throttle-at-once-" + System.nanoTime();
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return throttle.begin(name).isPresent();
                }));
            }
            go.countDown();
            int through = 0;
            for (Future<Boolean> answer : answers) {
                through += answer.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertTrue(through >= 1 && through <= LoginThrottle.LIMIT, through + " of " + clients + " let through");
            assertEquals(through, rowsOf(throttle, name).size(), "only the attempts let through are kept");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyAKeyedDigestOfTheNameIsStored() throws Exception {
        LoginThrottle throttle = new LoginThrottle(new MovingClock(Instant.parse("2033-01-01T10:00:00Z")), KEY);
        String typed = "my-secret-password-" + System.nanoTime();
        fail(throttle, typed, 1);
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
