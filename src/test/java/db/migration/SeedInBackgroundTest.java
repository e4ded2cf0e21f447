package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed as the app runs it (SeedInBackground, registered by FlywaySeeding): beside the caller, waited for by
 * {@code await}, once however many instances start at once on a new database, and all or nothing.
 */
class SeedInBackgroundTest {

    @TempDir
    Path directory;

    private String url;

    @BeforeEach
    void url() {
        // A lock waited for up to 30 s (H2's default is 2 s): the second instance waits for the first's whole seed.
        url = "jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=30000";
    }

    /** Flyway's migrate with the given callbacks (the seed's), as the app configures it. */
    private void migrate(Callback... callbacks) {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").callbacks(callbacks).load().migrate();
    }

    /** Migrates as one app instance starting does, up to the end of its start-up wait. */
    private void start(SeedInBackground seed) {
        migrate(seed);
        seed.await();
    }

    private long count(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aNewDatabaseIsSeededByTheTimeTheStartHasWaited() throws SQLException {
        start(new SeedInBackground());

        assertEquals(129, count("SELECT COUNT(*) FROM mission"));
        assertEquals(524, count("SELECT COUNT(*) FROM crew_seat"));
        assertEquals(0, count("SELECT COUNT(*) FROM mission WHERE search IS NULL"), "search columns filled");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_revision"), "the seed is the history's first revision");

        start(new SeedInBackground());
        assertEquals(129, count("SELECT COUNT(*) FROM mission"), "a restart finds the history and leaves it");
    }

    /**
     * Migrate returns while the seed still waits (here for a lock another connection holds on the data version's
     * row), and the start-up wait returns only once it is done. Seeded on the caller's thread, migrate would wait for
     * the lock itself and fail after H2's 30 s.
     */
    @Test
    void theSeedRunsBesideTheCallerAndTheStartWaitsForIt() throws Exception {
        migrate();
        SeedInBackground seed = new SeedInBackground();
        CompletableFuture<Void> waited;
        try (Connection holder = DriverManager.getConnection(url, "sa", ""); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT version FROM data_version WHERE id = 1 FOR UPDATE").close();

            migrate(seed);
            assertEquals(0, count("SELECT COUNT(*) FROM vehicle"), "migrate returned before the seed");
            waited = CompletableFuture.runAsync(seed::await);
            Thread.sleep(200);
            assertFalse(waited.isDone(), "the start-up wait waits for the seed");
            holder.commit();
        }
        waited.get(1, TimeUnit.MINUTES);
        assertEquals(129, count("SELECT COUNT(*) FROM mission"));
    }

    @Test
    void instancesStartingAtOnceOnANewDatabaseSeedItOnce() throws Exception {
        // The schema first, then the instances at once, each seeding as its migrate ends. Flyway cannot serialize
        // concurrent schema migrations on H2, whose DDL commits at once and so releases the lock on Flyway's history:
        // a second instance then met "a failed migration to version 13", once in this stop's clean-clone runs.
        // Several instances share only PostgreSQL, where Flyway's advisory lock does (TwoInstancesIT). What this test
        // is about, the seed's own lock, is then met by every instance at once on a database without history; it
        // fails without that lock.
        migrate();
        int instances = 3;
        CountDownLatch ready = new CountDownLatch(instances);
        // A thread each, so that all of them reach the latch whatever the common pool's size.
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        try {
            List<CompletableFuture<Void>> starts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                starts.add(CompletableFuture.runAsync(() -> {
                    ready.countDown();
                    try {
                        ready.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    start(new SeedInBackground());
                }, threads));
            }
            for (CompletableFuture<Void> start : starts) {
                start.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(129, count("SELECT COUNT(*) FROM mission"));
        assertEquals(4, count("SELECT COUNT(*) FROM vehicle"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_revision"));
    }

    @Test
    void aFailedSeedFailsTheStartAndStoresNothing() throws SQLException, IOException {
        migrate();
        // A person the seed also loads, with no vehicle: the database counts as empty and the seed meets a duplicate.
        String slug;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            slug = firstPersonSlugOfTheSeed();
            s.executeUpdate("INSERT INTO person (slug, name, nationality) VALUES ('" + slug + "', 'Already here', 'RO')");
        }

        SeedInBackground seed = new SeedInBackground();
        migrate(seed);
        FlywayException failure = assertThrows(FlywayException.class, seed::await);

        assertTrue(failure.getMessage().contains(SeedEmptyDatabase.SCRIPT), failure.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM vehicle"), "nothing of the seed is stored");
        assertEquals(1, count("SELECT COUNT(*) FROM person"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_revision"));
    }

    /** The slug of the first person import.sql loads. */
    private static String firstPersonSlugOfTheSeed() throws IOException {
        for (String sql : SeedEmptyDatabase.statements(SeedEmptyDatabase.readScript())) {
            if (sql.strip().startsWith("INSERT INTO person (")) {
                int values = sql.indexOf("VALUES ('") + "VALUES ('".length();
                return sql.substring(values, sql.indexOf('\'', values));
            }
        }
        throw new IllegalStateException("import.sql loads no person");
    }
}
