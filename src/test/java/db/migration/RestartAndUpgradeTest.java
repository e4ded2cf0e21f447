package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file database the app uses in production: the seed goes in once, restarts neither
 * duplicate nor wipe it, a later migration keeps every row, and a database seeded from an
 * earlier import.sql is brought by the migrations to exactly what a new one holds.
 */
class RestartAndUpgradeTest {

    private static final String[] TABLES = {"vehicle", "spacecraft", "mission", "mission_source", "person", "crew_seat",
            "stand_down", "audit_revision", "mission_aud", "crew_seat_aud"};

    @TempDir
    Path directory;

    private String url;

    @BeforeEach
    void url() {
        url = "jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    private void start(String... locations) {
        migrate(url, locations);
    }

    /** What the app does at start: every migration, then the seed if the database is empty. */
    private static void migrate(String url, String... locations) {
        Flyway.configure().dataSource(url, "sa", "").locations(locations).callbacks(new SeedEmptyDatabase())
                .load().migrate();
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

    /**
     * Every table as text, rows found by natural keys (slugs) rather than ids, in a fixed order:
     * two databases with the same history give the same text.
     */
    private static final String[] CANONICAL = {
            "SELECT slug, name, country, operator, crew_seats, retired_at, retired_precision, notes FROM vehicle ORDER BY slug",
            "SELECT v.slug, s.position, s.url FROM vehicle_source s JOIN vehicle v ON v.id = s.vehicle_id ORDER BY 1, 2",
            "SELECT s.slug, s.name, v.slug FROM spacecraft s JOIN vehicle v ON v.id = s.vehicle_id ORDER BY 1",
            "SELECT m.slug, m.designation, v.slug, m.variant, s.slug, m.operator, m.launch_at, m.launch_precision,"
                    + " m.docking_at, m.docking_precision, m.undocking_at, m.undocking_precision, m.landing_at,"
                    + " m.landing_precision, m.launch_site, m.outcome, m.summary, m.notes, m.unverified"
                    + " FROM mission m JOIN vehicle v ON v.id = m.vehicle_id LEFT JOIN spacecraft s ON s.id = m.spacecraft_id"
                    + " ORDER BY m.slug",
            "SELECT m.slug, s.position, s.url FROM mission_source s JOIN mission m ON m.id = s.mission_id ORDER BY 1, 2",
            "SELECT m.slug, e.number FROM mission_expedition e JOIN mission m ON m.id = e.mission_id ORDER BY 1, 2",
            "SELECT slug, name, full_name, nationality, agency, wikipedia FROM person ORDER BY slug",
            "SELECT p.slug, a.position, a.name, a.kind, a.folded, a.source FROM person_alternative_name a"
                    + " JOIN person p ON p.id = a.person_id ORDER BY 1, 2",
            "SELECT m.slug, p.slug, l.slug, c.position, c.role, c.notes, c.unverified FROM crew_seat c"
                    + " JOIN mission m ON m.id = c.mission_id JOIN person p ON p.id = c.person_id"
                    + " LEFT JOIN mission l ON l.id = c.landed_on_id ORDER BY 1, 2",
            "SELECT m.slug, p.slug, e.number FROM crew_seat_expedition e JOIN crew_seat c ON c.id = e.crew_seat_id"
                    + " JOIN mission m ON m.id = c.mission_id JOIN person p ON p.id = c.person_id ORDER BY 1, 2, 3",
            "SELECT v.slug, d.from_at, d.from_precision, d.to_at, d.to_precision, d.reason FROM stand_down d"
                    + " JOIN vehicle v ON v.id = d.vehicle_id ORDER BY 1, 2",
            "SELECT v.slug, d.from_at, s.position, s.url FROM stand_down_source s JOIN stand_down d ON d.id = s.stand_down_id"
                    + " JOIN vehicle v ON v.id = d.vehicle_id ORDER BY 1, 2, 3",
            "SELECT kind, old_slug, new_slug, changed_on, reason FROM renamed_slug ORDER BY 1, 2",
            // The schema itself, audit tables included, and what the change history holds of the missions.
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
                    + " WHERE table_schema = 'PUBLIC' AND lower(table_name) <> 'flyway_schema_history' ORDER BY 1, 2",
            // The history's first revision; the corrections' own revisions are traces of their own (below).
            "SELECT m.slug, a.revtype, a.designation, a.launch_at FROM mission_aud a JOIN mission m ON m.id = a.id"
                    + " JOIN audit_revision r ON r.id = a.rev WHERE r.kind = 'loaded' ORDER BY 1",
            "SELECT (SELECT COUNT(*) FROM vehicle_aud), (SELECT COUNT(*) FROM vehicle_source_aud),"
                    + " (SELECT COUNT(*) FROM mission_source_aud), (SELECT COUNT(*) FROM mission_expedition_aud),"
                    + " (SELECT COUNT(*) FROM person_aud), (SELECT COUNT(*) FROM person_alternative_name_aud),"
                    + " (SELECT COUNT(*) FROM crew_seat_expedition_aud), (SELECT COUNT(*) FROM stand_down_source_aud)",
    };

    /**
     * What data corrections made by a migration after the change history began (V13 on) leave in a deployed
     * database and not in a new one, which is seeded with them: a revision each, an audit row each (of the seat
     * or the stand-down corrected), the corrected flight's or stand-down's version one higher each, and a higher
     * data version.
     */
    private static final String[] CORRECTION_TRACES = {
            "SELECT username, kind, reverted_to FROM audit_revision ORDER BY id",
            "SELECT SUM(version) FROM mission",
            "SELECT SUM(version) FROM stand_down",
            "SELECT COUNT(*) FROM crew_seat_aud",
            "SELECT COUNT(*) FROM stand_down_aud",
            "SELECT COUNT(*) FROM mission_aud",
            "SELECT version FROM data_version",
    };

    /**
     * V13 corrected one seat's role (one flight), V14 one stand-down's reason, V15 one flight's docking, V16 four
     * stand-downs' reasons; each migration is one revision and raises the data version once.
     */
    private static final int SEAT_CORRECTIONS = 1;
    private static final int STAND_DOWN_CORRECTIONS = 1 + 4;
    private static final int MISSION_CORRECTIONS = 1;
    /** The correction migrations after the history began (V13, V14, V15, V16), one revision each. */
    private static final int CORRECTIONS = 4;

    private static List<String> canonical(String url) throws SQLException {
        return dump(url, CANONICAL);
    }

    private static List<String> dump(String url, String... queries) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String query : queries) {
                lines.add("-- " + query);
                try (ResultSet rs = s.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append(" | ");
                        }
                        lines.add(row.toString());
                    }
                }
            }
        }
        return lines;
    }

    @Test
    void aDatabaseSeededBeforeTheCorrectionsEndsUpLikeANewOne() throws Exception {
        String fresh = url;
        migrate(fresh, "classpath:db/migration");

        String deployed = "jdbc:h2:file:" + directory.resolve("deployed").toAbsolutePath() + ";WRITE_DELAY=0";
        // As deployed on 2026-11-25: schema 1, seeded from that day's import.sql, no corrections yet.
        TestDatabases.withoutBaseline(Flyway.configure()).dataSource(deployed, "sa", "").locations("classpath:db/migration")
                .target("1.1").load().migrate();
        try (Connection c = DriverManager.getConnection(deployed, "sa", ""); Statement s = c.createStatement()) {
            for (String sql : SeedEmptyDatabase.statements(deployedSeed())) {
                s.execute(sql);
            }
        }
        assertEquals("Commander", value(deployed, DE_WINNES_ROLE_ON_SOYUZ_TMA_1), "the seed as deployed, before the corrections");
        assertEquals(null, value(deployed, TMA_1_DOCKING), "the seed as deployed, without Soyuz TMA-1's docking");
        assertTrue(value(deployed, STARLINER_STAND_DOWN_REASON).contains("10:01 pm MDT"), "the seed as deployed, in local time");
        migrate(deployed, "classpath:db/migration");

        assertEquals("Flight Engineer", value(deployed, DE_WINNES_ROLE_ON_SOYUZ_TMA_1));
        assertEquals(value(fresh, TMA_1_DOCKING), value(deployed, TMA_1_DOCKING));
        assertTrue(value(deployed, TMA_1_DOCKING).startsWith("2002-11-01 05:01:20"), value(deployed, TMA_1_DOCKING));
        assertTrue(value(deployed, STARLINER_STAND_DOWN_REASON).contains("(landed at White Sands on 7 September 2024, 04:01 UTC)"),
                value(deployed, STARLINER_STAND_DOWN_REASON));
        assertEquals(String.join("\n", canonical(fresh)), String.join("\n", canonical(deployed)));

        // The corrections made after the history began are in the deployed database's history, one revision each.
        List<String> freshTraces = dump(fresh, CORRECTION_TRACES);
        List<String> deployedTraces = dump(deployed, CORRECTION_TRACES);
        List<String> revisions = new ArrayList<>(freshTraces.subList(1, freshTraces.indexOf("-- " + CORRECTION_TRACES[1])));
        for (int i = 0; i < CORRECTIONS; i++) {
            revisions.add("system | null | null | ");
        }
        assertEquals(revisions, deployedTraces.subList(1, deployedTraces.indexOf("-- " + CORRECTION_TRACES[1])));
        assertEquals(Long.parseLong(last(freshTraces, 5)) + SEAT_CORRECTIONS + MISSION_CORRECTIONS,
                Long.parseLong(last(deployedTraces, 5)), "each corrected flight's version one higher");
        assertEquals(Long.parseLong(last(freshTraces, 4)) + STAND_DOWN_CORRECTIONS, Long.parseLong(last(deployedTraces, 4)),
                "the corrected stand-down's version one higher");
        assertEquals(Long.parseLong(last(freshTraces, 3)) + SEAT_CORRECTIONS, Long.parseLong(last(deployedTraces, 3)),
                "one audit row per corrected seat");
        assertEquals(Long.parseLong(last(freshTraces, 2)) + STAND_DOWN_CORRECTIONS, Long.parseLong(last(deployedTraces, 2)),
                "one audit row per corrected stand-down");
        assertEquals(Long.parseLong(last(freshTraces, 1)) + MISSION_CORRECTIONS, Long.parseLong(last(deployedTraces, 1)),
                "one audit row per corrected flight");
        assertEquals(Long.parseLong(last(freshTraces, 0)) + CORRECTIONS, Long.parseLong(last(deployedTraces, 0)),
                "the data version rose once per correction migration");
        assertEquals("0", value(deployed, "SELECT COUNT(*) FROM stand_down_aud a JOIN stand_down d ON d.id = a.id"
                + " WHERE a.rev = (SELECT MAX(rev) FROM stand_down_aud b WHERE b.id = a.id) AND a.reason <> d.reason"),
                "each stand-down's last audit row holds its corrected reason");
        assertTrue(value(deployed, STARLINER_STAND_DOWN_REASON).endsWith("as of 25 November 2026."),
                value(deployed, STARLINER_STAND_DOWN_REASON));
        assertEquals("2002-11-01 05:01:20+00 | SECOND | ", String.join("", dump(deployed, "SELECT a.docking_at, a.docking_precision"
                + " FROM mission_aud a JOIN mission m ON m.id = a.id WHERE m.slug = 'soyuz-tma-1'"
                + " AND a.rev = (SELECT MAX(b.rev) FROM mission_aud b WHERE b.id = a.id)").subList(1, 2)),
                "the flight's audit row holds the docking");
    }

    /** The value of a one-row, one-column result, {@code fromEnd} results before the last. */
    private static String last(List<String> dump, int fromEnd) {
        String line = dump.get(dump.size() - 1 - 2 * fromEnd);
        return line.substring(0, line.indexOf(" | "));
    }

    private static final String DE_WINNES_ROLE_ON_SOYUZ_TMA_1 = "SELECT c.role FROM crew_seat c JOIN mission m ON m.id = c.mission_id"
            + " JOIN person p ON p.id = c.person_id WHERE m.slug = 'soyuz-tma-1' AND p.slug = 'frank-de-winne'";
    private static final String TMA_1_DOCKING = "SELECT docking_at FROM mission WHERE slug = 'soyuz-tma-1'";
    private static final String STARLINER_STAND_DOWN_REASON = "SELECT d.reason FROM stand_down d JOIN vehicle v ON v.id = d.vehicle_id"
            + " WHERE v.slug = 'starliner' AND d.from_at = TIMESTAMP WITH TIME ZONE '2024-09-07 04:01:00+00'";

    /** The first column of the first row {@code query} gives on database {@code url}. */
    private static String value(String url, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String deployedSeed() throws IOException {
        try (InputStream in = new GZIPInputStream(RestartAndUpgradeTest.class
                .getResourceAsStream("/db/deployed/import-2026-11-25.sql.gz"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
