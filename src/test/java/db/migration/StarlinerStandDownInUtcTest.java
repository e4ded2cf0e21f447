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

/**
 * V14's correction of Starliner's stand-down reason into UTC (V14__starliner_stand_down_in_utc.sql): applied once,
 * to the one stand-down that holds the old wording at its start, with a revision of its own and the stand-down's
 * audit row (the new wording) where there is a change history, the stand-down's version and the data version
 * raised; nothing on a database seeded with the new wording, nor on another stand-down. The reason it writes is
 * the record's, data/reference/stand-downs.csv. Plain JDBC on the columns V14 reads and writes: an in-memory H2,
 * and PostgreSQL on the pom's PostgreSQL run.
 */
class StarlinerStandDownInUtcTest {

    static final String SCRIPT = "db/migration/V14__starliner_stand_down_in_utc.sql";
    static final List<String> SCHEMAS = List.of("v14_history", "v14_seeded", "v14_no_history");
    private static final String OLD = "After the Crew Flight Test Starliner returned uncrewed"
            + " (landed White Sands 10:01 pm MDT 2024-09-06); no later flight.";

    @Test
    void correctsTheStandDownOnceAndRecordsARevision() throws Exception {
        try (Connection connection = database("v14_history", OLD, true); Statement sql = connection.createStatement()) {
            TestDatabases.runScript(sql, SCRIPT);

            String corrected = "After the Crew Flight Test Starliner returned uncrewed"
                    + " (landed at White Sands on 7 September 2024, 04:01 UTC); no later flight.";
            assertEquals(corrected, value(sql, "SELECT reason FROM stand_down WHERE id = 1"));
            assertEquals(OLD, value(sql, "SELECT reason FROM stand_down WHERE id = 2"), "another start: left alone");
            assertEquals("2", value(sql, "SELECT COUNT(*) FROM audit_revision"));
            assertEquals("system null", value(sql, "SELECT username || ' ' || COALESCE(kind, 'null') FROM audit_revision WHERE id = 2"));
            assertEquals("1 " + corrected, value(sql, "SELECT revtype || ' ' || reason FROM stand_down_aud WHERE rev = 2 AND id = 1"));
            assertEquals("1", value(sql, "SELECT COUNT(*) FROM stand_down_aud"), "only the corrected stand-down's");
            assertEquals("6", value(sql, "SELECT version FROM data_version"));
            assertEquals("4 3", value(sql, "SELECT (SELECT version FROM stand_down WHERE id = 1) || ' '"
                    + " || (SELECT version FROM stand_down WHERE id = 2)"), "the stand-down's version rose; another's did not");

            TestDatabases.runScript(sql, SCRIPT);
            assertEquals("2", value(sql, "SELECT COUNT(*) FROM audit_revision"), "a second run finds nothing to correct");
            assertEquals("6", value(sql, "SELECT version FROM data_version"));
            assertEquals("4", value(sql, "SELECT version FROM stand_down WHERE id = 1"));
        }
    }

    @Test
    void aDatabaseSeededWithTheCorrectionIsLeftAlone() throws Exception {
        try (Connection connection = database("v14_seeded", recordOfStarliner(), true); Statement sql = connection.createStatement()) {
            TestDatabases.runScript(sql, SCRIPT);
            assertEquals(recordOfStarliner(), value(sql, "SELECT reason FROM stand_down WHERE id = 1"));
            assertEquals("1", value(sql, "SELECT COUNT(*) FROM audit_revision"));
            assertEquals("0", value(sql, "SELECT COUNT(*) FROM stand_down_aud"));
            assertEquals("5", value(sql, "SELECT version FROM data_version"));
            assertEquals("3", value(sql, "SELECT version FROM stand_down WHERE id = 1"));
        }
    }

    @Test
    void withoutAChangeHistoryNoRevisionIsWritten() throws Exception {
        try (Connection connection = database("v14_no_history", OLD, false); Statement sql = connection.createStatement()) {
            TestDatabases.runScript(sql, SCRIPT);
            assertEquals("0", value(sql, "SELECT COUNT(*) FROM audit_revision"));
            assertEquals("0", value(sql, "SELECT COUNT(*) FROM stand_down_aud"));
            assertEquals("6", value(sql, "SELECT version FROM data_version"));
            assertEquals("4", value(sql, "SELECT version FROM stand_down WHERE id = 1"));
        }
    }

    /** The reason of Starliner's stand-down in data/reference/stand-downs.csv (quoted there only if it holds a comma). */
    private static String recordOfStarliner() throws IOException {
        String row = Files.readAllLines(Path.of("data/reference/stand-downs.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("Starliner,2024-09-07T04:01Z,")).findFirst().orElseThrow();
        String rest = row.substring("Starliner,2024-09-07T04:01Z,,".length());
        return rest.startsWith("\"") ? rest.substring(1, rest.indexOf("\",")) : rest.substring(0, rest.indexOf(','));
    }

    /**
     * A database with two Starliner stand-downs holding {@code reason}: 1 from the landing the correction names,
     * 2 from another start (which it must leave alone), with or without the history's first revision.
     */
    private static Connection database(String name, String reason, boolean history) throws SQLException {
        Connection connection = TestDatabases.connect(name);
        try (Statement sql = connection.createStatement()) {
            TestDatabases.standDownTables(sql);
            TestDatabases.historyTables(sql, history);
            sql.execute("INSERT INTO vehicle VALUES (1, 'starliner'), (2, 'soyuz')");
            sql.execute("INSERT INTO stand_down VALUES"
                    + " (1, 1, TIMESTAMP WITH TIME ZONE '2024-09-07 04:01:00+00', 'MINUTE', NULL, NULL, '" + reason.replace("'", "''") + "', 'ro', 3),"
                    + " (2, 1, TIMESTAMP WITH TIME ZONE '2024-09-07 04:01:30+00', 'MINUTE', NULL, NULL, '" + OLD + "', 'ro', 3)");
        }
        return connection;
    }

    /** The PostgreSQL schemas go once the tests are done (the H2 databases go with the test JVM). */
    @AfterAll
    static void dropSchemas() throws SQLException {
        TestDatabases.dropSchemas(SCHEMAS);
    }
}
