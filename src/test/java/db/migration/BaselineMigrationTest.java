package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The baseline migration B13__schema.sql builds the very schema V1 to V13 build: same tables, columns (type,
 * size, nullability, default, order), primary and foreign keys, indexes and checks, and the data version's row.
 * A new database is made from B13; a database with a migration history ignores it. On an in-memory H2, and on
 * PostgreSQL on the pom's PostgreSQL run (schemas of their own there).
 */
class BaselineMigrationTest {

    static final String BY_MIGRATIONS = "b13_by_migrations";
    static final String BY_BASELINE = "b13_by_baseline";
    /** What a new database's history holds: B13, then V14 to V16, data corrections that find nothing to correct there. */
    static final List<String> AFTER_BASELINE = List.of("13 SQL_BASELINE", "14 SQL", "15 SQL", "16 SQL");

    @AfterAll
    static void dropSchemas() throws SQLException {
        TestDatabases.dropSchemas(List.of(BY_MIGRATIONS, BY_BASELINE));
    }

    /** Flyway as the app configures it (db/migration, the PostgreSQL type names) on database {@code name}. */
    private static FluentConfiguration flyway(String name) {
        return Flyway.configure().dataSource(TestDatabases.url(name), TestDatabases.user(), TestDatabases.password())
                .schemas(TestDatabases.schema(name)).locations("classpath:db/migration").callbacks(new PostgresqlTypeNames());
    }

    @Test
    void theBaselineBuildsTheSchemaTheMigrationsBuild() throws SQLException {
        try (Connection byMigrations = TestDatabases.connect(BY_MIGRATIONS);
             Connection byBaseline = TestDatabases.connect(BY_BASELINE)) {
            FluentConfiguration migrations = TestDatabases.withoutBaseline(flyway(BY_MIGRATIONS));
            migrations.load().migrate();
            flyway(BY_BASELINE).load().migrate();

            assertEquals(AFTER_BASELINE, applied(BY_BASELINE), "a new database is made from B13 and the data corrections after it");
            assertEquals("16", applied(BY_MIGRATIONS).get(applied(BY_MIGRATIONS).size() - 1).split(" ")[0]);

            List<String> expected = describe(byMigrations, TestDatabases.schema(BY_MIGRATIONS));
            for (String part : List.of("column pending_change.payload ", "check app_user app_user_role_check",
                    "check pending_change pending_change_status_check", "index mission mission_search_idx ", "data_version 1 1")) {
                assertTrue(expected.stream().anyMatch(line -> line.startsWith(part)), "the description holds " + part + ": " + expected);
            }
            assertEquals(String.join("\n", expected), String.join("\n", describe(byBaseline, TestDatabases.schema(BY_BASELINE))));

            // The app as it now is, on a database V1 to V16 made (every deployed one): B13 neither fails validation nor
            // runs over the history; migrating again changes nothing on either.
            flyway(BY_MIGRATIONS).load().validate();
            assertEquals(0, flyway(BY_MIGRATIONS).load().info().pending().length, "B13 is not pending on a migrated database");
            assertEquals(0, flyway(BY_MIGRATIONS).load().migrate().migrationsExecuted);
            assertEquals(0, flyway(BY_BASELINE).load().migrate().migrationsExecuted);
            assertEquals(AFTER_BASELINE, applied(BY_BASELINE));
            assertEquals(String.join("\n", expected), String.join("\n", describe(byMigrations, TestDatabases.schema(BY_MIGRATIONS))));
        }
    }

    /** Version and type of every migration the history of database {@code name} holds as applied. */
    private static List<String> applied(String name) {
        List<String> applied = new ArrayList<>();
        for (MigrationInfo info : flyway(name).load().info().applied()) {
            applied.add(info.getVersion() + " " + info.getType());
        }
        return applied;
    }

    /**
     * The schema as lines of text, in lower case, without what the database names by itself (H2 calls a key
     * CONSTRAINT_1A after an internal counter): tables; columns with type, size, nullability, default and
     * position; primary keys; foreign keys with their columns, target and delete rule; indexes with their
     * columns and uniqueness, by name where the migrations named them; the checks the migrations named, with
     * their condition on H2 (PostgreSQL keeps the IN lists V4 and V6 wrote where V10 changed nothing there,
     * while B13 writes the CASE that H2 needs; both admit the same values); the data version's row.
     */
    static List<String> describe(Connection connection, String schema) throws SQLException {
        List<String> lines = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        tables.sort(String.CASE_INSENSITIVE_ORDER);
        for (String table : tables) {
            lines.add("table " + table);
            try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
                while (rows.next()) {
                    lines.add("column " + table + "." + rows.getString("COLUMN_NAME") + " " + rows.getInt("ORDINAL_POSITION")
                            + " " + rows.getString("TYPE_NAME") + "(" + rows.getInt("COLUMN_SIZE") + ")"
                            + " nullable " + rows.getString("IS_NULLABLE") + " default " + rows.getString("COLUMN_DEF")
                            + " generated " + rows.getString("IS_AUTOINCREMENT"));
                }
            }
            try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
                while (rows.next()) {
                    lines.add("primary key " + table + " " + rows.getShort("KEY_SEQ") + " " + rows.getString("COLUMN_NAME"));
                }
            }
            try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
                while (rows.next()) {
                    lines.add("foreign key " + table + "." + rows.getString("FKCOLUMN_NAME") + " -> " + rows.getString("PKTABLE_NAME")
                            + "." + rows.getString("PKCOLUMN_NAME") + " on delete " + rows.getShort("DELETE_RULE"));
                }
            }
            try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
                while (rows.next()) {
                    String name = rows.getString("INDEX_NAME");
                    lines.add("index " + table + " " + (name.toLowerCase(Locale.ROOT).endsWith("_idx") ? name : "(unnamed)")
                            + " unique " + !rows.getBoolean("NON_UNIQUE") + " " + rows.getShort("ORDINAL_POSITION")
                            + " " + rows.getString("COLUMN_NAME"));
                }
            }
        }
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT c.table_name, c.constraint_name, k.check_clause"
                     + " FROM information_schema.table_constraints c JOIN information_schema.check_constraints k"
                     + " ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name"
                     + " WHERE c.constraint_type = 'CHECK' AND c.table_schema = '" + schema + "'"
                     + " AND LOWER(c.constraint_name) LIKE '%\\_check' ESCAPE '\\'")) {
            while (rows.next()) {
                lines.add("check " + rows.getString(1) + " " + rows.getString(2) + (TestDatabases.postgresql() ? "" : " " + rows.getString(3)));
            }
        }
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id, version FROM " + schema + ".data_version")) {
            while (rows.next()) {
                lines.add("data_version " + rows.getInt(1) + " " + rows.getLong(2));
            }
        }
        // Within a table, the database's own order of keys and indexes is not the schema's.
        List<String> sorted = new ArrayList<>();
        for (String line : lines) {
            sorted.add(line.toLowerCase(Locale.ROOT));
        }
        sorted.sort(null);
        return sorted;
    }
}
