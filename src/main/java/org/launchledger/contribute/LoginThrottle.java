package org.launchledger.contribute;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sign-in attempts per account name: after {@link #LIMIT} failures within {@link #WINDOW}, further
 * attempts for that name are refused until the oldest of them leaves the window. A success by the
 * login form clears the name's record.
 *
 * <p>Kept in the database ({@link SignInFailure}), so that every instance behind a load balancer
 * counts the same failures and a restart forgets none. An attempt is written <em>before</em> its
 * password is checked and then counted with the others: of attempts made at the same moment, through
 * one instance or several, only those written within the limit go on, so sending many at once gains
 * nothing. A success removes its row; a failure leaves it, and that row is the failure. Names are kept as
 * keyed digests only (HMAC-SHA256), so a password typed into the name field cannot be read back, nor
 * found by trying candidate names without the key. Every method runs in transactions of its own and
 * blocks: call it from a worker thread, never from Vert.x's event loop.
 */
public class LoginThrottle {

    /** Failures allowed per name within {@link #WINDOW}. */
    public static final int LIMIT = 5;
    /** How far back failures count. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** An attempt let through: its row, deleted if it succeeds. */
    public record Attempt(long id, String nameHash) {
    }

    private final Clock clock;
    private final byte[] key;
    /** When this instance last deleted every expired row; the sweep runs once per window at most. */
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

    /**
     * A throttle reading the time from {@code clock} and keeping names as digests keyed by {@code secret}
     * (the same on every instance, or they count apart).
     */
    public LoginThrottle(Clock clock, byte[] secret) {
        this.clock = clock;
        this.key = secret.clone();
    }

    /**
     * Records an attempt for {@code name} and says whether it may go on: empty when the name has
     * already failed {@link #LIMIT} times within the window (the refused attempt is not kept, so it
     * does not lengthen the wait).
     */
    public Optional<Attempt> begin(String name) {
        String hash = digest(name);
        Instant now = clock.instant();
        Instant oldest = now.minus(WINDOW);
        sweep(now);
        SignInFailure attempt = new SignInFailure();
        attempt.nameHash = hash;
        attempt.failedAt = now;
        QuarkusTransaction.requiringNew().run(() -> {
            SignInFailure.delete("nameHash = ?1 and failedAt <= ?2", hash, oldest);
            attempt.persist();
        });
        long recent = QuarkusTransaction.requiringNew().call(() ->
                SignInFailure.count("nameHash = ?1 and failedAt > ?2", hash, oldest));
        if (recent > LIMIT) {
            forget(attempt.id);
            return Optional.empty();
        }
        return Optional.of(new Attempt(attempt.id, hash));
    }

    /** The attempt succeeded (HTTP Basic): its row goes; earlier failures stay until they expire. */
    public void forget(long attemptId) {
        QuarkusTransaction.requiringNew().run(() -> SignInFailure.deleteById(attemptId));
    }

    /**
     * The login form's attempt succeeded: the name starts afresh. Only rows up to the attempt's own go (ids
     * rise with each insert): an attempt begun after it, before this ran, still counts.
     */
    public void succeeded(Attempt attempt) {
        QuarkusTransaction.requiringNew().run(() ->
                SignInFailure.delete("nameHash = ?1 and id <= ?2", attempt.nameHash(), attempt.id()));
    }

    /** Deletes every expired row, of every name, once per window per instance: names never tried again go too. */
    private void sweep(Instant now) {
        Instant last = lastSweep.get();
        if (now.isBefore(last.plus(WINDOW)) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> SignInFailure.delete("failedAt <= ?1", now.minus(WINDOW)));
    }

    /**
     * The keyed digest of the trimmed, lower-case name, in 64 hex digits: "Ana" and "ana " count as one
     * name, as they did when the count was kept in memory.
     */
    String digest(String name) {
        String folded = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return HexFormat.of().formatHex(hmac(key, folded));
    }

    /** HMAC-SHA256 of {@code text} (UTF-8) under {@code key}: 32 bytes. */
    static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
