package org.launchledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.launchledger.web.Prerequisites;

/**
 * The packaged app's first start on a new H2 file copies the database the build migrated and seeded
 * ({@code db.migration.NewDatabaseTemplate}), and that copy holds what a start that migrates and seeds makes itself
 * ({@code ledger.new-database.from-template=false}): the same tables, columns and constraints, the same rows, but
 * for the moments each was made (Flyway's history, the change history's revisions) and the admin account each
 * start makes with a password of its own.
 */
class NewDatabaseTemplateIT {

    /** Columns whose values are the moment or the machine a database was made on, never the history's. */
    private static final Map<String, Set<String>> MADE_WHEN = Map.of(
            "flyway_schema_history", Set.of("installed_on", "execution_time"),
            "audit_revision", Set.of("at"));

    /** The admin account, made at each start with a password of its own (PackagedApp), and its audit. */
    private static final Set<String> PER_START = Set.of("app_user");

    final List<PackagedApp> apps = new ArrayList<>();

    @AfterEach
    void stopChildren() throws Exception {
        for (PackagedApp app : apps) {
            app.close();
        }
    }

    @Test
    void aNewDatabaseCopiedFromTheTemplateHoldsWhatMigratingAndSeedingMakes() throws Exception {
        PackagedApp copied = app("template-it-copied-");
        Assumptions.assumeFalse(copied.postgresql(), "the template is an H2 file; PostgreSQL migrates and seeds");
        Path template = copied.jar.resolveSibling("launch-ledger-new-database.mv.db");
        Prerequisites.require(Files.exists(template), template + " missing: package built without it (-Dledger.cds.skip=true)");
        assertEquals("0", accounts(template),
                "the template holds no account: nothing of the build machine's settings reaches installations");
        PackagedApp seeded = app("template-it-seeded-");
        seeded.environment.put("LEDGER_NEW_DATABASE_FROM_TEMPLATE", "false");

        startAndStop(copied);
        startAndStop(seeded);

        String copiedLog = Files.readString(copied.log("1"));
        assertTrue(copiedLog.contains("copied from"), copied.log("1") + " should say the database was copied");
        assertFalse(copiedLog.contains("Migrating schema"), "the copy is migrated already");
        String seededLog = Files.readString(seeded.log("1"));
        assertFalse(seededLog.contains("copied from"), "switched off, the template is not used");
        assertTrue(seededLog.contains("Migrating schema"), seeded.log("1") + " should migrate a new database");

        Map<String, List<String>> fromTemplate = contents(copied.dir);
        Map<String, List<String>> madeAtStart = contents(seeded.dir);
        assertEquals(madeAtStart.keySet(), fromTemplate.keySet(), "the same tables");
        assertTrue(fromTemplate.get("mission").size() > 100, "the seeded history is there: " + fromTemplate.get("mission").size());
        for (String table : madeAtStart.keySet()) {
            assertEquals(madeAtStart.get(table), fromTemplate.get(table), "the rows of " + table);
        }
        assertEquals(schema(seeded.dir), schema(copied.dir), "the same schema");
    }

    private PackagedApp app(String prefix) throws Exception {
        PackagedApp app = new PackagedApp(prefix);
        apps.add(app);
        return app;
    }

    /** Starts the app on its new database, checks its start said nothing amiss, and stops it (SIGTERM). */
    private static void startAndStop(PackagedApp app) throws Exception {
        Process process = app.start("1", PackagedApp.freePort(), true);
        app.assertQuietStart("1");
        process.destroy();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the app stopped");
    }

    private static Connection open(Path dir) throws Exception {
        return openFile(dir.resolve("ledger"));
    }

    /** The H2 database whose file is {@code name}.mv.db, read-only, as H2's default user (the template's). */
    private static Connection openFile(Path name) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + name + ";ACCESS_MODE_DATA=r", "", "");
    }

    /** The number of accounts in the template, read from a copy (the template itself is never opened). */
    private static String accounts(Path template) throws Exception {
        Path copy = Files.createTempDirectory("template-it-");
        Files.copy(template, copy.resolve("t.mv.db"));
        try (Connection connection = openFile(copy.resolve("t")); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM app_user")) {
            rs.next();
            return rs.getString(1);
        } finally {
            try (var files = Files.list(copy)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(copy);
        }
    }

    /** Every table's rows, each row its columns' values in order, the rows sorted; made-when columns left out. */
    private static Map<String, List<String>> contents(Path dir) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = open(dir); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                String table = name.toLowerCase(java.util.Locale.ROOT);
                if (PER_START.contains(table)) {
                    continue;
                }
                Set<String> skipped = MADE_WHEN.getOrDefault(table, Set.of());
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + name + "\"")) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            if (!skipped.contains(columns.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT))) {
                                row.append(columns.getColumnLabel(c)).append('=').append(rs.getString(c)).append(" | ");
                            }
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }

    /** The database's definition as H2 writes it (tables, columns, constraints, indexes, sequences), sorted. */
    private static List<String> schema(Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = open(dir); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        lines.sort(null);
        return lines;
    }
}
