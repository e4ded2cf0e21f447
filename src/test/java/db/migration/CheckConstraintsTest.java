package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * The role and status checks keep working after the connection that created them is gone (the
 * pool closes connections at will): V10 rewrites H2's IN-list checks, which otherwise break.
 */
class CheckConstraintsTest {

    private static final String TABLES = "CREATE TABLE app_user (id BIGINT PRIMARY KEY, role VARCHAR(20) NOT NULL"
            + " CHECK (role IN ('contributor', 'editor', 'admin')));"
            + "CREATE TABLE pending_change (id BIGINT PRIMARY KEY, status VARCHAR(20) NOT NULL"
            + " CHECK (status IN ('pending', 'approved', 'rejected', 'conflict')))";

    @Test
    void anInListCheckBreaksOnceItsCreatorClosesAndTheMigrationMendsIt() throws Exception {
        String url = "jdbc:h2:mem:checks-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection keeper = DriverManager.getConnection(url)) {
            try (Connection creator = DriverManager.getConnection(url); Statement s = creator.createStatement()) {
                s.execute(TABLES);
            }
            try (Statement s = keeper.createStatement()) {
                SQLException broken = assertThrows(SQLException.class,
                        () -> s.execute("INSERT INTO app_user VALUES (1, 'editor')"));
                assertEquals(23514, broken.getErrorCode(), "H2 2.4's IN-list check, after its session closed");
            }
            try (Connection migrating = DriverManager.getConnection(url)) {
                new V10__CheckConstraintsWithoutInLists().migrate(context(migrating));
            }
            try (Statement s = keeper.createStatement()) {
                s.execute("INSERT INTO app_user VALUES (2, 'editor')");
                s.execute("INSERT INTO pending_change VALUES (1, 'conflict')");
                SQLException refused = assertThrows(SQLException.class,
                        () -> s.execute("INSERT INTO app_user VALUES (3, 'emperor')"));
                assertEquals(23513, refused.getErrorCode(), "an unknown role is still refused");
                assertThrows(SQLException.class, () -> s.execute("INSERT INTO pending_change VALUES (2, 'maybe')"));
            }
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
