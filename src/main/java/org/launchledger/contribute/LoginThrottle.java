package org.launchledger.contribute;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Failed sign-ins per account name: after {@link #LIMIT} failures within {@link #WINDOW}, further
 * attempts for that name are refused until the oldest of them leaves the window. A success clears
 * the name's record.
 *
 * <p>Kept in the database ({@link SignInFailure}), so that every instance behind a load balancer
 * counts the same failures and a restart forgets none. Names are kept as digests only. Each method
 * runs in a transaction of its own and blocks: call it from a worker thread, never from Vert.x's
 * event loop. Two attempts at the same moment through two instances may both pass the check before
 * either failure is written: the limit can be passed by the number of instances, once.
 */
public class LoginThrottle {

    /** Failures allowed per name within {@link #WINDOW}. */
    public static final int LIMIT = 5;
    /** How far back failures count. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;

    /** A throttle reading the time from {@code clock}. */
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether sign-in attempts for {@code name} are refused now. */
    public boolean blocked(String name) {
        String hash = digest(name);
        Instant oldest = clock.instant().minus(WINDOW);
        long recent = QuarkusTransaction.requiringNew().call(() ->
                SignInFailure.count("nameHash = ?1 and failedAt > ?2", hash, oldest));
        return recent >= LIMIT;
    }

    /** Records a failed attempt for {@code name}, and forgets every failure that left the window. */
    public void failed(String name) {
        Instant now = clock.instant();
        SignInFailure failure = new SignInFailure();
        failure.nameHash = digest(name);
        failure.failedAt = now;
        QuarkusTransaction.requiringNew().run(() -> {
            SignInFailure.delete("failedAt <= ?1", now.minus(WINDOW));
            failure.persist();
        });
    }

    /** Clears {@code name}'s failures after a successful sign-in. */
    public void succeeded(String name) {
        String hash = digest(name);
        QuarkusTransaction.requiringNew().run(() -> SignInFailure.delete("nameHash", hash));
    }

    /** The SHA-256 of the trimmed, lower-case name, in hex: "Ana" and "ana " count as one name, as before. */
    static String digest(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
