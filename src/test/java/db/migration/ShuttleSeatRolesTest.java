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
 * V13's correction of a seat's role (V13__shuttle_seat_roles.sql): applied once, where the seat still holds the
 * old role, with a revision of its own in the change history (where there is one), the flight's version and the
 * data version raised; nothing on a database seeded with the correction already. The row it writes is the
 * record's, data/reference/crew.csv. Plain JDBC on a database holding only the columns V13 reads and writes: an
 * in-memory H2, and PostgreSQL on the pom's PostgreSQL run.
 */
class ShuttleSeatRolesTest {

    static final String SCRIPT = "db/migration/V13__shuttle_seat_roles.sql";
    static final List<String> SCHEMAS = List.of("v13_history", "v13_seeded", "v13_no_history");

    @Test
    void correctsTheSeatAsTheRecordHasItOnceAndRecordsARevision() throws Exception {
        try (Connection connection = database("v13_history", "Flight Engineer", true);
             Statement sql = connection.createStatement()) {
            migrate(sql);

            String[] record = recordOfEyhartsOnSts122();
            assertEquals(record[0], value(sql, "SELECT role FROM crew_seat WHERE id = 7"));
            assertEquals(record[1], value(sql, "SELECT notes FROM crew_seat WHERE id = 7"));
            assertEquals("Flight Engineer", value(sql, "SELECT role FROM crew_seat WHERE id = 8"), "another seat");
            assertEquals("2", value(sql, "SELECT COUNT(*) FROM audit_revision"));
            assertEquals("system null", value(sql, "SELECT username || ' ' || COALESCE(kind, 'null') FROM audit_revision WHERE id = 2"));
            assertEquals("1 " + record[0], value(sql, "SELECT revtype || ' ' || role FROM crew_seat_aud WHERE rev = 2 AND id = 7"));
            assertEquals("1", value(sql, "SELECT COUNT(*) FROM crew_seat_aud"), "only the corrected seat's");
            assertEquals("6", value(sql, "SELECT version FROM data_version"));
            assertEquals("4 3", value(sql, "SELECT (SELECT version FROM mission WHERE id = 1) || ' ' || (SELECT version FROM mission WHERE id = 2)"),
                    "the flight's version rose, as with an edit; another's did not");

            migrate(sql);
            assertEquals("2", value(sql, "SELECT COUNT(*) FROM audit_revision"), "a second run finds nothing to correct");
            assertEquals("6", value(sql, "SELECT version FROM data_version"));
            assertEquals("4", value(sql, "SELECT version FROM mission WHERE id = 1"));
        }
    }

    @Test
    void aDatabaseSeededWithTheCorrectionIsLeftAlone() throws Exception {
        try (Connection connection = database("v13_seeded", "Mission Specialist", true);
             Statement sql = connection.createStatement()) {
            migrate(sql);
            assertEquals("the seed's notes", value(sql, "SELECT notes FROM crew_seat WHERE id = 7"));
            assertEquals("1", value(sql, "SELECT COUNT(*) FROM audit_revision"));
            assertEquals("0", value(sql, "SELECT COUNT(*) FROM crew_seat_aud"));
            assertEquals("5", value(sql, "SELECT version FROM data_version"));
            assertEquals("3", value(sql, "SELECT version FROM mission WHERE id = 1"));
        }
    }

    @Test
    void withoutAChangeHistoryNoRevisionIsWritten() throws Exception {
        try (Connection connection = database("v13_no_history", "Flight Engineer", false);
             Statement sql = connection.createStatement()) {
            migrate(sql);
            assertEquals("Mission Specialist", value(sql, "SELECT role FROM crew_seat WHERE id = 7"));
            assertEquals("0", value(sql, "SELECT COUNT(*) FROM audit_revision"));
            assertEquals("0", value(sql, "SELECT COUNT(*) FROM crew_seat_aud"));
            assertEquals("6", value(sql, "SELECT version FROM data_version"));
        }
    }

    private static void migrate(Statement sql) throws IOException, SQLException {
        TestDatabases.runScript(sql, SCRIPT);
    }

    /** Role and notes of Eyharts's seat on STS-122 in data/reference/crew.csv (its notes are quoted, without quotes inside). */
    private static String[] recordOfEyhartsOnSts122() throws IOException {
        String row = Files.readAllLines(Path.of("data/reference/crew.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("STS-122,leopold-eyharts,")).findFirst().orElseThrow();
        String[] fields = row.split(",", 8);
        return new String[] {fields[3], fields[7].substring(1, fields[7].length() - 1)};
    }

    /** A database with two seats on STS-122 (7: Eyharts holding {@code role}; 8: another), with or without the history's first revision. */
    private static Connection database(String name, String role, boolean history) throws SQLException {
        Connection connection = TestDatabases.connect(name);
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE mission (id BIGINT PRIMARY KEY, slug VARCHAR(80), version BIGINT)");
            sql.execute("CREATE TABLE person (id BIGINT PRIMARY KEY, slug VARCHAR(80))");
            sql.execute("CREATE TABLE crew_seat (id BIGINT PRIMARY KEY, person_id BIGINT, mission_id BIGINT,"
                    + " landed_on_id BIGINT, position INT, role VARCHAR(60), notes VARCHAR(2000), unverified BOOLEAN)");
            TestDatabases.historyTables(sql, history);
            sql.execute("CREATE TABLE crew_seat_aud (id BIGINT NOT NULL, rev BIGINT NOT NULL, revtype SMALLINT,"
                    + " person_id BIGINT, mission_id BIGINT, landed_on_id BIGINT, position INT, role VARCHAR(60),"
                    + " notes VARCHAR(2000), unverified BOOLEAN, PRIMARY KEY (id, rev))");
            sql.execute("INSERT INTO mission VALUES (1, 'sts-122', 3), (2, 'sts-123', 3)");
            sql.execute("INSERT INTO person VALUES (3, 'leopold-eyharts'), (4, 'stanley-g-love')");
            sql.execute("INSERT INTO crew_seat VALUES (7, 3, 1, 2, 1, '" + role + "', 'the seed''s notes', FALSE),"
                    + " (8, 4, 1, 1, 2, 'Flight Engineer', 'another seat', FALSE)");
        }
        return connection;
    }

    /** The PostgreSQL schemas go once the tests are done (the H2 databases go with the test JVM). */
    @AfterAll
    static void dropSchemas() throws SQLException {
        TestDatabases.dropSchemas(SCHEMAS);
    }
}
