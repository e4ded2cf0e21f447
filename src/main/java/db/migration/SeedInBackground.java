package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

/**
 * The seed as the app runs it: after Flyway's last migration, {@link SeedEmptyDatabase#seed} runs on a thread of its
 * own ("seed-at-start"), on a connection of its own from Flyway's data source, and Flyway returns at once. Quarkus's
 * start goes on meanwhile: it starts Hibernate next, on another thread, and its main thread waits for it, which
 * needs the tables but not their rows (0.3-0.4 s here, the seed 0.4-0.5 s on a new database). {@link #await} then
 * holds the start back, before any start-up observer reads the history and before the HTTP port opens
 * ({@link FlywaySeeding}), so no reader ever sees the database half seeded. Registered once per Flyway
 * configuration; Flyway migrates once per start. The event it answers is its parent's (after migrating).
 */
final class SeedInBackground extends SeedEmptyDatabase {

    private static final Logger LOG = Logger.getLogger(SeedInBackground.class);

    private volatile CompletableFuture<Void> seeding = CompletableFuture.completedFuture(null);

    @Override
    public void handle(Event event, Context context) {
        DataSource dataSource = context.getConfiguration().getDataSource();
        seeding = CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection()) {
                SeedEmptyDatabase.seed(connection);
            } catch (SQLException e) {
                throw new FlywayException("Could not connect to seed the new database", e);
            }
        }, work -> {
            Thread thread = new Thread(work, "seed-at-start");
            thread.setDaemon(true);
            thread.start();
        }).whenComplete((done, failure) -> {
            // Logged here too: a seed begun by a later migrate (Quarkus's Dev UI) has no start waiting for it.
            if (failure != null) {
                LOG.error("The seed of the new database failed; nothing of it was stored", failure);
            }
        });
    }

    /**
     * Returns once the last seed begun is done (at once when none was).
     *
     * @throws FlywayException (or what else the seed threw) when the seed failed: nothing of it was stored
     */
    void await() {
        try {
            seeding.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public String getCallbackName() {
        return "seed an empty database from " + SeedEmptyDatabase.SCRIPT + " beside the start";
    }
}
