package org.launchledger.timeline;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.launchledger.history.Mission;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/** Feeds the pure analysis from the database: the only place that knows both. */
@ApplicationScoped
public class AccessService {

    static final String LEDGER_CACHE = "ledger";

    @Inject
    @CacheName(LEDGER_CACHE)
    Cache cache;

    @Inject
    Clock clock;

    /**
     * Everything the timeline needs, as known now. The history is read in a fixed handful of
     * statements and kept until {@link #historyChanged()}: every page with a timeline reads it, and
     * history changes rarely. The analysis runs again on every call (it takes microseconds), so
     * what is still under way always ends at the clock's today. The entities in it are detached
     * and only read.
     */
    public Ledger ledger() {
        Ledger read = cache.get(LEDGER_CACHE, key -> QuarkusTransaction.joiningExisting().call(this::read))
                .await().indefinitely();
        return read.asOf(clock.instant());
    }

    private Ledger read() {
        List<Vehicle> vehicles = Vehicle.listInOrderOfFirstFlight();
        List<Mission> missions = Mission.listAllWithCrew();
        List<StandDown> standDowns = StandDown.listAllInOrder();
        return Ledger.of(vehicles, missions, standDowns, clock.instant());
    }

    /** Anything that writes history must call this, so the next page reads the new history. */
    @CacheInvalidateAll(cacheName = LEDGER_CACHE)
    public void historyChanged() {
        // The annotation does the work.
    }
}
