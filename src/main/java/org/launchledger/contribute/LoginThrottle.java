package org.launchledger.contribute;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per account name: after {@link #LIMIT} failures within {@link #WINDOW}, further
 * attempts for that name are refused until the oldest of them leaves the window. A success clears
 * the name's record.
 *
 * <p>Kept in memory: right for one instance, forgotten on restart. Several instances behind a load
 * balancer (the PostgreSQL issue) need a shared store instead, or the limit multiplies.
 */
public class LoginThrottle {

    /** Failures allowed per name within {@link #WINDOW}. */
    public static final int LIMIT = 5;
    /** How far back failures count. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Names remembered at most; beyond it, names whose failures have all expired are forgotten first. */
    static final int MAX_NAMES = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** A throttle reading the time from {@code clock}. */
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether sign-in attempts for {@code name} are refused now. */
    public boolean blocked(String name) {
        Deque<Instant> times = failures.get(key(name));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            expire(times, clock.instant());
            return times.size() >= LIMIT;
        }
    }

    /** Records a failed attempt for {@code name}. */
    public void failed(String name) {
        if (failures.size() >= MAX_NAMES) {
            forgetExpired();
        }
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfAbsent(key(name), k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
        }
    }

    /** Clears {@code name}'s failures after a successful sign-in. */
    public void succeeded(String name) {
        failures.remove(key(name));
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        failures.values().removeIf(times -> {
            synchronized (times) {
                expire(times, now);
                return times.isEmpty();
            }
        });
    }

    private static void expire(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
