package org.launchledger.timeline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.launchledger.history.DataVersion;

/**
 * Feeds the pure analysis from the database: the only place that knows both.
 *
 * <p>The ledger is cached by data version ({@link DataVersion}) in a small holder of one snapshot
 * rather than quarkus-cache: only the newest version is ever wanted, so a newer one simply replaces
 * the older (a keyed cache would keep dead versions until evicted), and the check against the
 * database comes before the lookup on every call, which a cache's own key would not do for us.
 */
@ApplicationScoped
public class AccessService {

    /** A ledger and the data version it was built for. */
    private record Snapshot(long version, Ledger ledger) {
    }

    @Inject
    Clock clock;

    /** The newest ledger built; null until the first call. Replaced whole, never changed. */
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    private final Object building = new Object();

    /**
     * Everything the timeline needs, as known at the start of the current minute (UTC). Each call
     * reads the committed data version (one statement); the history itself is read again (six
     * statements, {@link LedgerReader}) only when that version differs from the cached ledger's.
     * The analysis runs again once a minute, so what is still under way always ends at today; with
     * a hundred thousand flights it takes a tenth of a second, too much for every request, and
     * the page cache keeps pages by the minute anyway.
     *
     * <p>The version and the history are read in transactions of their own, so only committed
     * history is ever cached, even when the caller is in the middle of writing: the cache is
     * refreshed after a change commits, never before. The version is read before the history, so
     * a ledger is never older than its version; a change committed in between is at worst read
     * early, and the next check (seeing the newer version) reads it again.
     */
    public Ledger ledger() {
        long version = DataVersion.committed();
        Snapshot current = snapshot.get();
        if (current == null || current.version() != version) {
            current = refresh(version);
        }
        Instant minute = minute();
        if (current.ledger().asOf().equals(minute)) {
            return current.ledger();
        }
        Snapshot now = new Snapshot(version, current.ledger().asOf(minute));
        // Only over the snapshot it was made from: a newer version read meanwhile stays.
        snapshot.compareAndSet(current, now);
        return now.ledger();
    }

    private Instant minute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * Builds the ledger of {@code version} unless another thread just did; one build at a time. A
     * build that fails throws and leaves the cached snapshot as it was, so the next call tries again.
     */
    private Snapshot refresh(long version) {
        synchronized (building) {
            Snapshot current = snapshot.get();
            if (current != null && current.version() == version) {
                return current;
            }
            Ledger built = QuarkusTransaction.requiringNew().call(this::read);
            Snapshot fresh = new Snapshot(version, built);
            snapshot.set(fresh);
            return fresh;
        }
    }

    private Ledger read() {
        return LedgerReader.read(minute());
    }
}
