package db.migration;

import static db.migration.TestDatabases.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.launchledger.history.reference.Csv;

/**
 * V16's rewording of four English stand-down reasons, dates written out and times in UTC
 * (V16__stand_down_dates_written_out.sql): each applied once, where the stand-down still holds the old wording at
 * its start, into the record's wording (data/reference/stand-downs.csv); one revision for all, an audit row and a
 * version each, the data version raised once; nothing on a database seeded with the new wording, on a reason the
 * correction does not name, nor on the same old wording at another start. Plain JDBC on the columns V16 reads and
 * writes: an in-memory H2, and PostgreSQL on the pom's PostgreSQL run.
 */
class StandDownDatesWrittenOutTest {

    static final String SCRIPT = "db/migration/V16__stand_down_dates_written_out.sql";
    static final List<String> SCHEMAS = List.of("v16_history", "v16_seeded", "v16_no_history");

    /** The wordings before V16, as every database seeded before 2026-12-03 holds them once V14 has run. */
    private static final String SHUTTLE_2003 = "Loss of Columbia (STS-107) on re-entry; fleet grounded until"
            + " return-to-flight STS-114 (launch 10:39 am EDT = 14:39Z). Soyuz carried all ISS crews meanwhile.";
    private static final String SHUTTLE_2005 = "NASA grounded the fleet on 2005-07-27 after external-tank foam (PAL"
            + " ramp) shed during the STS-114 launch; next flight STS-121. STS-114 itself stayed in orbit and landed 2005-08-09.";
    private static final String STARLINER = "After the Crew Flight Test (thruster and helium-leak problems) Starliner"
            + " returned uncrewed (landed at White Sands on 7 September 2024, 04:01 UTC); no later crewed Starliner flight"
            + " found in the sources as of 2026-11-25.";
    private static final String SOYUZ_2025 = "Launch of Soyuz MS-28 (09:27:57Z) wrecked Baikonur Site 31/6, Russia's"
            + " only pad certified for crewed Soyuz launches: the ~17 t service cabin fell into the flame trench. Roscosmos"
            + " finished restoring it on 2026-03-03; Progress MS-33 was the first launch from the repaired pad (planned"
            + " 2026-03-22). The period ends when the pad could launch again (2026-03-03). The next crewed Soyuz, MS-29,"
            + " is recorded as launched 2026-07-14, a date from one unattributed dataset and marked unverified"
            + " (published plans: June or summer 2026).";

    @Test
    void rewordsEachStandDownOnceInOneRevision() throws Exception {
        try (Connection connection = database("v16_history", true, false); Statement sql = connection.createStatement()) {
            String ms10 = reason(sql, 3);
            TestDatabases.runScript(sql, SCRIPT);

            assertEquals(record("Space Shuttle,2003-02-01,"), reason(sql, 1));
            assertEquals(record("Space Shuttle,2005-07-27,"), reason(sql, 2));
            assertEquals(record("Starliner,2024-09-07T04:01Z,"), reason(sql, 4));
            assertEquals(record("Soyuz,2025-11-27T09:27:57Z,"), reason(sql, 5));
            assertEquals(ms10, reason(sql, 3), "a reason V16 does not name: left alone");
            assertEquals(SHUTTLE_2005, reason(sql, 6), "the same old wording at another start: left alone");
            assertEquals("2", value(sql, "SELECT COUNT(*) FROM audit_revision"), "one revision for the four");
            assertEquals("system null", value(sql, "SELECT username || ' ' || COALESCE(kind, 'null') FROM audit_revision WHERE id = 2"));
            assertEquals("4", value(sql, "SELECT COUNT(*) FROM stand_down_aud WHERE rev = 2 AND revtype = 1"));
            assertEquals("0", value(sql, "SELECT COUNT(*) FROM stand_down_aud a JOIN stand_down d ON d.id = a.id"
                    + " WHERE a.reason <> d.reason OR a.reason_ro <> d.reason_ro"), "the audit rows hold the new wording");
            assertEquals("6", value(sql, "SELECT version FROM data_version"), "raised once");
            assertEquals("4 4 3 4 4 3", versions(sql), "each reworded stand-down's version rose");

            TestDatabases.runScript(sql, SCRIPT);
            assertEquals("2", value(sql, "SELECT COUNT(*) FROM audit_revision"), "a second run finds nothing to reword");
            assertEquals("6", value(sql, "SELECT version FROM data_version"));
            assertEquals("4 4 3 4 4 3", versions(sql));
        }
    }

    @Test
    void aDatabaseSeededWithTheNewWordingIsLeftAlone() throws Exception {
        try (Connection connection = database("v16_seeded", true, true); Statement sql = connection.createStatement()) {
            TestDatabases.runScript(sql, SCRIPT);
            assertEquals(record("Soyuz,2025-11-27T09:27:57Z,"), reason(sql, 5));
            assertEquals("1", value(sql, "SELECT COUNT(*) FROM audit_revision"));
            assertEquals("0", value(sql, "SELECT COUNT(*) FROM stand_down_aud"));
            assertEquals("5", value(sql, "SELECT version FROM data_version"));
            assertEquals("3 3 3 3 3 3", versions(sql));
        }
    }

    @Test
    void withoutAChangeHistoryNoRevisionIsWritten() throws Exception {
        try (Connection connection = database("v16_no_history", false, false); Statement sql = connection.createStatement()) {
            TestDatabases.runScript(sql, SCRIPT);
            assertEquals(record("Space Shuttle,2003-02-01,"), reason(sql, 1));
            assertEquals("0", value(sql, "SELECT COUNT(*) FROM audit_revision"));
            assertEquals("0", value(sql, "SELECT COUNT(*) FROM stand_down_aud"));
            assertEquals("6", value(sql, "SELECT version FROM data_version"));
            assertEquals("4 4 3 4 4 3", versions(sql));
        }
    }

    private static String reason(Statement sql, int id) throws SQLException {
        return value(sql, "SELECT reason FROM stand_down WHERE id = " + id);
    }

    /** Every stand-down's version, by id, separated by spaces (no string aggregate both databases know). */
    private static String versions(Statement sql) throws SQLException {
        List<String> versions = new java.util.ArrayList<>();
        try (java.sql.ResultSet rows = sql.executeQuery("SELECT version FROM stand_down ORDER BY id")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return String.join(" ", versions);
    }

    /** The English reason of the stand-down whose row in data/reference/stand-downs.csv begins with {@code start}. */
    private static String record(String start) throws IOException {
        String text = Files.readString(Path.of("data/reference/stand-downs.csv"), StandardCharsets.UTF_8);
        List<List<String>> records = Csv.parse(text);
        int reason = records.get(0).indexOf("reason");
        return records.stream().filter(r -> String.join(",", r).startsWith(start)).findFirst().orElseThrow().get(reason);
    }

    /**
     * A database with the four stand-downs V16 rewords (1, 2, 4, 5), Soyuz MS-10's (3, which it does not name) and
     * the Shuttle's 2005 wording at another start (6), all at version 3: in their old wording, or in the record's
     * ({@code seeded}), with or without the history's first revision.
     */
    private static Connection database(String name, boolean history, boolean seeded) throws Exception {
        Connection connection = TestDatabases.connect(name);
        try (Statement sql = connection.createStatement()) {
            TestDatabases.standDownTables(sql);
            TestDatabases.historyTables(sql, history);
            sql.execute("INSERT INTO vehicle VALUES (1, 'space-shuttle'), (2, 'soyuz'), (3, 'starliner')");
            insert(sql, 1, 1, "2003-02-01 00:00:00", seeded ? record("Space Shuttle,2003-02-01,") : SHUTTLE_2003);
            insert(sql, 2, 1, "2005-07-27 00:00:00", seeded ? record("Space Shuttle,2005-07-27,") : SHUTTLE_2005);
            insert(sql, 3, 2, "2018-10-11 08:40:15", record("Soyuz,2018-10-11T08:40:15Z,"));
            insert(sql, 4, 3, "2024-09-07 04:01:00", seeded ? record("Starliner,2024-09-07T04:01Z,") : STARLINER);
            insert(sql, 5, 2, "2025-11-27 09:27:57", seeded ? record("Soyuz,2025-11-27T09:27:57Z,") : SOYUZ_2025);
            insert(sql, 6, 1, "2005-07-28 00:00:00", SHUTTLE_2005);
        }
        return connection;
    }

    private static void insert(Statement sql, int id, int vehicle, String from, String reason) throws SQLException {
        sql.execute("INSERT INTO stand_down VALUES (" + id + ", " + vehicle + ", TIMESTAMP WITH TIME ZONE '" + from
                + "+00', 'DAY', NULL, NULL, '" + reason.replace("'", "''") + "', 'ro', 3)");
    }

    /** The PostgreSQL schemas go once the tests are done (the H2 databases go with the test JVM). */
    @AfterAll
    static void dropSchemas() throws SQLException {
        TestDatabases.dropSchemas(SCHEMAS);
    }
}
