package org.launchledger.history;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data version: a counter in the database (one row) that every applied change to the history
 * increments in its own transaction. Caches of the history are keyed by it (DESIGN.md, "Data
 * version"): a cache built for an older version is never served once the change has committed.
 */
@Entity
@Table(name = "data_version")
public class DataVersion extends PanacheEntityBase {

    /** The id of the one row. */
    static final int ROW = 1;

    /** Whether a transaction that incremented the version has ended since it was last read (true at start). */
    private static final AtomicBoolean CHANGED = new AtomicBoolean(true);
    /** The version last read, under the lock of {@link #CHANGED}. */
    private static final AtomicLong KNOWN = new AtomicLong(-1);
    /** Whether only this process can write the database; read from the JDBC URL at first use. */
    private static volatile Boolean onlyWriter;

    @Id
    public Integer id;

    public long version;

    /** The version as committed (or as this transaction sees it): one statement. */
    public static long current() {
        return getEntityManager()
                .createQuery("select d.version from DataVersion d where d.id = " + ROW, Long.class)
                .getSingleResult();
    }

    /**
     * The version as committed, without a statement when it is known: on a database only this process
     * writes, and no change has ended since it was read. Cheap enough for the event loop.
     *
     * @return the committed version, or empty when it must be read ({@link #committed()})
     */
    public static OptionalLong known() {
        if (onlyWriter() && !CHANGED.get()) {
            return OptionalLong.of(KNOWN.get());
        }
        return OptionalLong.empty();
    }

    /**
     * The version as committed, never seeing a writer's uncommitted increment: {@link #known()} when it
     * is known, else one statement. Outside a transaction (every read request) it is plain JDBC on a
     * pooled connection in auto-commit, since every page and every cached answer asks, and a JTA
     * transaction and a Hibernate session around one number cost more than the rest of a cached
     * answer; inside one, a transaction of its own.
     *
     * @throws IllegalStateException when the database cannot be read
     */
    public static long committed() {
        if (!onlyWriter()) {
            return readNow();
        }
        if (!CHANGED.get()) {
            return KNOWN.get();
        }
        synchronized (CHANGED) {
            if (CHANGED.get()) {
                // Cleared before the read: a change that ends during it sets it again, and the next call reads once more.
                CHANGED.set(false);
                try {
                    KNOWN.set(readNow());
                } catch (RuntimeException e) {
                    CHANGED.set(true);
                    throw e;
                }
            }
            return KNOWN.get();
        }
    }

    private static long readNow() {
        return QuarkusTransaction.isActive() ? QuarkusTransaction.requiringNew().call(DataVersion::current) : read();
    }

    private static long read() {
        try (Connection connection = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             PreparedStatement select = connection.prepareStatement("select version from data_version where id = " + ROW);
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("no data_version row");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data version", e);
        }
    }

    /** Whether only this process can write the configured database ({@link #onlyWriter(String)}), read once. */
    static boolean onlyWriter() {
        Boolean only = onlyWriter;
        if (only == null) {
            only = onlyWriter(ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class)
                    .orElse(""));
            onlyWriter = only;
        }
        return only;
    }

    /**
     * Whether only the process that opens this JDBC URL can write the database: H2 embedded (a file,
     * which H2 locks to one process, or memory), not H2 over TCP or SSL or with AUTO_SERVER, which let
     * other processes in, and never PostgreSQL.
     */
    public static boolean onlyWriter(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT).replace(" ", "");
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                && !url.contains("auto_server=true");
    }

    /**
     * Marks the history as changed: call it in the writer's transaction, beside the change, so the
     * new version and the new rows commit (or roll back) together.
     *
     * @throws IllegalStateException outside a transaction, where the increment would commit alone
     */
    public static void increment() {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("DataVersion.increment() must run in the writer's transaction");
        }
        getEntityManager().createNativeQuery("update data_version set version = version + 1 where id = " + ROW)
                .executeUpdate();
        // Committed or rolled back, the version kept in memory is read again after it.
        Arc.container().instance(TransactionSynchronizationRegistry.class).get()
                .registerInterposedSynchronization(ENDED);
    }

    /** Marks the kept version for a new read once the transaction of an increment has ended. */
    private static final Synchronization ENDED = new Synchronization() {
        @Override
        public void beforeCompletion() {
            // nothing to do before: the version changes only once the transaction has ended
        }

        @Override
        public void afterCompletion(int status) {
            CHANGED.set(true);
        }
    };
}
