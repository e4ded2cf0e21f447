package org.launchledger.access;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.launchledger.history.Mission;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/** Feeds the pure analysis from the database: the only place that knows both. */
@ApplicationScoped
public class AccessService {

    static final String LEDGER_CACHE = "ledger";

    /**
     * Everything the timeline needs, read in a fixed handful of statements and kept until
     * {@link #historyChanged()}: every page with a timeline reads it, and history changes rarely.
     * The entities in it are detached and only read.
     */
    @CacheResult(cacheName = LEDGER_CACHE)
    @Transactional
    public Ledger ledger() {
        List<Vehicle> vehicles = Vehicle.listInOrderOfFirstFlight();
        List<Mission> missions = Mission.listAllWithCrew();
        List<StandDown> standDowns = StandDown.listAllInOrder();
        return new Ledger(vehicles, missions, standDowns, analyse(vehicles, missions, standDowns));
    }

    /** Anything that writes history must call this, so the next page reads the new history. */
    @CacheInvalidateAll(cacheName = LEDGER_CACHE)
    public void historyChanged() {
        // The annotation does the work.
    }

    static AccessHistory analyse(List<Vehicle> vehicles, List<Mission> missions, List<StandDown> standDowns) {
        return CrewedAccess.analyse(
                vehicles.stream().map(v -> new CrewedAccess.Vehicle(v.slug, v.country, v.retired())).toList(),
                missions.stream().map(m -> new CrewedAccess.Flight(m.slug, m.vehicle.slug, m.launch(), m.landing(),
                        m.carriedCrewToStation())).toList(),
                standDowns.stream().map(s -> new CrewedAccess.StandDown(s.vehicle.slug, s.from(), s.to(), s.reason))
                        .toList());
    }
}
