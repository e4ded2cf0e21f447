package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
     * The version as committed, read in a transaction of its own (so also from inside a writer's
     * transaction, which it does not see): one statement.
     */
    public static long committed() {
        return QuarkusTransaction.requiringNew().call(DataVersion::current);
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
    }
}
