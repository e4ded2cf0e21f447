package org.launchledger.history;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
     * The version as committed: one statement, never seeing a writer's uncommitted increment. Outside
     * a transaction (every read request) it is plain JDBC on a pooled connection in auto-commit,
     * since every page and every cached answer asks, and a JTA transaction and a Hibernate session
     * around one number cost more than the rest of a cached answer; inside one, a transaction of its own.
     *
     * @throws IllegalStateException when the database cannot be read
     */
    public static long committed() {
        if (QuarkusTransaction.isActive()) {
            return QuarkusTransaction.requiringNew().call(DataVersion::current);
        }
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
