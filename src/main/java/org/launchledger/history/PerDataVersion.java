package org.launchledger.history;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The newest value built from the committed history (the ledger, the search index), built again
 * when the data version ({@link DataVersion}) moves on. One snapshot rather than quarkus-cache: only
 * the newest version is ever wanted, so a newer one simply replaces the older (a keyed cache would
 * keep dead versions until evicted), and the check against the database comes before the lookup on
 * every call, which a cache's own key would not do for us.
 *
 * <p>The version is read before the value is built, and the value in a transaction of its own, so
 * only committed history is ever kept, even when the caller is in the middle of writing: a change
 * committed in between is at worst read early, and the next call (seeing the newer version) builds
 * again. One build at a time; a build that fails throws and leaves the kept value as it was, so the
 * next call tries again.
 *
 * @param <T> an immutable value
 */
public final class PerDataVersion<T> {

    private record Snapshot<T>(long version, T value) {
    }

    private final Supplier<T> build;
    private final AtomicReference<Snapshot<T>> snapshot = new AtomicReference<>();
    private final Object building = new Object();

    /** {@code build} reads the history; it runs in a new transaction. */
    public PerDataVersion(Supplier<T> build) {
        this.build = build;
    }

    /**
     * The value for the committed data version: one statement to read the version (none when
     * {@link DataVersion#known()}), and the build only when the version differs from the kept value's.
     *
     * @throws IllegalStateException when the database cannot be read
     */
    public T get() {
        long version = DataVersion.committed();
        Snapshot<T> current = snapshot.get();
        if (current != null && current.version() == version) {
            return current.value();
        }
        synchronized (building) {
            current = snapshot.get();
            if (current != null && current.version() == version) {
                return current.value();
            }
            T built = QuarkusTransaction.requiringNew().call(build::get);
            snapshot.set(new Snapshot<>(version, built));
            return built;
        }
    }

    /**
     * Keeps {@code newer} in place of {@code older} for the same data version (a value brought up to
     * date without reading the history again), unless another value replaced {@code older} meanwhile.
     */
    public void replace(T older, T newer) {
        Snapshot<T> current = snapshot.get();
        if (current != null && current.value() == older) {
            snapshot.compareAndSet(current, new Snapshot<>(current.version(), newer));
        }
    }
}
