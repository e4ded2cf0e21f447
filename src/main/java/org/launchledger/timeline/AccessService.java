package org.launchledger.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.launchledger.history.PerDataVersion;

/**
 * Feeds the pure analysis from the database: the only place that knows both. The ledger is kept for
 * the committed data version ({@link PerDataVersion}).
 */
@ApplicationScoped
public class AccessService {

    @Inject
    Clock clock;

    private final PerDataVersion<Ledger> ledgers = new PerDataVersion<>(() -> LedgerReader.read(minute()));

    /**
     * Everything the timeline needs, as known at the start of the current minute (UTC). Each call
     * reads the committed data version (one statement); the history itself is read again (six
     * statements, {@link LedgerReader}) only when that version differs from the kept ledger's.
     * The analysis runs again once a minute, so what is still under way always ends at today; with
     * a hundred thousand flights it takes a tenth of a second, too much for every request, and
     * the page cache keeps pages by the minute anyway.
     *
     * @throws IllegalStateException when the database cannot be read
     */
    public Ledger ledger() {
        Ledger current = ledgers.get();
        Instant minute = minute();
        if (current.asOf().equals(minute)) {
            return current;
        }
        Ledger now = current.asOf(minute);
        // Only over the ledger it was made from: a newer version read meanwhile stays.
        ledgers.replace(current, now);
        return now;
    }

    private Instant minute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }
}
