package org.launchledger.contribute;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Mission;
import org.launchledger.history.Person;
import org.launchledger.history.StandDown;

/** What a refused write must leave as it was: the data version and every written table's row count. */
public final class StoredRows {

    private StoredRows() {
    }

    /** The data version, then the rows of missions, people, seats, stand-downs, pending changes and accounts. */
    public static List<Long> now() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(DataVersion.current(), Mission.count(),
                Person.count(), CrewSeat.count(), StandDown.count(), PendingChange.count(), User.count()));
    }
}
