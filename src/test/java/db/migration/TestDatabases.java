package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.baseline.BaselineMigrationConfigurationExtension;

/**
 * Databases of their own for the migration tests: an in-memory H2 database by default, and on the pom's
 * PostgreSQL run (which names the database in {@code quarkus.datasource.*}) a schema of its own there, made
 * afresh beside the app's tables and dropped by {@link #dropSchemas}.
 */
final class TestDatabases {

    private TestDatabases() {
    }

    /**
     * Flyway as it was before the baseline migration B13: it runs every versioned migration on a new database
     * (a baseline prefix no file has), as databases deployed before B13 were made.
     */
    static FluentConfiguration withoutBaseline(FluentConfiguration flyway) {
        flyway.getPluginRegister().getExact(BaselineMigrationConfigurationExtension.class).setBaselineMigrationPrefix("NoBaseline");
        return flyway;
    }

    /** Whether this is the pom's PostgreSQL run. */
    static boolean postgresql() {
        return "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
    }

    /** The JDBC URL of database {@code name}: on PostgreSQL, the configured database (the schema is chosen apart). */
    static String url(String name) {
        return postgresql() ? System.getProperty("quarkus.datasource.jdbc.url") : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    static String user() {
        return postgresql() ? System.getProperty("quarkus.datasource.username") : "sa";
    }

    static String password() {
        return postgresql() ? System.getProperty("quarkus.datasource.password") : "";
    }

    /** The schema tables of database {@code name} are made in: H2's default, or a PostgreSQL schema named so. */
    static String schema(String name) {
        return postgresql() ? name : "PUBLIC";
    }

    /**
     * A connection to a new, empty database {@code name}, its schema the connection's default.
     *
     * @throws SQLException when the database does not answer
     */
    static Connection connect(String name) throws SQLException {
        Connection connection = DriverManager.getConnection(url(name), user(), password());
        if (postgresql()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                sql.execute("CREATE SCHEMA " + name);
                sql.execute("SET search_path TO " + name);
            }
        }
        return connection;
    }

    /**
     * Drops the PostgreSQL schemas the tests made; the H2 databases go with the test JVM.
     *
     * @throws SQLException when PostgreSQL refuses
     */
    static void dropSchemas(List<String> names) throws SQLException {
        if (!postgresql()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url(""), user(), password());
             Statement sql = connection.createStatement()) {
            for (String schema : names) {
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
