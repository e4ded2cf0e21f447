package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file database the app uses in production: the seed goes in once, restarts neither
 * duplicate nor wipe it, and a later migration keeps every row.
 */
class RestartAndUpgradeTest {

    private static final String[] TABLES = {"vehicle", "spacecraft", "mission", "mission_source", "person", "crew_seat",
            "stand_down"};

    @TempDir
    Path directory;

    private String url;

    @BeforeEach
    void url() {
        url = "jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    private void start(String... locations) {
        Flyway.configure().dataSource(url, "sa", "").locations(locations).load().migrate();
    }

    private Map<String, Integer> rowCounts() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getInt(1));
                }
            }
        }
        return counts;
    }

    @Test
    void restartsKeepTheSeedExactlyOnce() throws SQLException {
        start("classpath:db/migration");
        Map<String, Integer> first = rowCounts();
        assertEquals(129, first.get("mission"));
        assertEquals(524, first.get("crew_seat"));

        start("classpath:db/migration");
        start("classpath:db/migration");

        assertEquals(first, rowCounts());
    }

    @Test
    void anUpgradeKeepsTheDataIncludingRowsAddedAfterTheSeed() throws SQLException {
        start("classpath:db/migration");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO person (slug, name, nationality) VALUES ('test-person', 'Test Person', 'RO')");
        }
        Map<String, Integer> before = rowCounts();

        start("classpath:db/migration", "classpath:db/upgrade-example");

        assertEquals(before, rowCounts());
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mission WHERE nickname IS NULL")) {
            rs.next();
            assertEquals(129, rs.getInt(1), "the new column exists and the old rows are all there");
        }
        assertEquals(true, Files.exists(directory.resolve("ledger.mv.db")));
    }
}
