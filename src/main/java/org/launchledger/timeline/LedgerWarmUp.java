package org.launchledger.timeline;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Reads the ledger ({@link AccessService#ledger()}) once as the app starts, on a worker thread, while the
 * start goes on (the other start-up observers, opening the HTTP port): the first reader of the timeline then
 * finds the history read, on the machine's other core, instead of waiting for it. Observes before the
 * others (priority 1000) so that it runs beside them rather than after them. A failed read is only logged:
 * the first request reads again. Off with {@code ledger.warm-up=false} (the tests, which count statements).
 */
@ApplicationScoped
public class LedgerWarmUp {

    private static final Logger LOG = Logger.getLogger(LedgerWarmUp.class);

    @ConfigProperty(name = "ledger.warm-up", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes @Priority(1000) StartupEvent start, AccessService access, ManagedExecutor executor) {
        if (enabled) {
            executor.runAsync(() -> warm(access));
        }
    }

    /** Reads the ledger of the committed data version, which {@link AccessService} then keeps. */
    static void warm(AccessService access) {
        try {
            access.ledger();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not read the history at start; the first request reads it again");
        }
    }
}
