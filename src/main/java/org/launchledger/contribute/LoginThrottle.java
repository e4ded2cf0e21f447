package org.launchledger.contribute;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Failed sign-ins per account name: after {@link #LIMIT} failures within {@link #WINDOW}, further
 * attempts for that name are refused until the oldest of them leaves the window. A success by the
 * login form clears the name's record.
 *
 * <p>Kept in the database ({@link SignInFailure}), so that every instance behind a load balancer
 * counts the same failures and a restart forgets none. Names are kept as keyed digests only
 * (HMAC-SHA256), so a password typed into the name field cannot be read back, nor found by trying
 * candidate names without the key. Every method runs in transactions of its own and blocks: call it
 * from a worker thread, never from Vert.x's event loop.
 *
 * <p>A failure is counted once its password was found wrong. Attempts sent at the same moment are all
 * checked against the count before any of their failures is written, so a burst can get more than
 * {@link #LIMIT} guesses through, once per window; counting attempts before their check would close
 * that, but would also refuse a script's correct requests sent in parallel (HTTP Basic), which is worse.
 * A rate limit per client address in front of the app (the load balancer's) is the usual complement.
 */
public class LoginThrottle {

    /** Failures allowed per name within {@link #WINDOW}. */
    public static final int LIMIT = 5;
    /** How far back failures count. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

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

    /** Whether sign-in attempts for {@code name} are refused now. */
    public boolean blocked(String name) {
        String hash = digest(name);
        Instant oldest = clock.instant().minus(WINDOW);
        return QuarkusTransaction.requiringNew().call(() ->
                SignInFailure.count("nameHash = ?1 and failedAt > ?2", hash, oldest)) >= LIMIT;
    }

    /** Records a failed attempt for {@code name}, and deletes the name's failures that left the window. */
    public void failed(String name) {
        Instant now = clock.instant();
        sweep(now);
        SignInFailure failure = new SignInFailure();
        failure.nameHash = digest(name);
        failure.failedAt = now;
        QuarkusTransaction.requiringNew().run(() -> {
            SignInFailure.delete("nameHash = ?1 and failedAt <= ?2", failure.nameHash, now.minus(WINDOW));
            failure.persist();
        });
    }

    /**
     * The login form signed {@code name} in at {@code at}: the failures before it go (one recorded after it,
     * before this ran, stays).
     */
    public void succeeded(String name, Instant at) {
        String hash = digest(name);
        QuarkusTransaction.requiringNew().run(() -> SignInFailure.delete("nameHash = ?1 and failedAt <= ?2", hash, at));
    }

    /** The time as this throttle reads it (the moment a success is stamped with). */
    public Instant now() {
        return clock.instant();
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
